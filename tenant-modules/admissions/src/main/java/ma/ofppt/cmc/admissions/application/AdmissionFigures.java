package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/**
 * The admissions figures of an intake, per programme, pole, level and for the city: the numbers
 * headquarters consolidates. Each is defined once, in docs/admissions-figures.md; rates are
 * computed from the summed counts at every level, never averaged.
 */
@ApplicationScoped
public class AdmissionFigures {
  @Inject OfferedProgrammes offer;
  @Inject Placements placements;

  /** The counts of a group of programmes, and the rates derived from them. */
  public record Figures(
      long totalSeats,
      long firstYearSeats,
      long applications,
      long firstChoices,
      BigDecimal demandRate,
      BigDecimal applicantsPerSeat,
      long offers,
      long acceptances,
      long enrolled,
      BigDecimal fillRate) {

    static Figures of(
        long total,
        long firstYear,
        long applications,
        long firstChoices,
        long offers,
        long acceptances,
        long enrolled) {
      return new Figures(
          total,
          firstYear,
          applications,
          firstChoices,
          percent(applications, firstYear),
          ratio(firstChoices, firstYear),
          offers,
          acceptances,
          enrolled,
          percent(enrolled, firstYear));
    }

    Figures plus(Figures o) {
      return of(
          totalSeats + o.totalSeats,
          firstYearSeats + o.firstYearSeats,
          applications + o.applications,
          firstChoices + o.firstChoices,
          offers + o.offers,
          acceptances + o.acceptances,
          enrolled + o.enrolled);
    }

    static final Figures NONE = of(0, 0, 0, 0, 0, 0, 0);
  }

  public record ProgrammeFigures(
      UUID programmeId, String code, UUID poleId, String level, Figures figures) {}

  public record GroupFigures(String key, Figures figures) {}

  public record IntakeFigures(
      String academicYear,
      Figures city,
      List<GroupFigures> byPole,
      List<GroupFigures> byLevel,
      List<ProgrammeFigures> byProgramme) {}

  @Transactional
  public IntakeFigures of(String academicYear) {
    Map<UUID, long[]> wishes = placements.wishCounts(academicYear);
    Map<UUID, long[]> offers = placements.offerCounts(academicYear);
    Map<UUID, Long> enrolled = placements.enrolledCounts(academicYear);
    List<ProgrammeFigures> programmes = new ArrayList<>();
    for (OfferedProgramme p : offer.offeredIn(academicYear)) {
      long[] w = wishes.getOrDefault(p.id(), new long[2]);
      long[] o = offers.getOrDefault(p.id(), new long[2]);
      programmes.add(
          new ProgrammeFigures(
              p.id(),
              p.code(),
              p.poleId(),
              p.level(),
              Figures.of(
                  p.totalSeats(),
                  p.firstYearSeats(),
                  w[0],
                  w[1],
                  o[0],
                  o[1],
                  enrolled.getOrDefault(p.id(), 0L))));
    }
    programmes.sort(Comparator.comparing(ProgrammeFigures::code));
    Figures city =
        programmes.stream().map(ProgrammeFigures::figures).reduce(Figures.NONE, Figures::plus);
    return new IntakeFigures(
        academicYear,
        city,
        group(programmes, pf -> pf.poleId().toString()),
        group(programmes, ProgrammeFigures::level),
        programmes);
  }

  private static List<GroupFigures> group(
      List<ProgrammeFigures> programmes, Function<ProgrammeFigures, String> key) {
    Map<String, Figures> groups = new LinkedHashMap<>();
    programmes.stream()
        .sorted(Comparator.comparing(key))
        .forEach(p -> groups.merge(key.apply(p), p.figures(), Figures::plus));
    return groups.entrySet().stream().map(e -> new GroupFigures(e.getKey(), e.getValue())).toList();
  }

  /** part ÷ whole × 100, one decimal, HALF_EVEN; null when there is no seat to divide by. */
  static BigDecimal percent(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part * 100L)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_EVEN);
  }

  /** part ÷ whole, two decimals, HALF_EVEN; null when there is no seat to divide by. */
  static BigDecimal ratio(long part, long whole) {
    return whole == 0
        ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN);
  }
}
