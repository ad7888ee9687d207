package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.admissions.domain.Placements.IntakeCounts;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/**
 * What the city's admissions send to HQ: the counts of {@link AdmissionFigures} (applications,
 * first choices, offers, acceptances, enrolled) of every intake with admissions data, per sector,
 * pole and level of the programmes the training offer offers in it. Seats are not repeated here:
 * they are the training offer's figures ({@code first-year-seats}), so HQ divides this source's
 * numerators by that source's denominator. Three grouped queries for all intakes, then the offer of
 * each intake found and the pole codes; no personal data (docs/admissions-figures.md).
 */
@ApplicationScoped
public class AdmissionFigureSource implements FigureSource {
  public static final String NAME = "admissions";

  /** The measures, in the order of the counts kept per intake and programme. */
  static final List<String> MEASURES =
      List.of("applications", "first-choices", "offers", "acceptances", "enrolled");

  @Inject Placements placements;
  @Inject OfferedProgrammes offer;

  @Override
  public String name() {
    return NAME;
  }

  /** A sector, pole and level of an intake. */
  private record Group(String academicYear, String sector, String pole, String level) {
    static final Comparator<Group> ORDER =
        Comparator.comparing(Group::academicYear)
            .thenComparing(Group::sector)
            .thenComparing(Group::pole)
            .thenComparing(Group::level);
  }

  @Override
  @Transactional
  public List<Figure> figures() {
    // Per intake and programme: applications, first choices, offers, acceptances, enrolled.
    Map<String, Map<UUID, long[]>> counts = new TreeMap<>();
    add(counts, placements.wishCountsByIntake(), 0, 1);
    add(counts, placements.offerCountsByIntake(), 2, 3);
    add(counts, placements.enrolledCountsByIntake(), 4, -1);
    if (counts.isEmpty()) {
      return List.of();
    }
    Map<UUID, String> poles = offer.poleCodes();
    Map<Group, long[]> groups = new TreeMap<>(Group.ORDER);
    for (Map.Entry<String, Map<UUID, long[]>> intake : counts.entrySet()) {
      // As AdmissionFigures: the programmes the offer opens seats in, nothing else.
      for (OfferedProgramme p : offer.offeredIn(intake.getKey())) {
        long[] c = intake.getValue().get(p.id());
        if (c == null) {
          continue;
        }
        long[] sum =
            groups.computeIfAbsent(
                new Group(intake.getKey(), p.sectorCode(), poles.get(p.poleId()), p.level()),
                g -> new long[MEASURES.size()]);
        for (int i = 0; i < sum.length; i++) {
          sum[i] += c[i];
        }
      }
    }
    List<Figure> figures = new ArrayList<>();
    groups.forEach(
        (g, sum) -> {
          for (int i = 0; i < sum.length; i++) {
            figures.add(
                Figure.ofIntake(g.academicYear(), MEASURES.get(i), sum[i])
                    .withSector(g.sector())
                    .withPole(g.pole())
                    .withLevel(g.level()));
          }
        });
    return figures;
  }

  /** Puts {@code count} at index {@code at} and {@code part} at {@code partAt} (unless -1). */
  private static void add(
      Map<String, Map<UUID, long[]>> counts, List<IntakeCounts> rows, int at, int partAt) {
    for (IntakeCounts row : rows) {
      long[] c =
          counts
              .computeIfAbsent(row.academicYear(), y -> new HashMap<>())
              .computeIfAbsent(row.programmeId(), p -> new long[MEASURES.size()]);
      c[at] = row.count();
      if (partAt >= 0) {
        c[partAt] = row.part();
      }
    }
  }
}
