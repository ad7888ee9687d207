package ma.ofppt.cmc.platform.tenancy;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the unit of work in progress. On a request it is filled once, from the verified
 * token, by the platform's authentication filter; off the request thread only {@link TenantWork}
 * fills it. Nothing else may set it, and it cannot be switched while a tenant is bound: a request
 * for one city can never drift into another.
 */
@RequestScoped
public class TenantContext {
  private TenantId current;

  public Optional<TenantId> current() {
    return Optional.ofNullable(current);
  }

  /** The tenant, or a {@link TenantNotBoundException} when the caller acts for no city. */
  public TenantId require() {
    if (current == null) {
      throw new TenantNotBoundException();
    }
    return current;
  }

  void bind(TenantId tenant) {
    if (current != null && !current.equals(tenant)) {
      throw new IllegalStateException(
          "this unit of work is bound to " + current + " and cannot switch to " + tenant);
    }
    current = tenant;
  }

  <T> T callAs(TenantId tenant, Supplier<T> work) {
    TenantId previous = current;
    bind(tenant);
    try {
      return work.get();
    } finally {
      current = previous;
    }
  }
}
