package ma.ofppt.cmc.hq.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of HQ's figures to sum and how to group them: by the dimensions of {@link #groupBy()} (in
 * that order, never {@link Dimension#REGION}, which HQ folds from cities), keeping only figures
 * whose value of a filtered dimension is one of those given.
 */
public record FigureQuery(List<Dimension> groupBy, Map<Dimension, Set<String>> filters) {
  public FigureQuery {
    groupBy = List.copyOf(groupBy);
    if (groupBy.contains(Dimension.REGION) || filters.containsKey(Dimension.REGION)) {
      throw new IllegalArgumentException("regions are folded from cities, not stored");
    }
    filters = filters.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(filters));
  }
}
