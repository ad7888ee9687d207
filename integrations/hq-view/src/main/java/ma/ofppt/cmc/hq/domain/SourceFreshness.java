package ma.ofppt.cmc.hq.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How current HQ's figures of one source of one city are: when the city computed the snapshot HQ
 * applied last, the oldest change it carried, when HQ applied it, when HQ last received one (an
 * older snapshot arriving late is received but not applied), and how many such late ones came.
 */
public record SourceFreshness(
    String city,
    String source,
    Instant computedAt,
    Instant changedSince,
    Instant appliedAt,
    Instant receivedAt,
    int figureCount,
    long staleReceived) {

  /**
   * The consolidation lag of the applied snapshot: from the oldest change it carried (or, for a
   * full snapshot that carried none, from its computation) to its application at HQ.
   */
  public Duration lag() {
    Instant from = changedSince == null ? computedAt : changedSince;
    Duration lag = Duration.between(from, appliedAt);
    return lag.isNegative() ? Duration.ZERO : lag;
  }
}
