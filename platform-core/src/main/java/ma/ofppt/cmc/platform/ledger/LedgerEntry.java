package ma.ofppt.cmc.platform.ledger;

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
 * One stored entry of a city's chain. Written once and never changed: every column is insert-only,
 * and the database refuses UPDATE and DELETE on the table anyway.
 */
@Entity
@Table(name = "ledger_entry")
@Cacheable(false)
public class LedgerEntry extends TenantScopedEntity {
  @Column(name = "sequence", nullable = false, updatable = false)
  private long sequence;

  @Column(name = "type", nullable = false, updatable = false)
  private String type;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private UUID subjectId;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  @Column(name = "actor", nullable = false, updatable = false)
  private String actor;

  @Column(name = "facts", nullable = false, updatable = false)
  private String facts;

  @Column(name = "previous_hash", nullable = false, updatable = false)
  private String previousHash;

  @Column(name = "hash", nullable = false, updatable = false)
  private String hash;

  protected LedgerEntry() {}

  LedgerEntry(ChainEntry entry) {
    super(entry.id());
    this.sequence = entry.sequence();
    this.type = entry.type();
    this.subjectId = entry.subjectId();
    this.recordedAt = entry.recordedAt().atOffset(ZoneOffset.UTC);
    this.actor = entry.actor();
    this.facts = CanonicalForm.facts(entry.facts());
    this.previousHash = entry.previousHash();
    this.hash = entry.hash();
  }

  /** The entry as the verifier reads it, for the given city. */
  public ChainEntry toChainEntry(String tenant) {
    return new ChainEntry(
        tenant,
        sequence,
        id(),
        type,
        subjectId,
        recordedAt(),
        actor,
        CanonicalForm.parseFacts(facts),
        previousHash,
        hash);
  }

  public long sequence() {
    return sequence;
  }

  public String type() {
    return type;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }

  public String actor() {
    return actor;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
