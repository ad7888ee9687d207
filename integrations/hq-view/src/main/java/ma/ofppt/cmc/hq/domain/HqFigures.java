package ma.ofppt.cmc.hq.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** HQ's figures and their freshness, as the store holds them (read side). */
public interface HqFigures {

  /** The figures summed per group, groups in key order. */
  List<FigureGroup> sums(FigureQuery query);

  /** Every source of every city HQ has received, by city and source. */
  List<SourceFreshness> freshness();

  /** HQ's totals of one city (the frozen values in its closed periods). */
  Map<Total, BigDecimal> totals(String city);

  /** Per source, when the city computed the snapshot HQ applied last. */
  Map<String, Instant> computedAt(String city);
}
