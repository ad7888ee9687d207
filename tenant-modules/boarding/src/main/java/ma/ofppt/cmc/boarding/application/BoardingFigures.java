package ma.ofppt.cmc.boarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.boarding.domain.ApplicationStatus;
import ma.ofppt.cmc.boarding.domain.BedAssignment;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeRecord;

/**
 * The boarding figures of a city for an academic year and a day: beds, occupancy, the share of
 * trainees housed against the programme's 16 % target, the waitlist and catering counts. Each is
 * defined once, in docs/boarding-figures.md; they carry no personal data, ready for consolidation.
 */
@ApplicationScoped
public class BoardingFigures {
  /** The programme's target: lodging and catering for 16 % of trainees. */
  public static final BigDecimal TARGET_SHARE = new BigDecimal("16.0");

  /** Breakfast, lunch and dinner for every boarder present. */
  public static final int MEALS_PER_BOARDER = 3;

  /**
   * Training lasts at most 36 months: a year's trainees come from its intake and the two before.
   */
  static final int INTAKES_IN_TRAINING = 3;

  @Inject BoardingHouse house;
  @Inject TraineeRecords trainees;

  /** The counts of one sex's wings (or of the whole house). */
  public record Occupancy(
      String sex,
      long beds,
      long allocatedBeds,
      long occupiedBeds,
      BigDecimal occupancyRate,
      long waitlisted) {}

  /** Meals to prepare on the day. */
  public record Catering(
      long boardersPresent, long breakfasts, long lunches, long dinners, long mealsPerDay) {
    static Catering of(long boardersPresent) {
      return new Catering(
          boardersPresent,
          boardersPresent,
          boardersPresent,
          boardersPresent,
          boardersPresent * MEALS_PER_BOARDER);
    }
  }

  /** The figures of the city. */
  public record Figures(
      String academicYear,
      LocalDate on,
      Occupancy house,
      List<Occupancy> bySex,
      long trainees,
      long housedTrainees,
      BigDecimal housedShare,
      BigDecimal targetShare,
      long housedAtTarget,
      long shortfall,
      long pendingApplications,
      long applications,
      Catering catering) {}

  @Transactional
  public Figures of(String academicYear, LocalDate day) {
    AcademicYear year = new AcademicYear(academicYear);
    List<BedAssignment> holding =
        house.holdingOn(day).stream().filter(a -> a.academicYear().equals(year.value())).toList();
    List<Occupancy> bySex = new ArrayList<>();
    for (Sex sex : Sex.values()) {
      long beds = house.bedCount(sex);
      long allocated = holding.stream().filter(a -> a.sex() == sex).count();
      long occupied = holding.stream().filter(a -> a.sex() == sex && a.presentOn(day)).count();
      long waitlisted = house.countApplications(year, ApplicationStatus.WAITLISTED, sex);
      bySex.add(
          new Occupancy(
              sex.name(), beds, allocated, occupied, percent(occupied, beds), waitlisted));
    }
    long beds = bySex.stream().mapToLong(Occupancy::beds).sum();
    long allocated = bySex.stream().mapToLong(Occupancy::allocatedBeds).sum();
    long occupied = bySex.stream().mapToLong(Occupancy::occupiedBeds).sum();
    long waitlisted = bySex.stream().mapToLong(Occupancy::waitlisted).sum();
    Occupancy whole =
        new Occupancy(null, beds, allocated, occupied, percent(occupied, beds), waitlisted);

    Set<UUID> inTraining = new HashSet<>();
    for (int back = 0; back < INTAKES_IN_TRAINING; back++) {
      for (TraineeRecord trainee : trainees.traineesOf(year.minus(back).value())) {
        if (trainee.isCurrent()) {
          inTraining.add(trainee.id());
        }
      }
    }
    long traineeCount = inTraining.size();
    long housed = holding.stream().map(BedAssignment::traineeId).distinct().count();
    long atTarget = atTarget(traineeCount);
    long pending =
        house.countApplications(year, ApplicationStatus.PENDING, Sex.F)
            + house.countApplications(year, ApplicationStatus.PENDING, Sex.M);
    long applications =
        applicants(house.applicationCountsByYear().getOrDefault(year.value(), Map.of()));
    return new Figures(
        year.value(),
        day,
        whole,
        bySex,
        traineeCount,
        housed,
        percent(housed, traineeCount),
        TARGET_SHARE,
        atTarget,
        Math.max(0, atTarget - housed),
        pending,
        applications,
        Catering.of(occupied));
  }

  /** The year's applications that are not withdrawn: one per trainee applying for a bed. */
  static long applicants(Map<ApplicationStatus, Long> byStatus) {
    return byStatus.entrySet().stream()
        .filter(e -> e.getKey() != ApplicationStatus.WITHDRAWN)
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** Trainees to house to meet the target: ⌈trainees × 16 ÷ 100⌉. */
  static long atTarget(long traineeCount) {
    return (traineeCount * 16 + 99) / 100;
  }

  /** {@code part} in percent of {@code whole}, one decimal, half up; null when whole is 0. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
