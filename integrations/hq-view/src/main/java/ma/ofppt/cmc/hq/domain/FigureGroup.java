package ma.ofppt.cmc.hq.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The sums of one group of HQ's figures: the group's values of the dimensions grouped by (in the
 * order asked), and each measure summed over the group.
 */
public record FigureGroup(List<String> key, Map<String, BigDecimal> sums) {
  public FigureGroup {
    key = List.copyOf(key);
    sums = Map.copyOf(sums);
  }
}
