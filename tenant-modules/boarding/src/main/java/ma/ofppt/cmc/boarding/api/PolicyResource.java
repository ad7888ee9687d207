package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import ma.ofppt.cmc.boarding.application.AllocationService;
import ma.ofppt.cmc.boarding.domain.BoardingPolicy;
import ma.ofppt.cmc.boarding.domain.PolicyWeights;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The allocation policy of an academic year: points per criterion and the period of a bed. */
@Path("/v1/boarding/policies/{academicYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class PolicyResource {
  public record PolicyRequest(
      @NotNull @Min(0) @Max(PolicyWeights.MAX) Integer remoteAreaPoints,
      @NotNull @Min(0) @Max(PolicyWeights.MAX) Integer pointsPer10Km,
      @NotNull @Min(0) @Max(PolicyWeights.MAX) Integer socialNeedPoints,
      @NotNull @Min(0) @Max(PolicyWeights.MAX) Integer disabilityPoints,
      @NotNull String startsOn,
      @NotNull String endsOn) {}

  public record PolicyView(
      String academicYear,
      int remoteAreaPoints,
      int pointsPer10Km,
      int socialNeedPoints,
      int disabilityPoints,
      LocalDate startsOn,
      LocalDate endsOn,
      long version) {
    static PolicyView of(BoardingPolicy policy) {
      PolicyWeights w = policy.weights();
      return new PolicyView(
          policy.academicYear(),
          w.remoteAreaPoints(),
          w.pointsPer10Km(),
          w.socialNeedPoints(),
          w.disabilityPoints(),
          policy.startsOn(),
          policy.endsOn(),
          policy.version());
    }
  }

  @Inject AllocationService allocation;

  @GET
  @Operation(summary = "The boarding policy of an academic year")
  public PolicyView get(@PathParam("academicYear") String academicYear) {
    return PolicyView.of(allocation.policy(academicYear));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(BoardingRoles.DIRECTOR)
  @Operation(
      summary =
          "Set the points per criterion (remote area, per 10 km, social need, disability) and the"
              + " period beds are given for")
  public PolicyView define(
      @PathParam("academicYear") String academicYear, @NotNull @Valid PolicyRequest request) {
    return PolicyView.of(
        allocation.definePolicy(
            academicYear,
            new PolicyWeights(
                request.remoteAreaPoints(),
                request.pointsPer10Km(),
                request.socialNeedPoints(),
                request.disabilityPoints()),
            Dates.parse(request.startsOn(), "startsOn"),
            Dates.parse(request.endsOn(), "endsOn")));
  }
}
