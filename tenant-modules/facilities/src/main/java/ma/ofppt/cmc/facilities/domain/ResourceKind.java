package ma.ofppt.cmc.facilities.domain;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * What a bookable resource is: a pedagogical platform of a pole, imitating a real workplace, or a
 * structure the whole city shares. The list is fixed (the database checks it too).
 */
public enum ResourceKind {
  PEDAGOGICAL_HOTEL(true),
  PEDAGOGICAL_RESTAURANT(true),
  DIGITAL_FACTORY(true),
  VIRTUAL_COMPANY(true),
  CARE_UNIT(true),
  LEARNING_FACTORY(true),
  PEDAGOGICAL_NURSERY(true),
  PEDAGOGICAL_APARTMENT(true),
  LANGUAGE_CENTRE(false),
  MEDIA_LIBRARY(false),
  COWORKING(false),
  INCUBATOR(false),
  FAB_LAB(false),
  CONFERENCE_CENTRE(false),
  CAREER_CENTRE(false),
  MOOC_STUDIO(false),
  SPORTS_FIELD(false);

  private final boolean pedagogicalPlatform;

  ResourceKind(boolean pedagogicalPlatform) {
    this.pedagogicalPlatform = pedagogicalPlatform;
  }

  /** True for a platform that imitates a workplace; false for a shared structure. */
  public boolean pedagogicalPlatform() {
    return pedagogicalPlatform;
  }

  /** The kind named by {@code value}, or a rule violation on {@code field}. */
  public static ResourceKind parse(String field, String value) {
    DomainRuleViolation.require(value != null && !value.isBlank(), field, "required");
    try {
      return valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new DomainRuleViolation(field, "unknown kind; one of " + java.util.List.of(values()));
    }
  }
}
