package ma.ofppt.cmc.offer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import ma.ofppt.cmc.offer.application.OfferService;
import ma.ofppt.cmc.offer.domain.OfferCatalogue;
import ma.ofppt.cmc.offer.domain.ProgrammeQuery;
import ma.ofppt.cmc.offer.domain.ProgrammeStatus;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The programmes (filières) of the caller's city. Every city role reads; the director edits. */
@Path("/v1/programmes")
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
public class ProgrammeResource {
  public record DeactivationRequest(@NotBlank @Size(max = 500) String reason) {}

  public record IntakeRequest(
      @NotNull @Min(1) Integer totalSeats, @NotNull @Min(0) Integer firstYearSeats) {}

  @Inject OfferService offer;

  @GET
  @Operation(summary = "List programmes, filtered and paged (sorted by code)")
  public PageResult<ProgrammeView> list(
      @QueryParam("sector") String sector,
      @QueryParam("pole") String pole,
      @QueryParam("level") String level,
      @QueryParam("status") String status,
      @QueryParam("q") String text,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    ProgrammeQuery query =
        new ProgrammeQuery(
            sector == null || sector.isBlank() ? null : sector.strip(),
            InvalidInputException.parseUuid(pole, "pole"),
            InvalidInputException.parseEnum(TrainingLevel.class, level, "level"),
            InvalidInputException.parseEnum(ProgrammeStatus.class, status, "status"),
            text);
    OfferCatalogue.ProgrammePage result = offer.search(query, paging);
    return new PageResult<>(
        result.items().stream().map(ProgrammeView::of).toList(),
        paging.page(),
        paging.size(),
        result.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One programme with its intakes")
  public ProgrammeView get(@PathParam("id") UUID id) {
    return ProgrammeView.of(offer.programme(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Create a programme")
  public Response create(@Valid ProgrammeRequest request, @Context UriInfo uri) {
    DomainRuleViolation.require(
        request.code() != null && !request.code().isBlank(), "code", "required");
    ProgrammeView created =
        ProgrammeView.of(offer.createProgramme(request.code(), request.toCommand()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Redefine a programme (send the version you read)")
  public ProgrammeView update(@PathParam("id") UUID id, @Valid ProgrammeRequest request) {
    DomainRuleViolation.require(request.version() != null, "version", "send the version you read");
    return ProgrammeView.of(offer.redefineProgramme(id, request.version(), request.toCommand()));
  }

  @POST
  @Path("/{id}/deactivation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Deactivate a programme, with a reason; it takes no new intake")
  public ProgrammeView deactivate(@PathParam("id") UUID id, @Valid DeactivationRequest request) {
    return ProgrammeView.of(offer.deactivateProgramme(id, request.reason()));
  }

  @DELETE
  @Path("/{id}/deactivation")
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Reactivate a programme")
  public ProgrammeView reactivate(@PathParam("id") UUID id) {
    return ProgrammeView.of(offer.reactivateProgramme(id));
  }

  @PUT
  @Path("/{id}/intakes/{academicYear}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Open or re-plan the seats of one academic year")
  public ProgrammeView.IntakeView planIntake(
      @PathParam("id") UUID id,
      @PathParam("academicYear") String academicYear,
      @Valid IntakeRequest request) {
    return ProgrammeView.IntakeView.of(
        offer.planIntake(id, academicYear, request.totalSeats(), request.firstYearSeats()));
  }

  @DELETE
  @Path("/{id}/intakes/{academicYear}")
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Cancel the intake of one academic year")
  public Response cancelIntake(
      @PathParam("id") UUID id, @PathParam("academicYear") String academicYear) {
    offer.cancelIntake(id, academicYear);
    return Response.noContent().build();
  }
}
