package ma.ofppt.cmc.hq.domain;

import java.time.Instant;
import java.util.UUID;

/** One run of the reconciliation and what it found. */
public record ReconciliationRun(
    UUID id,
    Origin origin,
    String requestedBy,
    Instant startedAt,
    Instant finishedAt,
    Status status,
    int cities,
    long compared,
    int differences,
    int inFlight,
    int frozen,
    String failures) {

  public enum Origin {
    SCHEDULED,
    ON_DEMAND
  }

  public enum Status {
    RUNNING,
    COMPLETED,
    FAILED
  }
}
