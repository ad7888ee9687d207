package ma.ofppt.cmc.hq.domain;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import ma.ofppt.cmc.platform.consolidation.Figure;

/**
 * The key of a reconciled total: one measure of one source in one period of a city, summed over
 * every dimension.
 */
public record Total(String source, String period, String measure) implements Comparable<Total> {

  /** The totals of a source's figures. */
  public static Map<Total, BigDecimal> of(String source, Collection<Figure> figures) {
    Map<Total, BigDecimal> totals = new TreeMap<>();
    for (Figure f : figures) {
      totals.merge(new Total(source, f.period(), f.measure()), f.value(), BigDecimal::add);
    }
    return totals;
  }

  @Override
  public int compareTo(Total o) {
    int c = source.compareTo(o.source);
    if (c == 0) {
      c = period.compareTo(o.period);
    }
    return c == 0 ? measure.compareTo(o.measure) : c;
  }
}
