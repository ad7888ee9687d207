package ma.ofppt.cmc.facilities.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A half-open span of time {@code [start, end)}, as PostgreSQL's {@code tstzrange '[)'}. */
public record Period(Instant start, Instant end) {
  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new IllegalArgumentException("a period starts before it ends: " + start + " " + end);
    }
  }

  public Duration length() {
    return Duration.between(start, end);
  }

  public boolean overlaps(Period other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** How much of this period lies inside {@code other} (zero when they do not meet). */
  public Duration overlapWith(Period other) {
    Instant from = start.isAfter(other.start) ? start : other.start;
    Instant to = end.isBefore(other.end) ? end : other.end;
    return from.isBefore(to) ? Duration.between(from, to) : Duration.ZERO;
  }
}
