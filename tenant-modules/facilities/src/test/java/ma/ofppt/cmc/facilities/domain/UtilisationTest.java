package ma.ofppt.cmc.facilities.domain;

import static ma.ofppt.cmc.facilities.domain.OpeningHoursTest.at;
import static ma.ofppt.cmc.facilities.domain.OpeningHoursTest.local;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class UtilisationTest {
  /** Open 08:00–12:00 every Monday: March 2040 has 4 Mondays, so 16 open hours. */
  private final OpeningHours mondays =
      OpeningHours.of("h", List.of(at(DayOfWeek.MONDAY, "08:00", "12:00")));

  private final YearMonth march = YearMonth.of(2040, 3);

  @Test
  void bookedHoursOverOpenHours() {
    Utilisation u =
        Utilisation.of(
            mondays,
            List.of(
                local("2040-03-05T08:00", "2040-03-05T10:00"),
                local("2040-03-12T09:00", "2040-03-12T10:00")),
            march);
    assertEquals(new BigDecimal("16.00"), u.openHours());
    assertEquals(new BigDecimal("3.00"), u.bookedHours());
    assertEquals(new BigDecimal("18.8"), u.rate()); // 3 / 16 = 18.75 % -> half-even 18.8
  }

  @Test
  void bookingsAreClippedToOpeningHoursAndToTheMonth() {
    Utilisation u =
        Utilisation.of(
            mondays,
            List.of(
                // 07:00-13:00 under hours changed since: only 08:00-12:00 counts.
                local("2040-03-05T07:00", "2040-03-05T13:00"),
                // A Monday of February, outside the month.
                local("2040-02-27T08:00", "2040-02-27T12:00"),
                // A Tuesday: never open.
                local("2040-03-06T08:00", "2040-03-06T12:00")),
            march);
    assertEquals(new BigDecimal("4.00"), u.bookedHours());
    assertEquals(new BigDecimal("25.0"), u.rate());
  }

  @Test
  void neverOpenHasNoRateAndSumsAddSeconds() {
    Utilisation closed = Utilisation.of(OpeningHours.of("h", List.of()), List.of(), march);
    assertNull(closed.rate());
    Utilisation a = new Utilisation(3600 * 10, 3600);
    Utilisation b = new Utilisation(3600 * 30, 3600 * 29);
    // 30 h booked of 40 h open: 75 %, not the mean of 10 % and 96.7 %.
    assertEquals(new BigDecimal("75.0"), a.plus(b).rate());
  }

  @Test
  void theMonthRunsFromLocalMidnight() {
    Period month = Utilisation.monthPeriod(march);
    assertEquals(local("2040-03-01T00:00", "2040-04-01T00:00"), month);
  }
}
