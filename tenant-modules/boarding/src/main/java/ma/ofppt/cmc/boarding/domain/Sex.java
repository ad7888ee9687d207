package ma.ofppt.cmc.boarding.domain;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/** The sex of a wing and of the trainees it lodges: wings are separate for women and men. */
public enum Sex {
  F,
  M;

  /** Reads F or M; anything else is a rule violation naming {@code field}. */
  public static Sex parse(String field, String value) {
    DomainRuleViolation.require("F".equals(value) || "M".equals(value), field, "must be F or M");
    return valueOf(value);
  }
}
