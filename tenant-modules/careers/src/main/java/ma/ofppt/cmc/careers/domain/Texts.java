package ma.ofppt.cmc.careers.domain;

import java.time.LocalDate;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** Small argument checks shared by the module's aggregates. */
final class Texts {
  private Texts() {}

  static String required(String text, String field, int max) {
    String value = text == null ? "" : text.strip();
    DomainRuleViolation.require(!value.isEmpty(), field, "required");
    DomainRuleViolation.require(value.length() <= max, field, "longer than " + max + " characters");
    return value;
  }

  static String optional(String text, String field, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return required(text, field, max);
  }

  static LocalDate date(LocalDate date, String field) {
    DomainRuleViolation.require(date != null, field, "required");
    return date;
  }

  /** A date that has happened: not after {@code today}. */
  static LocalDate past(LocalDate date, LocalDate today, String field) {
    date(date, field);
    DomainRuleViolation.require(!date.isAfter(today), field, "cannot be in the future");
    return date;
  }
}
