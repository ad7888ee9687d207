package ma.ofppt.cmc.admissions.application;

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
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import ma.ofppt.cmc.platform.tenancy.TenantWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes offers whose deadline has passed, in every city, every few minutes ({@code
 * cmc.admissions.deadline-check-seconds}), and passes their seats down the waitlists: an applicant
 * who does not confirm in time gives way without anyone having to press a button. Each city is
 * handled in its own transaction, bound to it like any request.
 */
@ApplicationScoped
public class OfferDeadlines {
  private static final Logger LOG = Logger.getLogger(OfferDeadlines.class.getName());

  @Inject TenantWork work;
  @Inject TenantRegistry registry;
  @Inject EnrolmentService enrolment;

  static final String SCHEDULER = "java:comp/DefaultManagedScheduledExecutorService";

  @Inject
  @ConfigProperty(name = "cmc.admissions.deadline-check-seconds", defaultValue = "300")
  long intervalSeconds;

  private ScheduledFuture<?> task;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started)
      throws NamingException {
    // Looked up, not injected: Payara 6.2025.10 fails the deployment on an injected
    // ManagedScheduledExecutorService in a library jar (it looks it up under java:comp/env).
    ManagedScheduledExecutorService scheduler = InitialContext.doLookup(SCHEDULER);
    task =
        scheduler.scheduleAtFixedRate(
            this::closeOverdueOffers, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  void closeOverdueOffers() {
    List<TenantId> cities =
        work.callForPlatform(
            () -> registry.all().stream().filter(Tenant::isActive).map(Tenant::id).toList());
    for (TenantId city : cities) {
      try {
        int closed = work.callAs(city, "offer deadlines", enrolment::expireOverdue);
        if (closed > 0) {
          LOG.info(() -> city + ": " + closed + " offers closed at their deadline");
        }
      } catch (RuntimeException e) {
        // One city's failure must not stop the others; it is retried at the next round.
        LOG.log(Level.WARNING, "closing overdue offers of " + city + " failed", e);
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
