package ma.ofppt.cmc.hq.api;

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
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.hq.api.PlaceViews.CityRef;
import ma.ofppt.cmc.hq.application.NationalFiguresService;
import ma.ofppt.cmc.hq.application.PeriodService;
import ma.ofppt.cmc.hq.application.Places;
import ma.ofppt.cmc.hq.domain.CityPeriod;
import ma.ofppt.cmc.hq.domain.PeriodEvent;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;
import ma.ofppt.cmc.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Closing and reopening a city's periods at HQ (ADR 0017): a closed period's figures of that city
 * stay as they were when closed until it is reopened, with a written reason; every close and reopen
 * is kept, and the city sees them ({@code GET /v1/consolidation/periods}).
 */
@Path("/v1/national/periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(HqRoles.ANALYST)
public class PeriodResource {
  /** A reason: optional to close, required to reopen. */
  public record ReasonRequest(String reason) {}

  public record EventView(
      UUID id, String city, String period, String action, String by, String reason, Instant at) {
    static EventView of(PeriodEvent e) {
      return new EventView(
          e.id(),
          e.city(),
          e.period().value(),
          e.action().name(),
          e.actor(),
          e.reason(),
          e.occurredAt());
    }
  }

  public record PeriodView(
      CityRef city,
      String period,
      boolean closed,
      Instant closedAt,
      String closedBy,
      List<EventView> events) {}

  @Inject PeriodService periods;
  @Inject NationalFiguresService figures;
  @Inject Caller caller;

  @GET
  @Operation(summary = "The periods closed now, of one city or of all")
  public List<PeriodView> closed(@QueryParam("city") String city) {
    String code = city == null || city.isBlank() ? null : knownCity(city.strip());
    Places places = figures.places();
    return periods.closed(code).stream().map(p -> view(places, p, List.of())).toList();
  }

  @GET
  @Path("/events")
  @Operation(summary = "Every close and reopen, newest first, of one city and/or period or all")
  public List<EventView> events(
      @QueryParam("city") String city, @QueryParam("period") String period) {
    return history(city, period).stream().map(EventView::of).toList();
  }

  @GET
  @Path("/events.{format}")
  @Produces({"text/csv", XlsxSheet.MEDIA_TYPE})
  @Operation(summary = "The close and reopen history as CSV or XLSX")
  public Response eventsExport(
      @PathParam("format") String format,
      @QueryParam("city") String city,
      @QueryParam("period") String period) {
    Exports.Format as = Params.format(format);
    return Exports.of(as, Exports.table("period-events", EventView.class, events(city, period)));
  }

  @GET
  @Path("/{city}/{period}")
  @Operation(summary = "One period of one city: closed or not, and its history")
  public PeriodView get(@PathParam("city") String city, @PathParam("period") String period) {
    PeriodService.State state = periods.state(city, Params.period(period, "period"));
    return view(figures.places(), state.period(), state.events());
  }

  @POST
  @Path("/{city}/{period}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Close a city's period: HQ's figures of it stay as they are until reopened (body"
              + " {reason}, optional)")
  public PeriodView close(
      @PathParam("city") String city, @PathParam("period") String period, ReasonRequest request) {
    PeriodService.State state =
        periods.close(city, Params.period(period, "period"), caller.name(), request.reason());
    return view(figures.places(), state.period(), state.events());
  }

  @POST
  @Path("/{city}/{period}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Reopen a closed period: the latest figures HQ received of it apply at once (body"
              + " {reason}, required)")
  public PeriodView reopen(
      @PathParam("city") String city, @PathParam("period") String period, ReasonRequest request) {
    if (request.reason() == null || request.reason().isBlank()) {
      throw new InvalidInputException("reason", "reopening a period needs a written reason");
    }
    PeriodService.State state =
        periods.reopen(city, Params.period(period, "period"), caller.name(), request.reason());
    return view(figures.places(), state.period(), state.events());
  }

  private List<PeriodEvent> history(String city, String period) {
    String code = city == null || city.isBlank() ? null : knownCity(city.strip());
    return periods.events(code, Params.optionalPeriod(period, "period"));
  }

  private String knownCity(String code) {
    if (figures.places().city(code).isEmpty()) {
      throw new InvalidInputException("city", "not a city of the registry: " + code);
    }
    return code;
  }

  private static PeriodView view(Places places, CityPeriod p, List<PeriodEvent> events) {
    return new PeriodView(
        PlaceViews.city(places, p.city()),
        p.period().value(),
        p.isClosed(),
        p.closedAt().orElse(null),
        p.closedBy().orElse(null),
        events.stream().map(EventView::of).toList());
  }
}
