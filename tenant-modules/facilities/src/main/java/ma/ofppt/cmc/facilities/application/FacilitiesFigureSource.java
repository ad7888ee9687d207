package ma.ofppt.cmc.facilities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import ma.ofppt.cmc.facilities.domain.Booking;
import ma.ofppt.cmc.facilities.domain.BookingStatus;
import ma.ofppt.cmc.facilities.domain.Facilities;
import ma.ofppt.cmc.facilities.domain.FacilityResource;
import ma.ofppt.cmc.facilities.domain.OpeningHours;
import ma.ofppt.cmc.facilities.domain.Period;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.domain.AcademicYear;

/**
 * What the city's platforms and shared structures send to HQ: per academic year (September to
 * August), the sums over its twelve months of the city's figures of {@link UtilisationFigures},
 * month by month as {@code GET /v1/facilities/utilisation/{month}} gives them: open hours, booked
 * hours and bookings. The utilisation is HQ's to derive ({@code booked-hours ÷ available-hours}).
 * The years sent are the current one and every year with a BOOKED booking. Three queries for all
 * years (docs/facilities-figures.md).
 */
@ApplicationScoped
public class FacilitiesFigureSource implements FigureSource {
  public static final String NAME = "facilities";

  @Inject Facilities facilities;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional
  public List<Figure> figures() {
    List<FacilityResource> active = facilities.resources(null, true);
    if (active.isEmpty()) {
      return List.of();
    }
    Set<String> years = new TreeSet<>();
    years.add(AcademicYear.containing(LocalDate.now(OpeningHours.ZONE)).value());
    Optional<Period> span = facilities.bookedSpan();
    // A booking lies within one local day, so within the month it starts in.
    Map<YearMonth, List<Booking>> byMonth = new HashMap<>();
    if (span.isPresent()) {
      AcademicYear first = yearOf(span.get().start());
      AcademicYear last = yearOf(span.get().end());
      for (Booking b :
          facilities.bookings(
              null,
              new Period(startOf(first.firstDay()), startOf(last.lastDay().plusDays(1))),
              BookingStatus.BOOKED)) {
        LocalDate day = b.period().start().atZone(OpeningHours.ZONE).toLocalDate();
        byMonth.computeIfAbsent(YearMonth.from(day), m -> new ArrayList<>()).add(b);
        years.add(AcademicYear.containing(day).value());
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (String y : years) {
      YearMonth month = YearMonth.from(new AcademicYear(y).firstDay());
      BigDecimal open = BigDecimal.ZERO.setScale(2);
      BigDecimal bookedHours = BigDecimal.ZERO.setScale(2);
      long bookings = 0;
      for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
        UtilisationFigures.MonthFigures m =
            UtilisationFigures.compute(month, active, byMonth.getOrDefault(month, List.of()));
        open = open.add(m.city().openHours());
        bookedHours = bookedHours.add(m.city().bookedHours());
        bookings += m.bookings();
      }
      figures.add(Figure.ofIntake(y, "available-hours", open));
      figures.add(Figure.ofIntake(y, "booked-hours", bookedHours));
      figures.add(Figure.ofIntake(y, "bookings", bookings));
    }
    return figures;
  }

  private static AcademicYear yearOf(Instant instant) {
    return AcademicYear.containing(instant.atZone(OpeningHours.ZONE).toLocalDate());
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(OpeningHours.ZONE).toInstant();
  }
}
