package ma.ofppt.cmc.careers.domain;

import java.util.Set;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * The codes of the 12 national sectors (the training offer's reference table {@code sector}, whose
 * codes are fixed by migration; only their names can be edited). A graduate's job or an incubator
 * project is placed in one of them; the database checks the same codes with a foreign key.
 */
public final class NationalSectors {
  public static final Set<String> CODES =
      Set.of(
          "management-commerce",
          "digital-ai",
          "tourism-hospitality",
          "health",
          "industry",
          "services-to-persons",
          "crafts",
          "arts-graphic-industries",
          "building-public-works",
          "logistics",
          "agri-food",
          "maritime-fishing");

  private NationalSectors() {}

  /** The code, stripped, when it is one of the 12; a rule violation naming {@code field} if not. */
  public static String require(String code, String field) {
    String value = code == null ? "" : code.strip();
    DomainRuleViolation.require(!value.isEmpty(), field, "required");
    DomainRuleViolation.require(
        CODES.contains(value), field, "not one of the 12 national sectors: " + value);
    return value;
  }
}
