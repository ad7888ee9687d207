package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.boarding.application.AllocationService;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Allocation runs of an academic year and the waitlists they leave. */
@Path("/v1/boarding/allocation/{academicYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class AllocationResource {
  /** Optionally, the wings whose free beds the run gives out (all wings when absent). */
  public record RunRequest(List<UUID> wingIds) {}

  public record WaitlistEntryView(
      int position,
      UUID applicationId,
      UUID traineeId,
      int score,
      int distanceKm,
      Instant submittedAt) {}

  @Inject AllocationService allocation;

  @POST
  @Path("/runs")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(
      summary =
          "Rank the waiting applications under the year's policy and give out the free beds of"
              + " each sex in priority order; the others go to the waitlist")
  public AllocationService.RunResult run(
      @PathParam("academicYear") String academicYear, RunRequest request) {
    Set<UUID> wings =
        request == null || request.wingIds() == null ? Set.of() : Set.copyOf(request.wingIds());
    return allocation.run(academicYear, wings);
  }

  @GET
  @Path("/waitlist")
  @Operation(summary = "The waitlist of one sex (F or M), in priority order")
  public List<WaitlistEntryView> waitlist(
      @PathParam("academicYear") String academicYear, @QueryParam("sex") String sex) {
    if (!"F".equals(sex) && !"M".equals(sex)) {
      throw new InvalidInputException("sex", "F or M");
    }
    return allocation.waitlist(academicYear, Sex.valueOf(sex)).stream()
        .map(
            p ->
                new WaitlistEntryView(
                    p.position(),
                    p.application().id(),
                    p.application().traineeId(),
                    p.application().score(),
                    p.application().distanceKm(),
                    p.application().submittedAt()))
        .toList();
  }
}
