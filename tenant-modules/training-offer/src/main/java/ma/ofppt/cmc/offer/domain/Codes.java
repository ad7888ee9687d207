package ma.ofppt.cmc.offer.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** Codes of poles and programmes: upper-case letters, digits and dashes, at most 32. */
final class Codes {
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

  private Codes() {}

  static String normalise(String field, String code) {
    String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    DomainRuleViolation.require(
        CODE.matcher(value).matches(),
        field,
        "use 1 to 32 letters, digits or dashes, starting with a letter or digit");
    return value;
  }
}
