package ma.ofppt.cmc.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Runs work for one tenant off the request thread (start-up loaders, schedulers, Camel routes,
 * managed executors): the tenant is bound through the same context the request filter fills, and
 * the work runs in a transaction of its own so that the database binding follows it.
 */
@ApplicationScoped
public class TenantWork {
  @Inject TenantContext context;
  @Inject NewTransaction newTransaction;

  @ActivateRequestContext
  public <T> T callAs(TenantId tenant, Supplier<T> work) {
    return context.callAs(tenant, () -> newTransaction.call(work));
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
