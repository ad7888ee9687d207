package ma.ofppt.cmc.platform.ledger;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A signed statement of a city's chain at one moment: how many entries, the hash of the last, when.
 * Append-only like the entries.
 */
@Entity
@Table(name = "ledger_digest")
@Cacheable(false)
public class LedgerDigest extends TenantScopedEntity {
  @Column(name = "produced_at", nullable = false, updatable = false)
  private OffsetDateTime producedAt;

  @Column(name = "entry_count", nullable = false, updatable = false)
  private long entryCount;

  @Column(name = "head_hash", nullable = false, updatable = false)
  private String headHash;

  @Column(name = "key_id", nullable = false, updatable = false)
  private String keyId;

  @Column(name = "signature", nullable = false, updatable = false)
  private String signature;

  protected LedgerDigest() {}

  LedgerDigest(SignedDigest digest) {
    super(digest.id());
    this.producedAt = digest.producedAt().atOffset(ZoneOffset.UTC);
    this.entryCount = digest.entryCount();
    this.headHash = digest.headHash();
    this.keyId = digest.keyId();
    this.signature = digest.signature();
  }

  public SignedDigest toSignedDigest(String tenant) {
    return new SignedDigest(
        id(), tenant, entryCount, headHash, producedAt.toInstant(), keyId, signature);
  }

  public Instant producedAt() {
    return producedAt.toInstant();
  }

  public long entryCount() {
    return entryCount;
  }

  public String headHash() {
    return headHash;
  }

  public String keyId() {
    return keyId;
  }

  public String signature() {
    return signature;
  }
}
