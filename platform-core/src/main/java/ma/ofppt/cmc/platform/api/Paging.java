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

  /**
   * As {@link #of(Integer, Integer)}, for parameters taken as text: {@code page=abc} is then a 400
   * naming {@code page}, where a parameter declared as a number would fail its conversion before
   * the resource runs (a 404 in JAX-RS).
   */
  public static PageRequest of(String page, String size) {
    return of(
        InvalidInputException.parseInteger(page, "page"),
        InvalidInputException.parseInteger(size, "size"));
  }
}
