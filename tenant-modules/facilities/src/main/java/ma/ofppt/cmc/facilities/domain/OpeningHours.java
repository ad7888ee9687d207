package ma.ofppt.cmc.facilities.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * The weekly opening hours of a resource: for each weekday, zero or more open intervals in the
 * local time of Morocco ({@link #ZONE}). Intervals lie within one day, start and end on a whole
 * minute, and never overlap or touch within a day (08:00–12:00 and 12:00–18:00 is written
 * 08:00–18:00), so that each moment belongs to at most one interval. Stored in a compact canonical
 * text ({@code 1 08:00-12:00 14:00-18:00;2 08:00-18:00}, ISO day numbers) that {@link #parse} reads
 * back.
 */
public final class OpeningHours {
  /** Every local time of the platform is Moroccan civil time (UTC+1, UTC+0 during Ramadan). */
  public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  public static final int MAX_INTERVALS_PER_DAY = 6;

  /** One open interval of a weekday, {@code [opens, closes)}. */
  public record Interval(DayOfWeek day, LocalTime opens, LocalTime closes) {}

  private final List<Interval> intervals;

  private OpeningHours(List<Interval> intervals) {
    this.intervals = List.copyOf(intervals);
  }

  /** Checks and orders the intervals; errors name {@code field}. */
  public static OpeningHours of(String field, List<Interval> intervals) {
    DomainRuleViolation.require(intervals != null, field, "required (an empty list: never open)");
    List<Interval> sorted = new ArrayList<>();
    for (Interval i : intervals) {
      DomainRuleViolation.require(
          i != null && i.day() != null && i.opens() != null && i.closes() != null,
          field,
          "each interval needs a day, an opening and a closing time");
      DomainRuleViolation.require(
          i.opens().getSecond() == 0
              && i.opens().getNano() == 0
              && i.closes().getSecond() == 0
              && i.closes().getNano() == 0,
          field,
          "opening and closing times are whole minutes");
      DomainRuleViolation.require(
          i.opens().isBefore(i.closes()),
          field,
          i.day() + ": an interval opens before it closes, within the day");
      sorted.add(i);
    }
    sorted.sort(Comparator.comparing(Interval::day).thenComparing(Interval::opens));
    for (int k = 1; k < sorted.size(); k++) {
      Interval previous = sorted.get(k - 1);
      Interval current = sorted.get(k);
      DomainRuleViolation.require(
          previous.day() != current.day() || previous.closes().isBefore(current.opens()),
          field,
          current.day() + ": intervals overlap or touch; merge them into one");
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      DomainRuleViolation.require(
          sorted.stream().filter(i -> i.day() == day).count() <= MAX_INTERVALS_PER_DAY,
          field,
          day + ": at most " + MAX_INTERVALS_PER_DAY + " intervals a day");
    }
    return new OpeningHours(sorted);
  }

  /** Reads the stored form (see the class comment). */
  public static OpeningHours parse(String stored) {
    List<Interval> intervals = new ArrayList<>();
    if (stored != null && !stored.isEmpty()) {
      try {
        for (String dayPart : stored.split(";")) {
          String[] tokens = dayPart.split(" ");
          DayOfWeek day = DayOfWeek.of(Integer.parseInt(tokens[0]));
          for (int k = 1; k < tokens.length; k++) {
            String[] times = tokens[k].split("-");
            intervals.add(new Interval(day, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
          }
        }
      } catch (RuntimeException e) {
        throw new IllegalStateException("stored opening hours are unreadable: " + stored, e);
      }
    }
    return of("openingHours", intervals);
  }

  /** The canonical stored form. */
  public String format() {
    return intervals.stream()
        .collect(Collectors.groupingBy(Interval::day, java.util.TreeMap::new, Collectors.toList()))
        .entrySet()
        .stream()
        .map(
            e ->
                e.getKey().getValue()
                    + e.getValue().stream()
                        .map(i -> " " + i.opens() + "-" + i.closes())
                        .collect(Collectors.joining()))
        .collect(Collectors.joining(";"));
  }

  public List<Interval> intervals() {
    return intervals;
  }

  /** True when {@code period} lies, in local time, inside one open interval of one day. */
  public boolean covers(Period period) {
    ZonedDateTime start = period.start().atZone(ZONE);
    ZonedDateTime end = period.end().atZone(ZONE);
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      return false;
    }
    LocalTime from = start.toLocalTime();
    LocalTime to = end.toLocalTime();
    return intervals.stream()
        .anyMatch(
            i ->
                i.day() == start.getDayOfWeek()
                    && !from.isBefore(i.opens())
                    && !to.isAfter(i.closes()));
  }

  /**
   * The open periods, as instants, of the local days {@code [from, until)}. A local time that a
   * clock change skips is moved forward by the change, as {@link ZonedDateTime#of} does.
   */
  public List<Period> openPeriods(LocalDate from, LocalDate until) {
    List<Period> periods = new ArrayList<>();
    for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
      for (Interval i : intervals) {
        if (i.day() != day.getDayOfWeek()) {
          continue;
        }
        Instant start = ZonedDateTime.of(day, i.opens(), ZONE).toInstant();
        Instant end = ZonedDateTime.of(day, i.closes(), ZONE).toInstant();
        if (start.isBefore(end)) {
          periods.add(new Period(start, end));
        }
      }
    }
    return periods;
  }

  /** Whole minutes open in a week, as written (ignoring clock changes). */
  public long weeklyMinutes() {
    return intervals.stream()
        .mapToLong(i -> ChronoUnit.MINUTES.between(i.opens(), i.closes()))
        .sum();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OpeningHours other && intervals.equals(other.intervals);
  }

  @Override
  public int hashCode() {
    return intervals.hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
