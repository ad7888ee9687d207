package ma.ofppt.cmc.offer.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** An academic year such as {@code 2025-2026}: the unit of intakes and seats. */
public record AcademicYear(String value) {
  private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");

  public AcademicYear {
    DomainRuleViolation.require(isValid(value), "academicYear", "use the form 2025-2026");
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

  @Override
  public String toString() {
    return value;
  }
}
