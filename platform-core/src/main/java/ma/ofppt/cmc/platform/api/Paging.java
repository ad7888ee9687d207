package ma.ofppt.cmc.platform.api;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** Reads the {@code page} and {@code size} query parameters; a bad one is a 400 naming it. */
public final class Paging {
  private Paging() {}

  public static PageRequest of(Integer page, Integer size) {
    try {
      return PageRequest.of(page, size);
    } catch (DomainRuleViolation e) {
      throw new InvalidInputException(e.field(), e.getMessage());
    }
  }
}
