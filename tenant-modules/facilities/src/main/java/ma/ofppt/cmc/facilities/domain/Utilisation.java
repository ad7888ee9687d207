package ma.ofppt.cmc.facilities.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Open and booked time of one resource in one calendar month (docs/facilities-figures.md). The
 * month runs from local midnight of its first day to local midnight of the next month's first day
 * (Africa/Casablanca). Open time: the resource's open intervals of those days. Booked time: the
 * part of each BOOKED booking that lies inside an open interval of the month, so a booking is
 * clipped to the month and to the opening hours, and never counts more than the time open.
 */
public record Utilisation(long openSeconds, long bookedSeconds) {
  public static final Utilisation NONE = new Utilisation(0, 0);

  /** {@code bookings}: the BOOKED periods of the resource (they never overlap each other). */
  public static Utilisation of(OpeningHours hours, List<Period> bookings, YearMonth month) {
    return of(openPeriods(hours, month), bookings);
  }

  /** The open periods of the month's local days. */
  public static List<Period> openPeriods(OpeningHours hours, YearMonth month) {
    return hours.openPeriods(month.atDay(1), month.plusMonths(1).atDay(1));
  }

  /** As {@link #of(OpeningHours, List, YearMonth)}, from the month's open periods. */
  public static Utilisation of(List<Period> open, List<Period> bookings) {
    long openSeconds = 0;
    long bookedSeconds = 0;
    for (Period interval : open) {
      openSeconds += interval.length().getSeconds();
      for (Period booking : bookings) {
        bookedSeconds += booking.overlapWith(interval).getSeconds();
      }
    }
    return new Utilisation(openSeconds, bookedSeconds);
  }

  /** The month as a period of instants. */
  public static Period monthPeriod(YearMonth month) {
    Instant start = month.atDay(1).atStartOfDay(OpeningHours.ZONE).toInstant();
    Instant end = month.plusMonths(1).atDay(1).atStartOfDay(OpeningHours.ZONE).toInstant();
    return new Period(start, end);
  }

  public Utilisation plus(Utilisation other) {
    return new Utilisation(openSeconds + other.openSeconds, bookedSeconds + other.bookedSeconds);
  }

  /** Hours, two decimals, half-even. */
  public static BigDecimal hours(long seconds) {
    return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_EVEN);
  }

  public BigDecimal openHours() {
    return hours(openSeconds);
  }

  public BigDecimal bookedHours() {
    return hours(bookedSeconds);
  }

  /** booked ÷ open × 100, one decimal, half-even, from the exact seconds; null when never open. */
  public BigDecimal rate() {
    if (openSeconds == 0) {
      return null;
    }
    return BigDecimal.valueOf(bookedSeconds)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(openSeconds), 1, RoundingMode.HALF_EVEN);
  }
}
