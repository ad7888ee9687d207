package ma.ofppt.cmc.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import ma.ofppt.cmc.platform.security.Caller;

/**
 * Runs work for one tenant off the request thread (start-up loaders, schedulers, Camel routes,
 * managed executors): the tenant is bound through the same context the request filter fills, and
 * the work runs in a transaction of its own so that the database binding follows it.
 */
@ApplicationScoped
public class TenantWork {
  @Inject TenantContext context;
  @Inject NewTransaction newTransaction;
  @Inject Caller caller;

  @ActivateRequestContext
  public <T> T callAs(TenantId tenant, Supplier<T> work) {
    return context.callAs(tenant, () -> newTransaction.call(work));
  }

  /**
   * As {@link #callAs(TenantId, Supplier)}, on behalf of a person (who started an import, say), so
   * that the audit trail names them rather than "system".
   */
  @ActivateRequestContext
  public <T> T callAs(TenantId tenant, String person, Supplier<T> work) {
    return context.callAs(
        tenant,
        () -> {
          if (caller.isSystem()) {
            caller.actFor(person);
          }
          return newTransaction.call(work);
        });
  }

  @ActivateRequestContext
  public void runAs(TenantId tenant, String person, Runnable work) {
    callAs(
        tenant,
        person,
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Platform-level work off the request thread (reading the registry): no tenant, its own
   * transaction.
   */
  @ActivateRequestContext
  public <T> T callForPlatform(Supplier<T> work) {
    return newTransaction.call(work);
  }

  @ActivateRequestContext
  public void runAs(TenantId tenant, Runnable work) {
    callAs(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  /** A separate bean so that the container's transaction interceptor applies. */
  @ApplicationScoped
  public static class NewTransaction {
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T call(Supplier<T> work) {
      return work.get();
    }
  }
}
