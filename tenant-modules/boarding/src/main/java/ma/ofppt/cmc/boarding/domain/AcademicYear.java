package ma.ofppt.cmc.boarding.domain;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** An academic year written {@code 2035-2036}: two consecutive years. */
public record AcademicYear(String value) {
  public AcademicYear {
    DomainRuleViolation.require(
        value != null && value.matches("\\d{4}-\\d{4}"), "academicYear", "use the form 2035-2036");
    int first = Integer.parseInt(value.substring(0, 4));
    DomainRuleViolation.require(
        Integer.parseInt(value.substring(5)) == first + 1,
        "academicYear",
        "the second year must follow the first");
  }

  public int firstYear() {
    return Integer.parseInt(value.substring(0, 4));
  }

  /** The academic year {@code n} years before this one. */
  public AcademicYear minus(int years) {
    int first = firstYear() - years;
    return new AcademicYear(first + "-" + (first + 1));
  }

  @Override
  public String toString() {
    return value;
  }
}
