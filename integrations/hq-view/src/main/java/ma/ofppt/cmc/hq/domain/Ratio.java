package ma.ofppt.cmc.hq.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * A derived national figure: a numerator measure over a denominator measure, computed from the sums
 * of a group (the only way a rate stays right when cities are added up, ADR 0016), times a factor
 * (100 for a percentage), rounded as the cities round the same figure.
 *
 * @param name the ratio's name in the API, e.g. {@code demand-rate}
 * @param numerator the measure summed above the line
 * @param denominator the measure summed below it
 * @param factor 100 for a percentage, 1 for a plain quotient
 * @param scale decimals kept
 * @param rounding as the cities' own definition of the figure rounds
 */
public record Ratio(
    String name,
    String numerator,
    String denominator,
    BigDecimal factor,
    int scale,
    RoundingMode rounding) {
  public Ratio {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0) {
      throw new IllegalArgumentException("a ratio keeps zero decimals or more");
    }
  }

  public static Ratio percent(
      String name, String numerator, String denominator, int scale, RoundingMode rounding) {
    return new Ratio(name, numerator, denominator, BigDecimal.valueOf(100), scale, rounding);
  }

  public static Ratio quotient(
      String name, String numerator, String denominator, int scale, RoundingMode rounding) {
    return new Ratio(name, numerator, denominator, BigDecimal.ONE, scale, rounding);
  }

  /** True when the group has both measures, so that the ratio means something for it. */
  public boolean appliesTo(Map<String, BigDecimal> sums) {
    return sums.containsKey(numerator) && sums.containsKey(denominator);
  }

  /** The ratio of the group's sums; null when the denominator is zero (a rate of nothing). */
  public BigDecimal of(Map<String, BigDecimal> sums) {
    BigDecimal below = sums.get(denominator);
    BigDecimal above = sums.get(numerator);
    if (above == null || below == null || below.signum() == 0) {
      return null;
    }
    return above.multiply(factor).divide(below, scale, rounding);
  }
}
