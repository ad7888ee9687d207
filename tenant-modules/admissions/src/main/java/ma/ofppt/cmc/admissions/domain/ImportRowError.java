package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** One reason a row of an import was rejected: the row as the user sees it, the field, why. */
@Entity
@Table(name = "import_row_error")
@Cacheable(false)
public class ImportRowError extends TenantScopedEntity {
  @Column(name = "job_id", nullable = false, updatable = false)
  private UUID jobId;

  @Column(name = "row_number", nullable = false, updatable = false)
  private long rowNumber;

  @Column(name = "field", nullable = false, updatable = false)
  private String field;

  @Column(name = "reason", nullable = false, updatable = false)
  private String reason;

  protected ImportRowError() {}

  public ImportRowError(UUID jobId, long rowNumber, String field, String reason) {
    super(UUID.randomUUID());
    this.jobId = jobId;
    this.rowNumber = rowNumber;
    this.field = field.length() > 200 ? field.substring(0, 200) : field;
    this.reason = reason.length() > 500 ? reason.substring(0, 500) : reason;
  }

  public long rowNumber() {
    return rowNumber;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
