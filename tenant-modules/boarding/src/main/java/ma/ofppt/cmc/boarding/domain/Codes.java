package ma.ofppt.cmc.boarding.domain;

import java.util.Locale;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** Codes of wings, rooms and beds: upper-case letters, digits and dashes, as printed on doors. */
final class Codes {
  private Codes() {}

  static String normalise(String field, String code, int maxLength) {
    String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    DomainRuleViolation.require(
        value.matches("[A-Z0-9][A-Z0-9-]{0," + (maxLength - 1) + "}"),
        field,
        "letters, digits and dashes, at most " + maxLength + " characters");
    return value;
  }
}
