package ma.ofppt.cmc.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

  /** One record's share of a bulk change: which record, and what happened to it. */
  public record Entry(UUID entityId, String summary) {}

  /**
   * Records the same action on many records (an import batch) in one set-based statement on the
   * transaction's connection, with the same who and when; the rows are those {@link #record} would
   * write one by one.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordAll(String action, String entityType, List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    Instant now = clock.instant();
    String actor = caller.name();
    List<String> ids = new ArrayList<>(entries.size());
    List<String> entityIds = new ArrayList<>(entries.size());
    List<String> summaries = new ArrayList<>(entries.size());
    for (Entry entry : entries) {
      ids.add(UUID.randomUUID().toString());
      entityIds.add(entry.entityId().toString());
      summaries.add(AuditEvent.bounded(entry.summary()));
    }
    persistence.withConnection(
        sql -> {
          try (PreparedStatement insert =
              sql.connection()
                  .prepareStatement(
                      "insert into audit_event (tenant_id, id, version, occurred_at, actor, action,"
                          + " entity_type, entity_id, summary)"
                          + " select ?, e.id::uuid, 1, ?, ?, ?, ?, e.entity_id::uuid, e.summary"
                          + " from unnest(?::text[], ?::text[], ?::text[]) as e(id, entity_id,"
                          + " summary)")) {
            insert.setString(1, sql.tenant().value());
            insert.setObject(2, now.atOffset(java.time.ZoneOffset.UTC));
            insert.setString(3, actor);
            insert.setString(4, action);
            insert.setString(5, entityType);
            insert.setArray(6, sql.textArray(ids));
            insert.setArray(7, sql.textArray(entityIds));
            insert.setArray(8, sql.textArray(summaries));
            insert.executeUpdate();
          }
          return null;
        });
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
