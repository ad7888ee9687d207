package ma.ofppt.cmc.offer.application;

import java.util.List;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.offer.domain.TrainingLevel;

/**
 * A city's offer in one academic year, per pole and level: the active programmes that open seats
 * that year (a programme with no intake that year is not offered in it), and their seats.
 */
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
