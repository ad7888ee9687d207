package ma.ofppt.cmc.platform.domain;

/** The request is valid but collides with the current state (a duplicate code, a stale version). */
public class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
