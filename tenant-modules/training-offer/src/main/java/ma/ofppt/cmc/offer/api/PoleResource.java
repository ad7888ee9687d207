package ma.ofppt.cmc.offer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.offer.application.OfferService;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sector poles of the caller's city. */
@Path("/v1/poles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  Roles.CITY_DIRECTOR,
  Roles.ADMISSIONS_OFFICER,
  Roles.REGISTRAR,
  Roles.FINANCE_OFFICER,
  Roles.CAMPUS_MANAGER,
  Roles.CAREER_ADVISOR,
  Roles.TRAINER
})
public class PoleResource {
  public record PoleRequest(
      String code,
      @NotNull @Valid NameDto name,
      @NotBlank String sectorCode,
      @PositiveOrZero Long version) {}

  public record PoleView(UUID id, String code, Name name, String sectorCode, long version) {
    static PoleView of(Pole pole) {
      return new PoleView(
          pole.id(), pole.code(), Name.of(pole.name()), pole.sectorCode(), pole.version());
    }
  }

  @Inject OfferService offer;

  @GET
  @Operation(summary = "The poles of the city")
  public List<PoleView> list() {
    return offer.poles().stream().map(PoleView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One pole")
  public PoleView get(@PathParam("id") UUID id) {
    return PoleView.of(offer.pole(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Create a pole")
  public Response create(@Valid PoleRequest request, @Context UriInfo uri) {
    PoleView created =
        PoleView.of(
            offer.createPole(
                request.code(),
                LocalizedName.of(request.name().fr(), request.name().ar()),
                request.sectorCode()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Rename a pole or change its sector (send the version you read)")
  public PoleView update(@PathParam("id") UUID id, @Valid PoleRequest request) {
    ma.ofppt.cmc.platform.domain.DomainRuleViolation.require(
        request.version() != null, "version", "send the version you read");
    return PoleView.of(
        offer.describePole(
            id,
            request.version(),
            LocalizedName.of(request.name().fr(), request.name().ar()),
            request.sectorCode()));
  }
}
