package ma.ofppt.cmc.finance.domain;

import java.util.Locale;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** The four parties that co-fund a CMC; every amount of the finance module is split across them. */
public enum Funder {
  REGION,
  STATE,
  OFPPT,
  HASSAN_II_FUND;

  /** Reads a funder's name as the API spells it; anything else names {@code field}. */
  public static Funder parse(String field, String value) {
    DomainRuleViolation.require(value != null && !value.isBlank(), field, "required");
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          field, "unknown funder " + value + "; one of REGION, STATE, OFPPT, HASSAN_II_FUND");
    }
  }
}
