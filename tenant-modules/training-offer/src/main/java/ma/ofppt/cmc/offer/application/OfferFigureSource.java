package ma.ofppt.cmc.offer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.ofppt.cmc.offer.domain.OfferCatalogue;
import ma.ofppt.cmc.offer.domain.OfferCatalogue.IntakeSeatCount;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;

/**
 * What the city's training offer sends to HQ (docs/training-offer-figures.md): per academic year,
 * sector, pole and level, the active programmes that open seats and their seats, the same counts as
 * {@code GET /v1/offer/summary}, and the city itself as one institution in each year it opens seats
 * in. Counts only; two queries whatever the number of years.
 */
@ApplicationScoped
public class OfferFigureSource implements FigureSource {
  public static final String NAME = "training-offer";

  @Inject OfferCatalogue catalogue;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  @Transactional
  public List<Figure> figures() {
    Map<UUID, String> poles =
        catalogue.poles().stream().collect(Collectors.toMap(Pole::id, Pole::code));
    List<Figure> figures = new ArrayList<>();
    Set<String> years = new TreeSet<>();
    for (IntakeSeatCount c : catalogue.seatCountsByIntake()) {
      years.add(c.academicYear());
      String pole = poles.get(c.poleId());
      String level = c.level().name();
      figures.add(of(c, "programmes", c.programmes(), pole, level));
      figures.add(of(c, "seats", c.totalSeats(), pole, level));
      figures.add(of(c, "first-year-seats", c.firstYearSeats(), pole, level));
    }
    // One CMC is one institution; it counts in the years it opens seats in.
    years.forEach(year -> figures.add(Figure.ofIntake(year, "institutions", 1)));
    return figures;
  }

  private static Figure of(
      IntakeSeatCount c, String measure, long value, String pole, String level) {
    return Figure.ofIntake(c.academicYear(), measure, value)
        .withSector(c.sectorCode())
        .withPole(pole)
        .withLevel(level);
  }
}
