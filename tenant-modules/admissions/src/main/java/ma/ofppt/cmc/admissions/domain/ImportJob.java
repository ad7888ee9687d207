package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * The import of one uploaded file of applications: queued, running (with counts that grow as the
 * file is read, so a long import reports progress), then completed or failed. Every data row ends
 * up counted once: imported, already present (a re-import), or rejected with its errors.
 */
@Entity
@Table(name = "import_job")
@Cacheable(false)
public class ImportJob extends TenantScopedEntity {
  public enum Status {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
  }

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "file_name", nullable = false, updatable = false)
  private String fileName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  @Column(name = "rows_read", nullable = false)
  private int rowsRead;

  @Column(name = "imported", nullable = false)
  private int imported;

  @Column(name = "already_present", nullable = false)
  private int alreadyPresent;

  @Column(name = "rejected", nullable = false)
  private int rejected;

  @Column(name = "failure")
  private String failure;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  protected ImportJob() {}

  public ImportJob(String academicYear, String fileName, String createdBy, Instant now) {
    super(UUID.randomUUID());
    this.academicYear = academicYear;
    this.fileName = fileName.length() > 200 ? fileName.substring(0, 200) : fileName;
    this.createdBy = createdBy;
    this.createdAt = utc(now);
    this.status = Status.QUEUED;
  }

  public void start() {
    status = Status.RUNNING;
  }

  /** Adds the counts of one processed batch. */
  public void progress(int read, int importedRows, int present, int rejectedRows) {
    rowsRead += read;
    imported += importedRows;
    alreadyPresent += present;
    rejected += rejectedRows;
  }

  public void complete(Instant now) {
    status = Status.COMPLETED;
    finishedAt = utc(now);
  }

  /** The file could not be read to its end; rows already imported stay imported. */
  public void fail(String reason, Instant now) {
    status = Status.FAILED;
    failure = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    finishedAt = utc(now);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public String academicYear() {
    return academicYear;
  }

  public String fileName() {
    return fileName;
  }

  public Status status() {
    return status;
  }

  public int rowsRead() {
    return rowsRead;
  }

  public int imported() {
    return imported;
  }

  public int alreadyPresent() {
    return alreadyPresent;
  }

  public int rejected() {
    return rejected;
  }

  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt.toInstant();
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt).map(OffsetDateTime::toInstant);
  }
}
