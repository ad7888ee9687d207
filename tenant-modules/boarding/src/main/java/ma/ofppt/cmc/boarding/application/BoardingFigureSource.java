package ma.ofppt.cmc.boarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ma.ofppt.cmc.boarding.domain.ApplicationStatus;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.boarding.domain.BoardingHouse.YearHolding;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeCount;

/**
 * What the city's boarding house sends to HQ: the counts of {@link BoardingFigures} for the whole
 * house, today in Moroccan time (the day the city's own figures describe by default), for every
 * academic year with a policy or an application, and the current academic year when the house has
 * beds. The occupancy and the housed share are HQ's to derive ({@code occupied-beds ÷ beds}, {@code
 * housed-trainees ÷ trainees}). Five queries for all years, the last one counting the trainee
 * records of the intakes still in training without reading any (docs/boarding-figures.md).
 */
@ApplicationScoped
public class BoardingFigureSource implements FigureSource {
  public static final String NAME = "boarding";

  @Inject BoardingHouse house;
  @Inject TraineeRecords trainees;

  private final Clock clock = Clock.systemUTC();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional
  public List<Figure> figures() {
    LocalDate today = AllocationService.today(clock);
    long beds = house.bedCount();
    Map<String, Map<ApplicationStatus, Long>> applications = house.applicationCountsByYear();
    Map<String, YearHolding> holding = new HashMap<>();
    house.holdingByYear(today).forEach(h -> holding.put(h.academicYear(), h));
    Set<String> years = new TreeSet<>(applications.keySet());
    years.addAll(house.policyYears());
    years.addAll(holding.keySet());
    if (beds > 0) {
      years.add(AcademicYear.containing(today).value());
    }
    // As BoardingFigures: current trainees of the year's intake and of the two before it.
    Set<String> intakes = new TreeSet<>();
    for (String y : years) {
      for (int back = 0; back < BoardingFigures.INTAKES_IN_TRAINING; back++) {
        intakes.add(new AcademicYear(y).minus(back).value());
      }
    }
    Map<String, Long> current = new HashMap<>();
    for (TraineeCount c : trainees.countsOf(intakes)) {
      if (c.status().equals("ACTIVE") || c.status().equals("SUSPENDED")) {
        current.merge(c.academicYear(), c.trainees(), Long::sum);
      }
    }
    List<Figure> figures = new ArrayList<>();
    for (String y : years) {
      AcademicYear year = new AcademicYear(y);
      YearHolding held = holding.getOrDefault(y, new YearHolding(y, 0, 0, 0));
      Map<ApplicationStatus, Long> applied = applications.getOrDefault(y, Map.of());
      long inTraining = 0;
      for (int back = 0; back < BoardingFigures.INTAKES_IN_TRAINING; back++) {
        inTraining += current.getOrDefault(year.minus(back).value(), 0L);
      }
      figures.add(Figure.ofIntake(y, "beds", beds));
      figures.add(Figure.ofIntake(y, "allocated-beds", held.allocated()));
      figures.add(Figure.ofIntake(y, "occupied-beds", held.occupied()));
      figures.add(
          Figure.ofIntake(y, "waitlisted", applied.getOrDefault(ApplicationStatus.WAITLISTED, 0L)));
      figures.add(
          Figure.ofIntake(
              y, "pending-applications", applied.getOrDefault(ApplicationStatus.PENDING, 0L)));
      figures.add(Figure.ofIntake(y, "boarding-applicants", BoardingFigures.applicants(applied)));
      figures.add(Figure.ofIntake(y, "trainees", inTraining));
      figures.add(Figure.ofIntake(y, "housed-trainees", held.trainees()));
    }
    return figures;
  }
}
