package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A place on a programme's waitlist, in the programme's ranking order: the next free seat goes to
 * the first entry still waiting.
 */
@Entity
@Table(name = "waitlist_entry")
@Cacheable(false)
public class WaitlistEntry extends TenantScopedEntity {
  public enum Status {
    WAITING,
    OFFERED,
    LEFT
  }

  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "position", nullable = false, updatable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private Status status;

  protected WaitlistEntry() {}

  public WaitlistEntry(UUID programmeId, String academicYear, UUID applicationId, int position) {
    super(UUID.randomUUID());
    this.programmeId = programmeId;
    this.academicYear = academicYear;
    this.applicationId = applicationId;
    this.position = position;
    this.status = Status.WAITING;
  }

  public void offered() {
    status = Status.OFFERED;
  }

  public void left() {
    status = Status.LEFT;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public int position() {
    return position;
  }

  public Status status() {
    return status;
  }
}
