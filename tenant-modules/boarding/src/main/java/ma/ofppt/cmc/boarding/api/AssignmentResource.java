package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.boarding.application.AllocationService;
import ma.ofppt.cmc.boarding.domain.BedAssignment;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Beds assigned to trainees for a period, their check-in and check-out. */
@Path("/v1/boarding/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class AssignmentResource {
  public record AssignmentRequest(@NotNull UUID applicationId, @NotNull UUID bedId) {}

  public record DayRequest(@NotBlank String on) {}

  public record AssignmentView(
      UUID id,
      UUID bedId,
      UUID applicationId,
      UUID traineeId,
      String academicYear,
      String sex,
      LocalDate startsOn,
      LocalDate endsOn,
      String status,
      LocalDate checkedInOn,
      LocalDate checkedOutOn,
      long version) {
    static AssignmentView of(BedAssignment a) {
      return new AssignmentView(
          a.id(),
          a.bedId(),
          a.applicationId(),
          a.traineeId(),
          a.academicYear(),
          a.sex().name(),
          a.startsOn(),
          a.endsOn(),
          a.status().name(),
          a.checkedInOn(),
          a.checkedOutOn(),
          a.version());
    }
  }

  @Inject AllocationService allocation;

  @GET
  @Operation(summary = "The bed assignments of an academic year, in the order made (one page)")
  public PageResult<AssignmentView> list(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = Paging.of(page, size);
    if (academicYear == null) {
      throw new InvalidInputException("academicYear", "required, e.g. 2035-2036");
    }
    BoardingHouse.Page<BedAssignment> found = allocation.assignments(academicYear, request);
    return new PageResult<>(
        found.items().stream().map(AssignmentView::of).toList(),
        request.page(),
        request.size(),
        found.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One bed assignment")
  public AssignmentView get(@PathParam("id") UUID id) {
    return AssignmentView.of(allocation.assignment(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(
      summary =
          "Give one bed of the trainee's wing to a waiting application for the rest of the"
              + " year's period (409 if the bed is taken for part of it)")
  public Response assign(@NotNull @Valid AssignmentRequest request, @Context UriInfo uri) {
    AssignmentView created =
        AssignmentView.of(allocation.assign(request.applicationId(), request.bedId()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/{id}/check-in")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(summary = "The trainee arrives on a day within the period")
  public AssignmentView checkIn(@PathParam("id") UUID id, @NotNull @Valid DayRequest request) {
    return AssignmentView.of(allocation.checkIn(id, Dates.parse(request.on(), "on")));
  }

  @POST
  @Path("/{id}/check-out")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(
      summary =
          "The trainee leaves on a day; the bed is free from that day and goes to the next on"
              + " the waitlist")
  public AssignmentView checkOut(@PathParam("id") UUID id, @NotNull @Valid DayRequest request) {
    return AssignmentView.of(allocation.checkOut(id, Dates.parse(request.on(), "on")));
  }
}
