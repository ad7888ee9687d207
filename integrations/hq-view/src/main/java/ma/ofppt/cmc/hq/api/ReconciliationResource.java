package ma.ofppt.cmc.hq.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.hq.application.ReconciliationService;
import ma.ofppt.cmc.hq.domain.Reconciliation;
import ma.ofppt.cmc.hq.domain.ReconciliationRun;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Caller;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The reconciliation of HQ with the cities (ADR 0017): run it now, or read what the scheduled and
 * the requested runs found. A run compares, per city, source, period and measure, the city's own
 * figures computed on its side with HQ's totals; {@code differences} counts the real ones, {@code
 * inFlight} those the relay is still bringing, {@code frozen} those of periods HQ closed.
 */
@Path("/v1/national/reconciliation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(HqRoles.ANALYST)
public class ReconciliationResource {
  public record RunView(
      UUID id,
      String origin,
      String requestedBy,
      Instant startedAt,
      Instant finishedAt,
      String status,
      int cities,
      long compared,
      int differences,
      int inFlight,
      int frozen,
      String failures) {
    static RunView of(ReconciliationRun r) {
      return new RunView(
          r.id(),
          r.origin().name(),
          r.requestedBy(),
          r.startedAt(),
          r.finishedAt(),
          r.status().name(),
          r.cities(),
          r.compared(),
          r.differences(),
          r.inFlight(),
          r.frozen(),
          r.failures());
    }
  }

  public record DifferenceView(
      String city,
      String source,
      String period,
      String measure,
      BigDecimal cityValue,
      BigDecimal hqValue,
      String kind,
      Instant hqComputedAt,
      Instant cityChangedAt) {
    static DifferenceView of(Reconciliation.Difference d) {
      return new DifferenceView(
          d.city(),
          d.total().source(),
          d.total().period(),
          d.total().measure(),
          d.cityValue(),
          d.hqValue(),
          d.kind().name(),
          d.hqComputedAt(),
          d.cityChangedAt());
    }
  }

  public record ResultView(RunView run, List<DifferenceView> differences) {
    static ResultView of(ReconciliationService.Result r) {
      return new ResultView(
          RunView.of(r.run()), r.differences().stream().map(DifferenceView::of).toList());
    }
  }

  @Inject ReconciliationService reconciliation;
  @Inject Caller caller;

  @POST
  @Operation(
      summary =
          "Reconcile HQ with every active city now (the city's figures computed on its side);"
              + " returns the run and its differences")
  public Response run(@Context UriInfo uri) {
    ReconciliationRun run = reconciliation.run(ReconciliationRun.Origin.ON_DEMAND, caller.name());
    return Response.created(uri.getAbsolutePathBuilder().path(run.id().toString()).build())
        .entity(ResultView.of(reconciliation.result(run.id())))
        .build();
  }

  @GET
  @Operation(summary = "The runs, newest first")
  public PageResult<RunView> runs(
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    PageRequest request = Paging.of(page, size);
    return new PageResult<>(
        reconciliation.runs(request).stream().map(RunView::of).toList(),
        request.page(),
        request.size(),
        reconciliation.count());
  }

  @GET
  @Path("/latest")
  @Operation(summary = "The latest run and its differences")
  public ResultView latest() {
    return ResultView.of(reconciliation.latest());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One run and its differences")
  public ResultView get(@PathParam("id") String id) {
    return ResultView.of(reconciliation.result(uuid(id)));
  }

  @GET
  @Path("/{id}/differences.{format}")
  @Produces({"text/csv", XlsxSheet.MEDIA_TYPE})
  @Operation(summary = "One run's differences as CSV or XLSX")
  public Response differencesExport(
      @PathParam("id") String id, @PathParam("format") String format) {
    Exports.Format as = Params.format(format);
    return Exports.of(
        as,
        Exports.table("reconciliation-differences", DifferenceView.class, get(id).differences()));
  }

  @GET
  @Path("/runs.{format}")
  @Produces({"text/csv", XlsxSheet.MEDIA_TYPE})
  @Operation(summary = "The runs (newest first, up to 500) as CSV or XLSX")
  public Response runsExport(@PathParam("format") String format) {
    Exports.Format as = Params.format(format);
    return Exports.of(
        as,
        Exports.table(
            "reconciliation-runs",
            RunView.class,
            reconciliation.runs(new PageRequest(0, PageRequest.MAX_SIZE)).stream()
                .map(RunView::of)
                .toList()));
  }

  private static UUID uuid(String id) {
    UUID parsed = InvalidInputException.parseUuid(id, "id");
    if (parsed == null) {
      throw new InvalidInputException("id", "not a UUID");
    }
    return parsed;
  }
}
