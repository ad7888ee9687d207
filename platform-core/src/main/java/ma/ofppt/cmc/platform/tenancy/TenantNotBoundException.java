package ma.ofppt.cmc.platform.tenancy;

/** Tenant data was asked for by a caller who acts for no city (e.g. an HQ token on a city API). */
public class TenantNotBoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TenantNotBoundException() {
    super("this operation belongs to a city: the token carries no tenant");
  }
}
