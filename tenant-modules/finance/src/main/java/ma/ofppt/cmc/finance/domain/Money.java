package ma.ofppt.cmc.finance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * Amounts in Moroccan dirhams: {@link BigDecimal} at scale 2, never a floating-point number. An
 * amount with more than two decimals is refused rather than rounded, because a rounded dirham is a
 * dirham no funder can trace.
 */
public final class Money {
  public static final int SCALE = 2;
  public static final String CURRENCY = "MAD";
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

  /** numeric(14,2): up to 999,999,999,999.99 MAD. */
  public static final BigDecimal MAX = new BigDecimal("999999999999.99");

  private Money() {}

  /** An amount of zero or more with at most two decimals, at scale 2. */
  public static BigDecimal amount(String field, BigDecimal value) {
    DomainRuleViolation.require(value != null, field, "required");
    DomainRuleViolation.require(
        value.stripTrailingZeros().scale() <= SCALE,
        field,
        "has more than " + SCALE + " decimals: " + value.toPlainString());
    DomainRuleViolation.require(value.signum() >= 0, field, "must not be negative");
    DomainRuleViolation.require(value.compareTo(MAX) <= 0, field, "is larger than " + MAX);
    return value.setScale(SCALE, RoundingMode.UNNECESSARY);
  }

  /** Like {@link #amount} but strictly above zero. */
  public static BigDecimal positive(String field, BigDecimal value) {
    BigDecimal amount = amount(field, value);
    DomainRuleViolation.require(amount.signum() > 0, field, "must be more than 0.00");
    return amount;
  }

  /**
   * The plain decimal text of an amount, as the ledger and the exports write it: {@code 1250.00}.
   */
  public static String plain(BigDecimal value) {
    return value.setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
  }
}
