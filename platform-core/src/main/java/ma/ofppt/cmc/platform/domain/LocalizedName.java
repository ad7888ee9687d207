package ma.ofppt.cmc.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A name in French and in Arabic. Both are required: every screen and export of the platform can be
 * read in either language, and the Arabic form is written in Arabic script.
 */
@Embeddable
public class LocalizedName {
  public static final int MAX_LENGTH = 200;

  @Column(name = "name_fr", nullable = false, length = MAX_LENGTH)
  private String fr;

  @Column(name = "name_ar", nullable = false, length = MAX_LENGTH)
  private String ar;

  protected LocalizedName() {}

  private LocalizedName(String fr, String ar) {
    this.fr = fr;
    this.ar = ar;
  }

  /**
   * Checks both forms; {@code fieldPrefix} names the field in the caller's terms (e.g. {@code
   * name}) so that errors read {@code name.ar}.
   */
  public static LocalizedName of(String fieldPrefix, String fr, String ar) {
    String french = fr == null ? "" : fr.strip();
    String arabic = ar == null ? "" : ar.strip();
    DomainRuleViolation.require(
        !french.isEmpty(), fieldPrefix + ".fr", "the French name is required");
    DomainRuleViolation.require(
        french.length() <= MAX_LENGTH,
        fieldPrefix + ".fr",
        "the French name is longer than " + MAX_LENGTH + " characters");
    DomainRuleViolation.require(
        !arabic.isEmpty(), fieldPrefix + ".ar", "the Arabic name is required");
    DomainRuleViolation.require(
        arabic.length() <= MAX_LENGTH,
        fieldPrefix + ".ar",
        "the Arabic name is longer than " + MAX_LENGTH + " characters");
    DomainRuleViolation.require(
        containsArabicLetter(arabic),
        fieldPrefix + ".ar",
        "the Arabic name must be written in Arabic script");
    return new LocalizedName(french, arabic);
  }

  public static LocalizedName of(String fr, String ar) {
    return of("name", fr, ar);
  }

  private static boolean containsArabicLetter(String text) {
    return text.codePoints()
        .anyMatch(
            cp ->
                Character.isLetter(cp)
                    && Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
  }

  public String fr() {
    return fr;
  }

  public String ar() {
    return ar;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedName other && fr.equals(other.fr) && ar.equals(other.ar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fr, ar);
  }

  @Override
  public String toString() {
    return fr + " / " + ar;
  }
}
