package ma.ofppt.cmc.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one way a request is bound to its tenant: called by the authentication filter with the tenant
 * of a verified token that the registry knows and has not suspended.
 */
@ApplicationScoped
public class TenantBinder {
  @Inject TenantContext context;

  public void bindVerifiedTenant(TenantId tenant) {
    context.bind(tenant);
  }
}
