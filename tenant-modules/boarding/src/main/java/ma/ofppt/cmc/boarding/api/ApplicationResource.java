package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import ma.ofppt.cmc.boarding.application.AllocationService;
import ma.ofppt.cmc.boarding.domain.ApplicationStatus;
import ma.ofppt.cmc.boarding.domain.BoardingApplication;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Trainees' applications for a bed, per academic year. */
@Path("/v1/boarding/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class ApplicationResource {
  public record ApplicationRequest(
      @NotNull UUID traineeId,
      @NotBlank String academicYear,
      @NotNull @Min(0) @Max(BoardingApplication.MAX_DISTANCE_KM) Integer distanceKm,
      boolean socialNeed) {}

  public record CriteriaRequest(
      @NotNull @Min(0) @Max(BoardingApplication.MAX_DISTANCE_KM) Integer distanceKm,
      boolean socialNeed,
      @NotNull @PositiveOrZero Long version) {}

  public record ApplicationView(
      UUID id,
      UUID traineeId,
      String academicYear,
      String sex,
      boolean remoteArea,
      boolean disability,
      int distanceKm,
      boolean socialNeed,
      Instant submittedAt,
      String status,
      Integer score,
      long version) {
    static ApplicationView of(BoardingApplication a) {
      return new ApplicationView(
          a.id(),
          a.traineeId(),
          a.academicYear(),
          a.sex().name(),
          a.remoteArea(),
          a.disability(),
          a.distanceKm(),
          a.socialNeed(),
          a.submittedAt(),
          a.status().name(),
          a.score(),
          a.version());
    }
  }

  @Inject AllocationService allocation;

  @GET
  @Operation(summary = "The applications of an academic year, oldest first (one page)")
  public PageResult<ApplicationView> list(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = Paging.of(page, size);
    if (academicYear == null) {
      throw new InvalidInputException("academicYear", "required, e.g. 2035-2036");
    }
    ApplicationStatus wanted =
        status == null
            ? null
            : InvalidInputException.parseEnum(ApplicationStatus.class, status, "status");
    BoardingHouse.Page<BoardingApplication> found =
        allocation.applications(academicYear, wanted, request);
    return new PageResult<>(
        found.items().stream().map(ApplicationView::of).toList(),
        request.page(),
        request.size(),
        found.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One application")
  public ApplicationView get(@PathParam("id") UUID id) {
    return ApplicationView.of(allocation.application(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(
      summary =
          "Apply for a bed for a trainee (sex, remote area and disability come from the trainee"
              + " record; distance and social need are declared)")
  public Response create(@NotNull @Valid ApplicationRequest request, @Context UriInfo uri) {
    ApplicationView created =
        ApplicationView.of(
            allocation.apply(
                request.traineeId(),
                request.academicYear(),
                request.distanceKm(),
                request.socialNeed()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}/criteria")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(summary = "Correct the declared distance and social need of a waiting application")
  public ApplicationView declare(
      @PathParam("id") UUID id, @NotNull @Valid CriteriaRequest request) {
    return ApplicationView.of(
        allocation.declare(id, request.version(), request.distanceKm(), request.socialNeed()));
  }

  @POST
  @Path("/{id}/withdrawal")
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(
      summary =
          "Withdraw an application; a bed reserved for it is cancelled and goes to the next on"
              + " the waitlist")
  public ApplicationView withdraw(@PathParam("id") UUID id) {
    return ApplicationView.of(allocation.withdraw(id));
  }
}
