package ma.ofppt.cmc.facilities.domain;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * Who a booking is for. A training group is a record of the city (checked through admissions'
 * published interface); the others are references the campus manager writes down: a trainer (no
 * staff interface is published yet), an incubator project, an outside partner organisation.
 */
public enum BookerKind {
  GROUP,
  TRAINER,
  INCUBATOR_PROJECT,
  PARTNER;

  public static BookerKind parse(String field, String value) {
    DomainRuleViolation.require(value != null && !value.isBlank(), field, "required");
    try {
      return valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(
          field, "unknown booker kind; one of " + java.util.List.of(values()));
    }
  }
}
