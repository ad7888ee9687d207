package ma.ofppt.cmc.platform.audit;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One change to a city's records: who, what, which record, when. Never updated or deleted. Times
 * are stored as UTC {@code OffsetDateTime} (JPA 3.1 has no {@code Instant}) and read as instants.
 */
@Entity
@Table(name = "audit_event")
@Cacheable(false)
public class AuditEvent extends TenantScopedEntity {
  private static final int MAX_SUMMARY = 2000;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private OffsetDateTime occurredAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false)
  private String action;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private UUID entityId;

  @Column(name = "summary", nullable = false, updatable = false)
  private String summary;

  protected AuditEvent() {}

  AuditEvent(
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      UUID entityId,
      String summary) {
    super(UUID.randomUUID());
    this.occurredAt = occurredAt.atOffset(ZoneOffset.UTC);
    this.actor = actor;
    this.action = action;
    this.entityType = entityType;
    this.entityId = entityId;
    this.summary = bounded(summary);
  }

  /** The summary as stored: at most 2,000 characters. */
  static String bounded(String summary) {
    return summary.length() > MAX_SUMMARY ? summary.substring(0, MAX_SUMMARY) : summary;
  }

  public Instant occurredAt() {
    return occurredAt.toInstant();
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String entityType() {
    return entityType;
  }

  public UUID entityId() {
    return entityId;
  }

  public String summary() {
    return summary;
  }
}
