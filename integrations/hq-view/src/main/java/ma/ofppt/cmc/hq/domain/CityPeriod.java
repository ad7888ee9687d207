package ma.ofppt.cmc.hq.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * One period of one city as HQ sees it: open (HQ's figures follow the city's snapshots) or closed
 * (HQ's figures of that city and period stay as they were when closed, whatever the city sends,
 * until HQ reopens it). Closing is for figures HQ has reported on; reopening them needs a written
 * reason, and both leave an event that the city can read.
 */
public final class CityPeriod {
  public static final int MAX_REASON = 2000;

  private final String city;
  private final Period period;
  private Instant closedAt;
  private String closedBy;

  private CityPeriod(String city, Period period, Instant closedAt, String closedBy) {
    this.city = Objects.requireNonNull(city, "city");
    this.period = Objects.requireNonNull(period, "period");
    this.closedAt = closedAt;
    this.closedBy = closedBy;
  }

  public static CityPeriod open(String city, Period period) {
    return new CityPeriod(city, period, null, null);
  }

  public static CityPeriod closed(String city, Period period, Instant at, String by) {
    return new CityPeriod(
        city, period, Objects.requireNonNull(at, "at"), Objects.requireNonNull(by, "by"));
  }

  public String city() {
    return city;
  }

  public Period period() {
    return period;
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }

  public Optional<String> closedBy() {
    return Optional.ofNullable(closedBy);
  }

  /** Freezes the period; the reason is optional here. */
  public PeriodEvent close(String actor, String reason, Instant at) {
    if (isClosed()) {
      throw new ConflictException(
          "period", period + " of " + city + " is closed already, since " + closedAt);
    }
    String why = reason(reason);
    closedAt = at;
    closedBy = actor;
    return new PeriodEvent(UUID.randomUUID(), city, period, PeriodAction.CLOSED, actor, why, at);
  }

  /** Lets the city's latest figures of the period apply again; a written reason is required. */
  public PeriodEvent reopen(String actor, String reason, Instant at) {
    String why = reason(reason);
    DomainRuleViolation.require(why != null, "reason", "reopening a period needs a written reason");
    if (!isClosed()) {
      throw new ConflictException("period", period + " of " + city + " is not closed");
    }
    closedAt = null;
    closedBy = null;
    return new PeriodEvent(UUID.randomUUID(), city, period, PeriodAction.REOPENED, actor, why, at);
  }

  private static String reason(String reason) {
    String why = reason == null ? "" : reason.strip();
    DomainRuleViolation.require(
        why.length() <= MAX_REASON, "reason", "longer than " + MAX_REASON + " characters");
    return why.isEmpty() ? null : why;
  }
}
