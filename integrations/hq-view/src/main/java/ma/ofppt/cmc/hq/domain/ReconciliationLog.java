package ma.ofppt.cmc.hq.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** The runs of the reconciliation and the differences each found, kept in HQ's store. */
public interface ReconciliationLog {

  ReconciliationRun start(ReconciliationRun.Origin origin, String requestedBy);

  /** Keeps a city's differences (all of one run's kinds). */
  void record(UUID run, List<Reconciliation.Difference> differences);

  ReconciliationRun finish(
      UUID run,
      ReconciliationRun.Status status,
      int cities,
      long compared,
      int differences,
      int inFlight,
      int frozen,
      String failures);

  /** Newest first. */
  List<ReconciliationRun> runs(PageRequest page);

  long count();

  Optional<ReconciliationRun> run(UUID id);

  Optional<ReconciliationRun> latest();

  /** The run's differences, by city, source, period and measure. */
  List<Reconciliation.Difference> differences(UUID run);
}
