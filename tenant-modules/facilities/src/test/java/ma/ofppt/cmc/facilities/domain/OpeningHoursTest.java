package ma.ofppt.cmc.facilities.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {
  static OpeningHours.Interval at(DayOfWeek day, String opens, String closes) {
    return new OpeningHours.Interval(day, LocalTime.parse(opens), LocalTime.parse(closes));
  }

  static Period local(String start, String end) {
    return new Period(
        LocalDateTime.parse(start).atZone(OpeningHours.ZONE).toInstant(),
        LocalDateTime.parse(end).atZone(OpeningHours.ZONE).toInstant());
  }

  private final OpeningHours hours =
      OpeningHours.of(
          "openingHours",
          List.of(
              at(DayOfWeek.TUESDAY, "14:00", "18:00"),
              at(DayOfWeek.MONDAY, "08:30", "12:30"),
              at(DayOfWeek.MONDAY, "14:00", "18:00")));

  @Test
  void storedFormIsCanonicalAndReadsBack() {
    assertEquals("1 08:30-12:30 14:00-18:00;2 14:00-18:00", hours.format());
    assertEquals(hours, OpeningHours.parse(hours.format()));
    assertEquals("", OpeningHours.of("h", List.of()).format());
    assertTrue(OpeningHours.parse("").intervals().isEmpty());
  }

  @Test
  void overlappingTouchingOrEmptyIntervalsAreRefused() {
    for (List<OpeningHours.Interval> bad :
        List.of(
            List.of(at(DayOfWeek.MONDAY, "08:00", "12:00"), at(DayOfWeek.MONDAY, "11:00", "13:00")),
            List.of(at(DayOfWeek.MONDAY, "08:00", "12:00"), at(DayOfWeek.MONDAY, "12:00", "13:00")),
            List.of(at(DayOfWeek.MONDAY, "12:00", "12:00")),
            List.of(at(DayOfWeek.MONDAY, "18:00", "08:00")),
            List.of(at(DayOfWeek.MONDAY, "08:00:30", "12:00")))) {
      DomainRuleViolation v =
          assertThrows(DomainRuleViolation.class, () -> OpeningHours.of("openingHours", bad));
      assertEquals("openingHours", v.field());
    }
  }

  @Test
  void aPeriodIsCoveredOnlyInsideOneIntervalOfItsDay() {
    // 2040-03-05 is a Monday.
    assertTrue(hours.covers(local("2040-03-05T08:30", "2040-03-05T12:30")));
    assertTrue(hours.covers(local("2040-03-05T15:00", "2040-03-05T16:00")));
    assertFalse(hours.covers(local("2040-03-05T08:00", "2040-03-05T09:00")), "before opening");
    assertFalse(hours.covers(local("2040-03-05T12:00", "2040-03-05T14:30")), "across the break");
    assertFalse(hours.covers(local("2040-03-06T09:00", "2040-03-06T10:00")), "Tuesday morning");
    assertFalse(hours.covers(local("2040-03-07T09:00", "2040-03-07T10:00")), "closed Wednesday");
  }

  @Test
  void openPeriodsFollowTheCalendar() {
    // March 2040 has 4 Mondays (5, 12, 19, 26) and 4 Tuesdays (6, 13, 20, 27).
    List<Period> open = hours.openPeriods(LocalDate.of(2040, 3, 1), LocalDate.of(2040, 4, 1));
    assertEquals(12, open.size());
    long minutes = open.stream().mapToLong(p -> p.length().toMinutes()).sum();
    assertEquals(4 * (8 * 60) + 4 * (4 * 60), minutes);
  }
}
