package ma.ofppt.cmc.staff.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.staff.application.AssignmentService;
import ma.ofppt.cmc.staff.domain.AssignmentQuery;
import ma.ofppt.cmc.staff.domain.AssignmentStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Teaching assignments of the caller's city: a trainer, a training group, a subject and weekly
 * hours, never beyond the trainer's ceiling. Made by the director or the registrar.
 */
@Path("/v1/teaching-assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.REGISTRAR, Roles.TRAINER})
public class AssignmentResource {
  /** A new assignment; the academic year is the group's. */
  public record AssignmentRequest(
      @NotBlank String trainerId,
      @NotBlank String groupId,
      @NotBlank @Size(max = 200) String subject,
      @NotNull @Min(1) @Max(44) Integer weeklyHours) {}

  /** When an assignment ends; today when absent. */
  public record Ending(LocalDate endedOn) {}

  @Inject AssignmentService assignments;

  @GET
  @Operation(summary = "Teaching assignments, by academic year, trainer, group and status")
  public PageResult<AssignmentView> list(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("trainer") String trainer,
      @QueryParam("group") String group,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    String year = academicYear == null || academicYear.isBlank() ? null : academicYear.strip();
    if (year != null && !AcademicYear.isValid(year)) {
      throw new InvalidInputException("academicYear", "use the form 2031-2032");
    }
    AssignmentService.AssignmentPage result =
        assignments.assignments(
            new AssignmentQuery(
                year,
                InvalidInputException.parseUuid(trainer, "trainer"),
                InvalidInputException.parseUuid(group, "group"),
                InvalidInputException.parseEnum(AssignmentStatus.class, status, "status")),
            paging);
    return new PageResult<>(
        result.items().stream().map(AssignmentView::of).toList(),
        paging.page(),
        paging.size(),
        result.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One teaching assignment")
  public AssignmentView get(@PathParam("id") UUID id) {
    return AssignmentView.of(assignments.assignment(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.REGISTRAR})
  @Operation(
      summary =
          "Assign a trainer to teach a subject to a training group (409 when it would pass the"
              + " trainer's weekly ceiling for the group's academic year)")
  public Response create(@Valid AssignmentRequest request, @Context UriInfo uri) {
    AssignmentView created =
        AssignmentView.of(
            assignments.assign(
                InvalidInputException.parseUuid(request.trainerId(), "trainerId"),
                InvalidInputException.parseUuid(request.groupId(), "groupId"),
                request.subject(),
                request.weeklyHours()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("/{id}/end")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.REGISTRAR})
  @Operation(summary = "End a teaching assignment; its hours no longer count against the ceiling")
  public AssignmentView end(@PathParam("id") UUID id, Ending ending) {
    return AssignmentView.of(assignments.end(id, ending == null ? null : ending.endedOn()));
  }
}
