package ma.ofppt.cmc.offer.application;

import java.util.List;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.offer.domain.TrainingLevel;

/** A city's active programmes and seats for one academic year, per pole and level. */
public record OfferSummary(String academicYear, Counts totals, List<PoleSummary> poles) {
  public record Counts(long programmes, long totalSeats, long firstYearSeats) {
    Counts plus(Counts other) {
      return new Counts(
          programmes + other.programmes,
          totalSeats + other.totalSeats,
          firstYearSeats + other.firstYearSeats);
    }

    static final Counts ZERO = new Counts(0, 0, 0);
  }

  public record LevelSummary(TrainingLevel level, Counts counts) {}

  public record PoleSummary(Pole pole, Counts counts, List<LevelSummary> levels) {}
}
