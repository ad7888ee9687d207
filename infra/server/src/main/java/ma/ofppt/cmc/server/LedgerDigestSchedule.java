package ma.ofppt.cmc.server;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ma.ofppt.cmc.platform.ledger.LedgerService;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import ma.ofppt.cmc.platform.tenancy.TenantWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs a digest of every active city's chain every {@code cmc.ledger.digest-minutes} (default a
 * day; 0 turns it off), when the chain moved since its last digest. Each city in its own
 * transaction, bound to it like a request; one city's failure (a broken chain is never signed) does
 * not stop the others.
 */
@ApplicationScoped
public class LedgerDigestSchedule {
  private static final Logger LOG = Logger.getLogger(LedgerDigestSchedule.class.getName());

  static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

  @Inject TenantWork work;
  @Inject TenantRegistry registry;
  @Inject LedgerService ledger;

  @Inject
  @ConfigProperty(name = "cmc.ledger.digest-minutes", defaultValue = "1440")
  long intervalMinutes;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    if (intervalMinutes <= 0) {
      LOG.info("ledger digests are produced on request only (cmc.ledger.digest-minutes = 0)");
      return;
    }
    // Looked up, not injected, as OfferDeadlines does: an injected one is looked up under
    // java:comp/env and fails the deployment. It lives in the server, not platform-core, because
    // platform-core does not reach JNDI (ArchitectureTest).
    ManagedScheduledExecutorService scheduler = InitialContext.doLookup(SCHEDULER);
    task =
        scheduler.scheduleAtFixedRate(
            this::signAll, intervalMinutes, intervalMinutes, TimeUnit.MINUTES);
  }

  void signAll() {
    List<TenantId> cities =
        work.callForPlatform(
            () -> registry.all().stream().filter(Tenant::isActive).map(Tenant::id).toList());
    for (TenantId city : cities) {
      try {
        work.callAs(city, "ledger digests", ledger::produceDigestIfMoved)
            .ifPresent(
                d -> LOG.info(() -> city + ": ledger digest of " + d.entryCount() + " entries"));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "the ledger digest of " + city + " failed", e);
      }
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
