package ma.ofppt.cmc.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.security.Caller;

/**
 * Records who changed what, in the same transaction as the change, so that a change without its
 * trace cannot be committed. Modules call {@link #record} from their application services.
 */
@ApplicationScoped
public class AuditTrail {
  @Inject TenantPersistence persistence;
  @Inject Caller caller;

  private final Clock clock = Clock.systemUTC();

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String action, String entityType, UUID entityId, String summary) {
    persistence
        .em()
        .persist(
            new AuditEvent(clock.instant(), caller.name(), action, entityType, entityId, summary));
  }

  /** The history of one record of the current city, oldest first. */
  @Transactional
  public List<AuditEvent> history(UUID entityId) {
    return persistence
        .em()
        .createQuery(
            "select e from AuditEvent e where e.entityId = :id order by e.occurredAt, e.id",
            AuditEvent.class)
        .setParameter("id", entityId)
        .getResultList();
  }
}
