package ma.ofppt.cmc.platform.domain;

/**
 * The thing asked for does not exist for this caller. Another tenant's record is, by design,
 * indistinguishable from a record that does not exist at all.
 */
public class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " was not found");
  }
}
