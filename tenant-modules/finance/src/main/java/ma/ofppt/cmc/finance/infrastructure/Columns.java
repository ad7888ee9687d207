package ma.ofppt.cmc.finance.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.Money;

/** Column names of a funder's share, for the set-based SQL, and amounts read back from it. */
final class Columns {
  private Columns() {}

  /** The share column's name: a constant per funder, never caller input. */
  static String share(Funder funder) {
    return switch (funder) {
      case REGION -> "region_share";
      case STATE -> "state_share";
      case OFPPT -> "ofppt_share";
      case HASSAN_II_FUND -> "hassan_ii_share";
    };
  }

  /** The suffix of a running total's column for a funder: committed_region, paid_hassan_ii. */
  static String suffix(Funder funder) {
    return switch (funder) {
      case REGION -> "region";
      case STATE -> "state";
      case OFPPT -> "ofppt";
      case HASSAN_II_FUND -> "hassan_ii";
    };
  }

  /** A numeric(14,2) read back (null as 0.00), at scale 2. */
  static BigDecimal money(BigDecimal value) {
    return value == null ? Money.ZERO : value.setScale(Money.SCALE, RoundingMode.UNNECESSARY);
  }
}
