package ma.ofppt.cmc.platform.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year such as {@code 2025-2026}: the intake a programme's seats, an application, a
 * trainee, a teaching assignment or a bed belong to. It runs from 1 September of its first year to
 * 31 August of its second. One value object for every module, so that they all agree on what a
 * valid year is.
 */
public record AcademicYear(String value) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

  public AcademicYear {
    DomainRuleViolation.require(isValid(value), "academicYear", "use the form 2025-2026");
  }

  /** Two consecutive years between 2000 and 2101, such as {@code 2025-2026}. */
  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    Matcher m = YEAR.matcher(value);
    return m.matches()
        && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1
        && Integer.parseInt(m.group(1)) >= 2000
        && Integer.parseInt(m.group(1)) <= 2100;
  }

  /** The academic year {@code day} falls in (September to August). */
  public static AcademicYear containing(LocalDate day) {
    int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    return new AcademicYear(first + "-" + (first + 1));
  }

  public int firstYear() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /** 1 September of the first year. */
  public LocalDate firstDay() {
    return LocalDate.of(firstYear(), 9, 1);
  }

  /** 31 August of the second year. */
  public LocalDate lastDay() {
    return LocalDate.of(firstYear() + 1, 8, 31);
  }

  /** The academic year {@code years} years before this one. */
  public AcademicYear minus(int years) {
    int first = firstYear() - years;
    return new AcademicYear(first + "-" + (first + 1));
  }

  @Override
  public String toString() {
    return value;
  }
}
