package ma.ofppt.cmc.careers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.careers.application.IncubatorService;
import ma.ofppt.cmc.careers.domain.Incubator;
import ma.ofppt.cmc.careers.domain.IncubatorProject;
import ma.ofppt.cmc.careers.domain.ProjectStatus;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The city's business incubator: projects, their founders, coaching sessions and status. */
@Path("/v1/incubator-projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAREER_ADVISOR, Roles.CITY_DIRECTOR})
public class IncubatorResource {
  public record NameRequest(
      @NotBlank @Size(max = 200) String fr, @NotBlank @Size(max = 200) String ar) {}

  public record ProjectRequest(
      @NotNull String code,
      @NotNull @Valid NameRequest name,
      @NotNull String sectorCode,
      String recordedOn) {}

  public record FounderRequest(@NotNull String traineeId, String joinedOn) {}

  /** A step of the project's life; {@code on} defaults to today. */
  public record StepRequest(String on) {}

  public record ClosureRequest(String on, @NotBlank @Size(max = 500) String reason) {}

  public record SessionRequest(
      @NotNull String heldOn,
      @NotBlank @Size(max = 300) String topic,
      @NotBlank @Size(max = 200) String coach) {}

  public record FounderView(UUID traineeId, String joinedOn) {}

  public record SessionView(String heldOn, String topic, String coach) {}

  public record ProjectView(
      UUID id,
      String code,
      Name name,
      String sectorCode,
      String status,
      String recordedOn,
      String incubatedOn,
      String launchedOn,
      String closedOn,
      String closureReason,
      List<FounderView> founders,
      List<SessionView> sessions,
      long version) {
    static ProjectView of(IncubatorProject p) {
      return new ProjectView(
          p.id(),
          p.code(),
          Name.of(p.name()),
          p.sectorCode(),
          p.status().name(),
          p.recordedOn().toString(),
          p.incubatedOn().map(Object::toString).orElse(null),
          p.launchedOn().map(Object::toString).orElse(null),
          p.closedOn().map(Object::toString).orElse(null),
          p.closureReason().orElse(null),
          p.founders().stream()
              .map(f -> new FounderView(f.traineeId(), f.joinedOn().toString()))
              .toList(),
          p.sessions().stream()
              .map(s -> new SessionView(s.heldOn().toString(), s.topic(), s.coach()))
              .toList(),
          p.version());
    }
  }

  /** A project in a list: without its sessions. */
  public record ProjectSummary(
      UUID id, String code, Name name, String sectorCode, String status, int founders) {
    static ProjectSummary of(IncubatorProject p) {
      return new ProjectSummary(
          p.id(),
          p.code(),
          Name.of(p.name()),
          p.sectorCode(),
          p.status().name(),
          p.founders().size());
    }
  }

  @Inject IncubatorService incubator;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Record a new incubator project (status IDEA)")
  public Response create(@Valid @NotNull ProjectRequest request, @Context UriInfo uri) {
    ProjectView created =
        ProjectView.of(
            incubator.create(
                request.code(),
                LocalizedName.of(request.name().fr(), request.name().ar()),
                request.sectorCode(),
                Inputs.date(request.recordedOn(), "recordedOn")));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The incubator's projects, by status")
  public PageResult<ProjectSummary> list(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    Incubator.Page found =
        incubator.search(
            InvalidInputException.parseEnum(ProjectStatus.class, status, "status"), paging);
    return new PageResult<>(
        found.items().stream().map(ProjectSummary::of).toList(),
        paging.page(),
        paging.size(),
        found.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One project with its founders and support sessions")
  public ProjectView get(@PathParam("id") UUID id) {
    return ProjectView.of(incubator.project(id));
  }

  @POST
  @Path("/{id}/founders")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Add a founder: a current trainee or a graduate of the city")
  public ProjectView addFounder(@PathParam("id") UUID id, @Valid @NotNull FounderRequest request) {
    return ProjectView.of(
        incubator.addFounder(
            id,
            InvalidInputException.parseUuid(request.traineeId(), "traineeId"),
            Inputs.date(request.joinedOn(), "joinedOn")));
  }

  @POST
  @Path("/{id}/incubation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Take an idea into the incubator (IDEA to INCUBATED)")
  public ProjectView incubate(@PathParam("id") UUID id, @Valid @NotNull StepRequest request) {
    return ProjectView.of(incubator.incubate(id, Inputs.date(request.on(), "on")));
  }

  @POST
  @Path("/{id}/launch")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Launch the business (INCUBATED to LAUNCHED; needs a founder)")
  public ProjectView launch(@PathParam("id") UUID id, @Valid @NotNull StepRequest request) {
    return ProjectView.of(incubator.launch(id, Inputs.date(request.on(), "on")));
  }

  @POST
  @Path("/{id}/closure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Close the project, with a reason")
  public ProjectView close(@PathParam("id") UUID id, @Valid @NotNull ClosureRequest request) {
    return ProjectView.of(incubator.close(id, Inputs.date(request.on(), "on"), request.reason()));
  }

  @POST
  @Path("/{id}/support-sessions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Record a coaching session given to the project")
  public ProjectView recordSession(
      @PathParam("id") UUID id, @Valid @NotNull SessionRequest request) {
    return ProjectView.of(
        incubator.recordSession(
            id, Inputs.date(request.heldOn(), "heldOn"), request.topic(), request.coach()));
  }
}
