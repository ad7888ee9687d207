package ma.ofppt.cmc.hq.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ma.ofppt.cmc.hq.domain.ReconciliationRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the reconciliation every {@code cmc.hq.reconciliation-minutes} (default an hour; 0 turns the
 * schedule off, leaving the on-demand run), so that a consolidation that went wrong shows up
 * without anyone asking.
 */
@ApplicationScoped
public class ReconciliationSchedule {
  private static final Logger LOG = Logger.getLogger(ReconciliationSchedule.class.getName());

  static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";
  static final String SCHEDULER_NAME = "reconciliation schedule";

  @Inject ReconciliationService reconciliation;

  @Inject
  @ConfigProperty(name = "cmc.hq.reconciliation-minutes", defaultValue = "60")
  long intervalMinutes;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    if (intervalMinutes <= 0) {
      LOG.info("the reconciliation runs on request only (cmc.hq.reconciliation-minutes = 0)");
      return;
    }
    // Looked up, not injected, as OfferDeadlines does: Payara fails the deployment on an injected
    // ManagedScheduledExecutorService in a library jar.
    ManagedScheduledExecutorService scheduler = InitialContext.doLookup(SCHEDULER);
    task =
        scheduler.scheduleAtFixedRate(
            this::reconcile, intervalMinutes, intervalMinutes, TimeUnit.MINUTES);
  }

  void reconcile() {
    try {
      ReconciliationRun run =
          reconciliation.run(ReconciliationRun.Origin.SCHEDULED, SCHEDULER_NAME);
      if (run.differences() > 0 || run.status() != ReconciliationRun.Status.COMPLETED) {
        LOG.warning(
            () ->
                "reconciliation "
                    + run.id()
                    + ": "
                    + run.differences()
                    + " differences, status "
                    + run.status());
      }
    } catch (RuntimeException e) {
      // A failed round is retried at the next one; it must not stop the schedule.
      LOG.log(Level.WARNING, "the scheduled reconciliation failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }
}
