package ma.ofppt.cmc.admissions.domain;

import java.util.Locale;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * How a person is identified: the national identity card number (CIN: one or two letters and up to
 * six digits) or, for minors, the Massar code of the school system (a letter and nine digits).
 */
public record NationalId(String value, Kind kind) {
  public enum Kind {
    CIN,
    MASSAR
  }

  private static final Pattern CIN = Pattern.compile("[A-Z]{1,2}[0-9]{1,6}");
  private static final Pattern MASSAR = Pattern.compile("[A-Z][0-9]{9}");

  /** Normalises (upper case, no spaces) and recognises the kind; {@code field} names the input. */
  public static NationalId parse(String field, String text) {
    String value = text == null ? "" : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (MASSAR.matcher(value).matches()) {
      return new NationalId(value, Kind.MASSAR);
    }
    if (CIN.matcher(value).matches()) {
      return new NationalId(value, Kind.CIN);
    }
    throw new DomainRuleViolation(
        field, "a CIN (e.g. AB123456) or a Massar code (a letter and 9 digits, e.g. J130012345)");
  }
}
