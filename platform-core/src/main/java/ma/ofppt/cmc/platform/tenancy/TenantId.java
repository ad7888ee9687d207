package ma.ofppt.cmc.platform.tenancy;

import java.util.regex.Pattern;

/**
 * The identity of a tenant: one CMC and its management company, e.g. {@code marrakech-safi}. It is
 * the value of the {@code tenant_id} column of every tenant table and of the {@code tenant} claim
 * of a city token.
 */
public record TenantId(String value) {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,62}");

  public TenantId {
    if (value == null || !CODE.matcher(value).matches()) {
      throw new IllegalArgumentException("not a tenant code: " + value);
    }
  }

  public static boolean isWellFormed(String value) {
    return value != null && CODE.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
