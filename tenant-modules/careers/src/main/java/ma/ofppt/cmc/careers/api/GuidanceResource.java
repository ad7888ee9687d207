package ma.ofppt.cmc.careers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.UUID;
import ma.ofppt.cmc.careers.application.GuidanceService;
import ma.ofppt.cmc.careers.domain.GuidanceInteraction;
import ma.ofppt.cmc.careers.domain.GuidanceKind;
import ma.ofppt.cmc.careers.domain.GuidanceLog;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The career-guidance centre's interactions with trainees, graduates and prospects. */
@Path("/v1/guidance-interactions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAREER_ADVISOR, Roles.CITY_DIRECTOR})
public class GuidanceResource {
  /**
   * A trainee's id, or the name of a person who has not applied yet (exactly one of the two); the
   * advisor defaults to the caller.
   */
  public record InteractionRequest(
      String traineeId,
      @Size(max = 200) String prospectName,
      @NotNull String kind,
      @NotNull String occurredOn,
      @Size(max = 200) String advisor,
      @Size(max = GuidanceInteraction.NOTES_MAX) String notes) {}

  public record InteractionView(
      UUID id,
      UUID traineeId,
      String prospectName,
      String kind,
      String occurredOn,
      String advisor,
      String notes) {
    static InteractionView of(GuidanceInteraction g) {
      return new InteractionView(
          g.id(),
          g.traineeId().orElse(null),
          g.prospectName().orElse(null),
          g.kind().name(),
          g.occurredOn().toString(),
          g.advisor(),
          g.notes().orElse(null));
    }
  }

  @Inject GuidanceService guidance;
  @Inject Caller caller;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(summary = "Record a guidance interaction (orientation, coaching, job fair...)")
  public Response record(@Valid @NotNull InteractionRequest request, @Context UriInfo uri) {
    InteractionView created =
        InteractionView.of(
            guidance.record(
                new GuidanceService.Entry(
                    InvalidInputException.parseUuid(request.traineeId(), "traineeId"),
                    request.prospectName(),
                    Inputs.required(GuidanceKind.class, request.kind(), "kind"),
                    Inputs.date(request.occurredOn(), "occurredOn"),
                    request.advisor() == null || request.advisor().isBlank()
                        ? caller.name()
                        : request.advisor(),
                    request.notes())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "Guidance interactions, newest first, by trainee, kind and period")
  public PageResult<InteractionView> list(
      @QueryParam("traineeId") String traineeId,
      @QueryParam("kind") String kind,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    GuidanceLog.Page found =
        guidance.search(
            new GuidanceLog.Filter(
                InvalidInputException.parseUuid(traineeId, "traineeId"),
                InvalidInputException.parseEnum(GuidanceKind.class, kind, "kind"),
                Inputs.date(from, "from"),
                Inputs.date(to, "to")),
            paging);
    return new PageResult<>(
        found.items().stream().map(InteractionView::of).toList(),
        paging.page(),
        paging.size(),
        found.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One guidance interaction")
  public InteractionView get(@PathParam("id") UUID id) {
    return InteractionView.of(guidance.interaction(id));
  }
}
