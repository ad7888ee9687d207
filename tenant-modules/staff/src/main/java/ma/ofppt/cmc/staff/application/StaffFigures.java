package ma.ofppt.cmc.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.staff.domain.ContractType;
import ma.ofppt.cmc.staff.domain.StaffKind;
import ma.ofppt.cmc.staff.domain.StaffMember;
import ma.ofppt.cmc.staff.domain.StaffRegister;

/**
 * The staff figures of an academic year, per pole and for the city: headcounts by kind and
 * contract, trainers' ceilings, assigned hours and the load rate. Defined once, in
 * docs/staff-figures.md; counts only, no personal data, so they are ready for consolidation. The
 * load rate is computed from the summed hours at every level, never averaged.
 */
@ApplicationScoped
public class StaffFigures {
  @Inject StaffRegister register;

  /** Headcount of one kind of staff, by contract. */
  public record Headcount(long total, long permanent, long fixedTerm, long partTimeVacation) {
    static final Headcount NONE = new Headcount(0, 0, 0, 0);

    Headcount plus(Headcount o) {
      return new Headcount(
          total + o.total,
          permanent + o.permanent,
          fixedTerm + o.fixedTerm,
          partTimeVacation + o.partTimeVacation);
    }

    static Headcount one(ContractType contract) {
      return new Headcount(
          1,
          contract == ContractType.PERMANENT ? 1 : 0,
          contract == ContractType.FIXED_TERM ? 1 : 0,
          contract == ContractType.PART_TIME_VACATION ? 1 : 0);
    }
  }

  /** The figures of a pole or of the city. */
  public record Figures(
      long headcount,
      Headcount trainers,
      Headcount administrative,
      long trainerCeilingHours,
      long assignedHours,
      BigDecimal loadRate) {
    static final Figures NONE = of(Headcount.NONE, Headcount.NONE, 0, 0);

    static Figures of(Headcount trainers, Headcount administrative, long ceiling, long assigned) {
      return new Figures(
          trainers.total() + administrative.total(),
          trainers,
          administrative,
          ceiling,
          assigned,
          percent(assigned, ceiling));
    }

    Figures plus(Figures o) {
      return of(
          trainers.plus(o.trainers),
          administrative.plus(o.administrative),
          trainerCeilingHours + o.trainerCeilingHours,
          assignedHours + o.assignedHours);
    }
  }

  public record PoleFigures(UUID poleId, Figures figures) {}

  public record YearFigures(String academicYear, Figures city, List<PoleFigures> byPole) {}

  @Transactional
  public YearFigures of(AcademicYear year) {
    Map<UUID, Long> assigned = register.assignedHoursByTrainer(year.value());
    return compute(
        year.value(), register.employedBetween(year.firstDay(), year.lastDay()), assigned);
  }

  /** The figures from the staff employed in the year and each trainer's assigned hours. */
  static YearFigures compute(String year, List<StaffMember> employed, Map<UUID, Long> assigned) {
    Map<UUID, Figures> poles = new TreeMap<>();
    for (StaffMember m : employed) {
      Figures own =
          m.kind() == StaffKind.TRAINER
              ? Figures.of(
                  Headcount.one(m.contractType()),
                  Headcount.NONE,
                  m.weeklyCeilingHours().orElse(0),
                  assigned.getOrDefault(m.id(), 0L))
              : Figures.of(Headcount.NONE, Headcount.one(m.contractType()), 0, 0);
      poles.merge(m.poleId(), own, Figures::plus);
    }
    Figures city = poles.values().stream().reduce(Figures.NONE, Figures::plus);
    return new YearFigures(
        year,
        city,
        poles.entrySet().stream().map(e -> new PoleFigures(e.getKey(), e.getValue())).toList());
  }

  /** part ÷ whole × 100, one decimal, HALF_EVEN; null when there is no ceiling to divide by. */
  static BigDecimal percent(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
  }
}
