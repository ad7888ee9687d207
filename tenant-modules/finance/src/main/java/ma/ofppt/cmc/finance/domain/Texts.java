package ma.ofppt.cmc.finance.domain;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** Checks for the free texts of the finance records (references, names, identifiers). */
public final class Texts {
  private Texts() {}

  public static String required(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    DomainRuleViolation.require(!text.isEmpty(), field, "required");
    DomainRuleViolation.require(text.length() <= max, field, "longer than " + max + " characters");
    return text;
  }

  public static String optional(String field, String value, int max) {
    return value == null || value.isBlank() ? null : required(field, value, max);
  }
}
