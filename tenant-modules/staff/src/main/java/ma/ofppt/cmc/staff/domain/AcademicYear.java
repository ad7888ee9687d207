package ma.ofppt.cmc.staff.domain;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * An academic year such as {@code 2031-2032}, from 1 September of its first year to 31 August of
 * its second: the period a year's headcount is taken over.
 */
public record AcademicYear(String value) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

  public AcademicYear {
    DomainRuleViolation.require(isValid(value), "academicYear", "use the form 2031-2032");
  }

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

  public LocalDate firstDay() {
    return LocalDate.of(Integer.parseInt(value.substring(0, 4)), 9, 1);
  }

  public LocalDate lastDay() {
    return LocalDate.of(Integer.parseInt(value.substring(5, 9)), 8, 31);
  }

  @Override
  public String toString() {
    return value;
  }
}
