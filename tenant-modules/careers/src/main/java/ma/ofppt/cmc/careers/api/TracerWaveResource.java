package ma.ofppt.cmc.careers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.careers.application.CareerFigures;
import ma.ofppt.cmc.careers.application.TracerService;
import ma.ofppt.cmc.careers.domain.SurveyState;
import ma.ofppt.cmc.careers.domain.TracerSurveys;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tracer-survey waves: an intake's graduates asked 6 or 12 months after graduating. */
@Path("/v1/tracer-waves")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAREER_ADVISOR, Roles.CITY_DIRECTOR})
public class TracerWaveResource {
  public record WaveRequest(@NotNull String academicYear, @NotNull Integer horizonMonths) {}

  @Inject TracerService tracer;
  @Inject CareerFigures figures;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAREER_ADVISOR)
  @Operation(
      summary =
          "Open the 6- or 12-month wave of an intake: one survey per graduate, once per intake"
              + " and horizon")
  public Response open(@Valid @NotNull WaveRequest request, @Context UriInfo uri) {
    TracerViews.WaveView created =
        TracerViews.WaveView.of(tracer.open(request.academicYear(), request.horizonMonths()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @GET
  @Operation(summary = "The city's tracer waves, of one intake when given")
  public List<TracerViews.WaveView> list(@QueryParam("academicYear") String academicYear) {
    return tracer
        .waves(academicYear == null || academicYear.isBlank() ? null : academicYear)
        .stream()
        .map(TracerViews.WaveView::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One tracer wave")
  public TracerViews.WaveView get(@PathParam("id") UUID id) {
    return TracerViews.WaveView.of(tracer.wave(id));
  }

  @GET
  @Path("/{id}/surveys")
  @Operation(summary = "The wave's surveys, by state, earliest due first")
  public PageResult<TracerViews.SurveyView> surveys(
      @PathParam("id") UUID id,
      @QueryParam("state") String state,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    TracerSurveys.Page found =
        tracer.surveysOf(
            id, InvalidInputException.parseEnum(SurveyState.class, state, "state"), paging);
    return new PageResult<>(
        found.items().stream().map(TracerViews.SurveyView::of).toList(),
        paging.page(),
        paging.size(),
        found.total());
  }

  @GET
  @Path("/{id}/figures")
  @Operation(
      summary =
          "The wave's response and insertion rates with their counts, per programme, pole and"
              + " city (docs/careers-figures.md)")
  public TracerViews.WaveFiguresView figures(@PathParam("id") UUID id) {
    return TracerViews.WaveFiguresView.of(figures.of(id));
  }
}
