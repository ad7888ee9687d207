package ma.ofppt.cmc.admissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import ma.ofppt.cmc.admissions.application.TraineeService;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.admissions.domain.TraineeStatus;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The trainees of the caller's city and their lifecycle, kept by the registrar. */
@Path("/v1/trainees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.REGISTRAR})
public class TraineeResource {
  public record Reason(String reason) {}

  public record Transfer(String programmeCode) {}

  @Inject TraineeService trainees;

  @GET
  @RolesAllowed({
    Roles.CITY_DIRECTOR,
    Roles.REGISTRAR,
    Roles.ADMISSIONS_OFFICER,
    Roles.CAREER_ADVISOR
  })
  @Operation(summary = "Trainees, by intake, programme and status")
  public PageResult<PlacementViews.TraineeView> list(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("programme") String programme,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    TraineeService.TraineePage result =
        trainees.trainees(
            academicYear == null || academicYear.isBlank() ? null : academicYear.strip(),
            InvalidInputException.parseUuid(programme, "programme"),
            InvalidInputException.parseEnum(TraineeStatus.class, status, "status"),
            paging);
    return new PageResult<>(
        result.items().stream()
            .map(t -> PlacementViews.TraineeView.of(t, result.groups().get(t.groupId())))
            .toList(),
        paging.page(),
        paging.size(),
        result.total());
  }

  @GET
  @Path("/{id}")
  @RolesAllowed({
    Roles.CITY_DIRECTOR,
    Roles.REGISTRAR,
    Roles.ADMISSIONS_OFFICER,
    Roles.CAREER_ADVISOR
  })
  @Operation(summary = "One trainee")
  public PlacementViews.TraineeView get(@PathParam("id") UUID id) {
    return view(trainees.trainee(id));
  }

  @POST
  @Path("/{id}/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Suspend a trainee, with a reason")
  public PlacementViews.TraineeView suspend(@PathParam("id") UUID id, Reason reason) {
    return view(trainees.suspend(id, reason.reason()));
  }

  @DELETE
  @Path("/{id}/suspension")
  @Operation(summary = "End a suspension")
  public PlacementViews.TraineeView reinstate(@PathParam("id") UUID id) {
    return view(trainees.reinstate(id));
  }

  @POST
  @Path("/{id}/dropout")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record that a trainee dropped out, with a reason")
  public PlacementViews.TraineeView dropOut(@PathParam("id") UUID id, Reason reason) {
    return view(trainees.dropOut(id, reason.reason()));
  }

  @POST
  @Path("/{id}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Transfer to another programme of the city (takes one of its seats)")
  public PlacementViews.TraineeView transfer(@PathParam("id") UUID id, Transfer transfer) {
    return view(trainees.transfer(id, transfer.programmeCode()));
  }

  @POST
  @Path("/{id}/graduation")
  @Operation(summary = "Record a graduation")
  public PlacementViews.TraineeView graduate(@PathParam("id") UUID id) {
    return view(trainees.graduate(id));
  }

  private PlacementViews.TraineeView view(Trainee trainee) {
    return PlacementViews.TraineeView.of(trainee, trainees.group(trainee.groupId()));
  }
}
