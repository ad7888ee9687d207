package ma.ofppt.cmc.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.staff.domain.StaffMember;
import ma.ofppt.cmc.staff.domain.StaffRegister;

/**
 * What the city's staff register sends to HQ: the figures of {@link StaffFigures} per academic year
 * and pole (named by its code), headcounts by kind and contract and the trainers' weekly hours,
 * never a person. The years sent run without a gap from the earlier of the current academic year
 * and the first year with a teaching assignment to the later of the current year and the last year
 * with one; a year in which nobody is employed is left out. Three queries, whatever the number of
 * years (docs/staff-figures.md).
 */
@ApplicationScoped
public class StaffFigureSource implements FigureSource {
  public static final String NAME = "staff";

  static final ZoneId CITY_TIME = ZoneId.of("Africa/Casablanca");

  @Inject StaffRegister register;
  @Inject OfferedProgrammes offer;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional
  public List<Figure> figures() {
    List<StaffMember> staff = register.everyone();
    if (staff.isEmpty()) {
      return List.of();
    }
    TreeMap<String, Map<UUID, Long>> hours =
        new TreeMap<>(register.assignedHoursByYearAndTrainer());
    Map<UUID, String> poles = offer.poleCodes();
    AcademicYear current = AcademicYear.containing(LocalDate.now(CITY_TIME));
    int first = current.firstYear();
    int last = current.firstYear();
    if (!hours.isEmpty()) {
      first = Math.min(first, new AcademicYear(hours.firstKey()).firstYear());
      last = Math.max(last, new AcademicYear(hours.lastKey()).firstYear());
    }
    List<Figure> figures = new ArrayList<>();
    for (int from = first; from <= last; from++) {
      AcademicYear y = new AcademicYear(from + "-" + (from + 1));
      List<StaffMember> employed =
          staff.stream().filter(m -> m.employedBetween(y.firstDay(), y.lastDay())).toList();
      if (employed.isEmpty()) {
        continue;
      }
      StaffFigures.YearFigures f =
          StaffFigures.compute(y.value(), employed, hours.getOrDefault(y.value(), Map.of()));
      for (StaffFigures.PoleFigures p : f.byPole()) {
        String pole = poles.getOrDefault(p.poleId(), "");
        StaffFigures.Figures c = p.figures();
        add(figures, y, pole, "trainers", c.trainers().total());
        add(figures, y, pole, "trainers-permanent", c.trainers().permanent());
        add(figures, y, pole, "trainers-fixed-term", c.trainers().fixedTerm());
        add(figures, y, pole, "trainers-part-time-vacation", c.trainers().partTimeVacation());
        add(figures, y, pole, "administrative-staff", c.administrative().total());
        add(figures, y, pole, "administrative-permanent", c.administrative().permanent());
        add(figures, y, pole, "administrative-fixed-term", c.administrative().fixedTerm());
        add(
            figures,
            y,
            pole,
            "administrative-part-time-vacation",
            c.administrative().partTimeVacation());
        add(figures, y, pole, "ceiling-weekly-hours", c.trainerCeilingHours());
        add(figures, y, pole, "assigned-weekly-hours", c.assignedHours());
      }
    }
    return figures;
  }

  private static void add(
      List<Figure> figures, AcademicYear year, String pole, String measure, long value) {
    figures.add(Figure.ofIntake(year.value(), measure, value).withPole(pole));
  }
}
