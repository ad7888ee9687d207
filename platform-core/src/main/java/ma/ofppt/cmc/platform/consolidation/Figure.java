package ma.ofppt.cmc.platform.consolidation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One aggregate figure of a city, as HQ receives it: a measure (a count or an amount, never a
 * person) for a period and a combination of dimensions. Dimensions a figure does not have are empty
 * strings, so that figures add up along any dimension HQ groups by. Ratios are never sent: HQ
 * derives them from the summed numerators and denominators (a demand rate from {@code applications}
 * and {@code seats}), which is the only way they stay right when added across cities.
 *
 * @param period {@code intake:2026-2027} for what belongs to an academic year, {@code fiscal:2026}
 *     for what belongs to a fiscal year
 * @param sector the sector's code, or empty
 * @param pole the pole's code, or empty
 * @param level the education level, or empty
 * @param funder the funder (finance), or empty
 * @param category the budget category (finance), or empty
 * @param measure what is counted, e.g. {@code seats}, {@code applications}, {@code paid}
 * @param value the count or the amount (MAD, two decimals)
 */
public record Figure(
    String period,
    String sector,
    String pole,
    String level,
    String funder,
    String category,
    String measure,
    BigDecimal value) {

  private static final Pattern PERIOD = Pattern.compile("(intake:\\d{4}-\\d{4})|(fiscal:\\d{4})");
  private static final Pattern MEASURE = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  public Figure {
    Objects.requireNonNull(period, "period");
    if (!PERIOD.matcher(period).matches()) {
      throw new IllegalArgumentException("a figure's period is intake:YYYY-YYYY or fiscal:YYYY");
    }
    if (measure == null || !MEASURE.matcher(measure).matches()) {
      throw new IllegalArgumentException("a figure's measure is a lower-case name: " + measure);
    }
    Objects.requireNonNull(value, "value");
    sector = Objects.requireNonNullElse(sector, "");
    pole = Objects.requireNonNullElse(pole, "");
    level = Objects.requireNonNullElse(level, "");
    funder = Objects.requireNonNullElse(funder, "");
    category = Objects.requireNonNullElse(category, "");
  }

  /** A figure of an academic year (admissions, boarding, facilities, careers, staff). */
  public static Figure ofIntake(String academicYear, String measure, BigDecimal value) {
    return new Figure("intake:" + academicYear, "", "", "", "", "", measure, value);
  }

  /** A figure of a fiscal year (finance). */
  public static Figure ofFiscalYear(int fiscalYear, String measure, BigDecimal value) {
    return new Figure("fiscal:" + fiscalYear, "", "", "", "", "", measure, value);
  }

  public static Figure ofIntake(String academicYear, String measure, long value) {
    return ofIntake(academicYear, measure, BigDecimal.valueOf(value));
  }

  public Figure withSector(String code) {
    return new Figure(period, code, pole, level, funder, category, measure, value);
  }

  public Figure withPole(String code) {
    return new Figure(period, sector, code, level, funder, category, measure, value);
  }

  public Figure withLevel(String code) {
    return new Figure(period, sector, pole, code, funder, category, measure, value);
  }

  public Figure withFunder(String code) {
    return new Figure(period, sector, pole, level, code, category, measure, value);
  }

  public Figure withCategory(String code) {
    return new Figure(period, sector, pole, level, funder, code, measure, value);
  }
}
