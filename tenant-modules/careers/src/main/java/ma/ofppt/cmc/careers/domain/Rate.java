package ma.ofppt.cmc.careers.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage together with what it is made of, so that a reader (or headquarters, summing cities)
 * never sees a rate without its base: {@code value} = numerator ÷ base × 100, one decimal,
 * half-even; {@code null} when the base is 0; {@code smallBase} when the base is under {@link
 * #SMALL_BASE}, where one answer more or less moves the rate by several points and it should not be
 * read, compared or published on its own.
 */
public record Rate(BigDecimal value, long numerator, long base, boolean smallBase) {
  public static final int SMALL_BASE = 10;

  public static Rate of(long numerator, long base) {
    if (numerator < 0 || base < 0 || numerator > base) {
      throw new IllegalArgumentException(numerator + " of " + base);
    }
    BigDecimal value =
        base == 0
            ? null
            : BigDecimal.valueOf(numerator * 100L)
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_EVEN);
    return new Rate(value, numerator, base, base < SMALL_BASE);
  }
}
