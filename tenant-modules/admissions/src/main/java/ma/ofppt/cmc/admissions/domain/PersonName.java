package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;

/** A person's first and last names in French (Latin script) and in Arabic (Arabic script). */
@Embeddable
public class PersonName {
  @Column(name = "first_name_fr", nullable = false)
  private String firstFr;

  @Column(name = "last_name_fr", nullable = false)
  private String lastFr;

  @Column(name = "first_name_ar", nullable = false)
  private String firstAr;

  @Column(name = "last_name_ar", nullable = false)
  private String lastAr;

  protected PersonName() {}

  public static PersonName of(String firstFr, String lastFr, String firstAr, String lastAr) {
    // LocalizedName checks presence, length and script of each pair.
    LocalizedName first = LocalizedName.of("name.first", firstFr, firstAr);
    LocalizedName last = LocalizedName.of("name.last", lastFr, lastAr);
    DomainRuleViolation.require(
        first.fr().length() <= 100, "name.first.fr", "at most 100 characters");
    DomainRuleViolation.require(
        last.fr().length() <= 100, "name.last.fr", "at most 100 characters");
    DomainRuleViolation.require(
        first.ar().length() <= 100, "name.first.ar", "at most 100 characters");
    DomainRuleViolation.require(
        last.ar().length() <= 100, "name.last.ar", "at most 100 characters");
    PersonName name = new PersonName();
    name.firstFr = first.fr();
    name.lastFr = last.fr();
    name.firstAr = first.ar();
    name.lastAr = last.ar();
    return name;
  }

  public String firstFr() {
    return firstFr;
  }

  public String lastFr() {
    return lastFr;
  }

  public String firstAr() {
    return firstAr;
  }

  public String lastAr() {
    return lastAr;
  }
}
