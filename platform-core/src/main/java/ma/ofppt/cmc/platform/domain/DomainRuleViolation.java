package ma.ofppt.cmc.platform.domain;

/**
 * A rule of the domain was broken by the input: the caller can correct it. Carries the name of the
 * offending field, in the API's spelling, so that the problem response can point at it.
 */
public class DomainRuleViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public DomainRuleViolation(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** Throws when {@code condition} is false; the one-line guard aggregates use in constructors. */
  public static void require(boolean condition, String field, String message) {
    if (!condition) {
      throw new DomainRuleViolation(field, message);
    }
  }
}
