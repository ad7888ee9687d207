package ma.ofppt.cmc.hq.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.ofppt.cmc.hq.domain.CitySide;
import ma.ofppt.cmc.hq.domain.HqFigures;
import ma.ofppt.cmc.hq.domain.PeriodBook;
import ma.ofppt.cmc.hq.domain.Reconciliation;
import ma.ofppt.cmc.hq.domain.ReconciliationLog;
import ma.ofppt.cmc.hq.domain.ReconciliationRun;
import ma.ofppt.cmc.hq.domain.Total;
import ma.ofppt.cmc.platform.consolidation.CityFigures;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import ma.ofppt.cmc.platform.tenancy.TenantWork;

/**
 * The product's own check of its consolidation (ADR 0017). For each active city it computes the
 * city's figures on the city's side, in a transaction bound to the city as any request of the city
 * is ({@link TenantWork}), with what the city's outbox says of its changes; then, in HQ's store, it
 * compares them with HQ's totals of the city and keeps every difference. Each city's check is a
 * transaction of its own, so one city's failure is noted and the others still run.
 */
@ApplicationScoped
public class ReconciliationService {
  private static final Logger LOG = Logger.getLogger(ReconciliationService.class.getName());

  @Inject TenantWork work;
  @Inject TenantRegistry registry;
  @Inject CityFigures cityFigures;
  @Inject CitySide citySide;
  @Inject HqFigures hq;
  @Inject PeriodBook periods;
  @Inject ReconciliationLog log;

  /** What a city computes of itself: its totals, and its outbox's word on its changes. */
  private record CityView(
      Map<Total, BigDecimal> totals, Map<String, Reconciliation.CityChange> changes) {}

  /** Runs a reconciliation now, on the caller's thread, outside any transaction of the caller. */
  public ReconciliationRun run(ReconciliationRun.Origin origin, String requestedBy) {
    ReconciliationRun run = work.callForPlatform(() -> log.start(origin, requestedBy));
    List<TenantId> cities =
        work.callForPlatform(
            () -> registry.all().stream().filter(Tenant::isActive).map(Tenant::id).toList());
    Tally tally = new Tally();
    for (TenantId city : cities) {
      try {
        CityView view = work.callAs(city, this::cityView);
        tally.add(
            work.callForPlatform(
                () -> {
                  String code = city.value();
                  Reconciliation.Outcome outcome =
                      Reconciliation.compare(
                          code,
                          view.totals(),
                          hq.totals(code),
                          periods.closedPeriodsOf(code),
                          hq.computedAt(code),
                          view.changes());
                  log.record(run.id(), outcome.differences());
                  return outcome;
                }));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "reconciliation " + run.id() + ": " + city + " failed", e);
        tally.failures.add(city + ": " + rootMessage(e));
      }
    }
    return work.callForPlatform(() -> tally.finish(log, run));
  }

  /** What a run found so far. */
  private static final class Tally {
    int cities;
    long compared;
    int differences;
    int inFlight;
    int frozen;
    final List<String> failures = new ArrayList<>();

    void add(Reconciliation.Outcome outcome) {
      cities++;
      compared += outcome.compared();
      differences += (int) outcome.count(Reconciliation.Kind.DIFFERENT);
      inFlight += (int) outcome.count(Reconciliation.Kind.IN_FLIGHT);
      frozen += (int) outcome.count(Reconciliation.Kind.FROZEN);
    }

    ReconciliationRun finish(ReconciliationLog log, ReconciliationRun run) {
      return log.finish(
          run.id(),
          failures.isEmpty() ? ReconciliationRun.Status.COMPLETED : ReconciliationRun.Status.FAILED,
          cities,
          compared,
          differences,
          inFlight,
          frozen,
          failures.isEmpty() ? null : String.join("\n", failures));
    }
  }

  /** On the city's side: runs inside the city's transaction. */
  private CityView cityView() {
    Map<Total, BigDecimal> totals = new TreeMap<>();
    for (FigureSource source : cityFigures.sources(Set.of(Outbox.ALL_SOURCES))) {
      totals.putAll(Total.of(source.name(), source.figures()));
    }
    return new CityView(totals, citySide.figureChanges());
  }

  @Transactional
  public List<ReconciliationRun> runs(PageRequest page) {
    return log.runs(page);
  }

  @Transactional
  public long count() {
    return log.count();
  }

  public record Result(ReconciliationRun run, List<Reconciliation.Difference> differences) {}

  @Transactional
  public Result result(UUID id) {
    ReconciliationRun run =
        log.run(id).orElseThrow(() -> new NotFoundException("reconciliation run", id));
    return new Result(run, log.differences(id));
  }

  @Transactional
  public Result latest() {
    ReconciliationRun run =
        log.latest().orElseThrow(() -> new NotFoundException("reconciliation run", "latest"));
    return new Result(run, log.differences(run.id()));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
