package ma.ofppt.cmc.admissions.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * The inputs a programme's selection uses for one wish, on the Moroccan 0–20 scale with two
 * decimals: the grade average (always), a written test and an interview (where the programme holds
 * them).
 */
public record ScoreInputs(
    BigDecimal gradeAverage, BigDecimal testScore, BigDecimal interviewScore) {
  public static final BigDecimal MAX = BigDecimal.valueOf(20);

  /** Checks each input; {@code prefix} is the wish's field path, e.g. {@code wishes[1]}. */
  public static ScoreInputs of(
      String prefix, BigDecimal grade, BigDecimal test, BigDecimal interview) {
    DomainRuleViolation.require(grade != null, prefix + ".gradeAverage", "required (0 to 20)");
    return new ScoreInputs(
        checked(prefix + ".gradeAverage", grade),
        test == null ? null : checked(prefix + ".testScore", test),
        interview == null ? null : checked(prefix + ".interviewScore", interview));
  }

  private static BigDecimal checked(String field, BigDecimal value) {
    DomainRuleViolation.require(
        value.signum() >= 0 && value.compareTo(MAX) <= 0, field, "between 0 and 20");
    DomainRuleViolation.require(
        value.stripTrailingZeros().scale() <= 2, field, "at most two decimals");
    return value.setScale(2, RoundingMode.UNNECESSARY);
  }
}
