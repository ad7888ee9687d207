package ma.ofppt.cmc.finance.api;

import java.math.BigDecimal;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FunderSplit;

/** A split across the four funders as the API writes it (amounts as JSON numbers, 2 decimals). */
public record SplitView(
    BigDecimal REGION, BigDecimal STATE, BigDecimal OFPPT, BigDecimal HASSAN_II_FUND) {
  static SplitView of(FunderSplit split) {
    return new SplitView(
        split.share(Funder.REGION),
        split.share(Funder.STATE),
        split.share(Funder.OFPPT),
        split.share(Funder.HASSAN_II_FUND));
  }
}
