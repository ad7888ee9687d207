package ma.ofppt.cmc.hq.domain;

import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * A period of the national figures, as the cities' figures carry it: an intake ({@code
 * intake:2025-2026}, what belongs to an academic year) or a fiscal year ({@code fiscal:2026}). It
 * is what HQ closes and reopens per city.
 */
public record Period(String value) {
  public static final String INTAKE = "intake:";
  public static final String FISCAL = "fiscal:";

  public Period {
    DomainRuleViolation.require(
        isValid(value), "period", "use intake:YYYY-YYYY (an academic year) or fiscal:YYYY");
  }

  public static boolean isValid(String value) {
    if (value == null) {
      return false;
    }
    if (value.startsWith(INTAKE)) {
      return AcademicYear.isValid(value.substring(INTAKE.length()));
    }
    if (value.startsWith(FISCAL)) {
      String year = value.substring(FISCAL.length());
      return year.matches("\\d{4}")
          && Integer.parseInt(year) >= 2000
          && Integer.parseInt(year) <= 2100;
    }
    return false;
  }

  public boolean isIntake() {
    return value.startsWith(INTAKE);
  }

  @Override
  public String toString() {
    return value;
  }
}
