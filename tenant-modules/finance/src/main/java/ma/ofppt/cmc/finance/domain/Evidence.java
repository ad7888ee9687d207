package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A document attached to a commitment or a payment (invoice, delivery note, procurement file,
 * funding letter), kept whole in the database and never deleted; its SHA-256, computed by the
 * server, goes to the ledger with the attachment event, so a changed file is detectable.
 */
@Entity
@Table(name = "finance_evidence")
@Cacheable(false)
public class Evidence extends TenantScopedEntity {
  /** What a document is attached to. */
  public enum Subject {
    COMMITMENT,
    PAYMENT
  }

  @Enumerated(EnumType.STRING)
  @Column(name = "subject_type", nullable = false, updatable = false)
  private Subject subjectType;

  @Column(name = "subject_id", nullable = false, updatable = false)
  private UUID subjectId;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false)
  private String sha256;

  @Column(name = "content", nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "uploaded_by", nullable = false, updatable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false, updatable = false)
  private OffsetDateTime uploadedAt;

  protected Evidence() {}

  public Evidence(
      Subject subjectType,
      UUID subjectId,
      EvidenceFile file,
      String uploadedBy,
      Instant uploadedAt) {
    super(UUID.randomUUID());
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.fileName = file.fileName();
    this.contentType = file.contentType().mediaType();
    this.sizeBytes = file.content().length;
    this.sha256 = file.sha256();
    this.content = file.content();
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt == null ? null : uploadedAt.atOffset(ZoneOffset.UTC);
  }

  public Subject subjectType() {
    return subjectType;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt.toInstant();
  }
}
