package ma.ofppt.cmc.boarding.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One bed held by one trainee for {@code [startsOn, endsOn)}. The database refuses two assignments
 * of a bed (or two beds of a trainee) whose periods overlap, unless one is cancelled, and refuses a
 * bed of a wing of the other sex: this class checks the same rules so that callers get a clear
 * answer, but the guarantee does not depend on it.
 */
@Entity
@Table(name = "bed_assignment")
@Cacheable(false)
public class BedAssignment extends TenantScopedEntity {
  @Column(name = "bed_id", nullable = false, updatable = false)
  private UUID bedId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private UUID traineeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, updatable = false)
  private Sex sex;

  @Column(name = "starts_on", nullable = false, updatable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AssignmentStatus status;

  @Column(name = "checked_in_on")
  private LocalDate checkedInOn;

  @Column(name = "checked_out_on")
  private LocalDate checkedOutOn;

  @Column(name = "assigned_at", nullable = false, updatable = false)
  private OffsetDateTime assignedAt;

  protected BedAssignment() {}

  public BedAssignment(
      Bed bed,
      BoardingApplication application,
      LocalDate startsOn,
      LocalDate endsOn,
      Instant assignedAt) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(bed != null, "bedId", "required");
    DomainRuleViolation.require(
        bed.sex() == application.sex(),
        "bedId",
        "this bed is in a wing for " + bed.sex() + ", the trainee is " + application.sex());
    DomainRuleViolation.require(
        startsOn != null && endsOn != null && startsOn.isBefore(endsOn),
        "period",
        "the period must end after it starts");
    this.bedId = bed.id();
    this.applicationId = application.id();
    this.traineeId = application.traineeId();
    this.academicYear = application.academicYear();
    this.sex = application.sex();
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.status = AssignmentStatus.RESERVED;
    this.assignedAt = assignedAt.atOffset(ZoneOffset.UTC);
  }

  /** The trainee arrives on {@code day}, within the period. */
  public void checkIn(LocalDate day) {
    DomainRuleViolation.require(day != null, "on", "required");
    if (status != AssignmentStatus.RESERVED) {
      throw new ConflictException("status", "only a reserved bed is checked in (" + status + ")");
    }
    DomainRuleViolation.require(
        !day.isBefore(startsOn) && day.isBefore(endsOn),
        "on",
        "the day must fall in the period " + startsOn + " to " + endsOn + " (exclusive)");
    this.checkedInOn = day;
    this.status = AssignmentStatus.CHECKED_IN;
  }

  /**
   * The trainee leaves on {@code day}: the period now ends that day, so the bed is free from it on
   * (the night of departure is not spent).
   */
  public void checkOut(LocalDate day) {
    DomainRuleViolation.require(day != null, "on", "required");
    if (status != AssignmentStatus.CHECKED_IN) {
      throw new ConflictException(
          "status", "only a checked-in trainee checks out (" + status + ")");
    }
    DomainRuleViolation.require(
        !day.isBefore(checkedInOn), "on", "cannot leave before arriving on " + checkedInOn);
    DomainRuleViolation.require(
        !day.isAfter(endsOn), "on", "the assignment already ends on " + endsOn);
    this.checkedOutOn = day;
    this.endsOn = day;
    this.status = AssignmentStatus.CHECKED_OUT;
  }

  /** Given up before arrival: the bed is free for the whole period again. */
  public void cancel() {
    if (status != AssignmentStatus.RESERVED) {
      throw new ConflictException(
          "status", "only a reserved bed is cancelled; a checked-in trainee checks out");
    }
    this.status = AssignmentStatus.CANCELLED;
  }

  /** Holds its bed on {@code day}: not cancelled and the day is in the period. */
  public boolean holdsOn(LocalDate day) {
    return status != AssignmentStatus.CANCELLED && !day.isBefore(startsOn) && day.isBefore(endsOn);
  }

  /** The trainee sleeps in the bed on {@code day}: checked in on or before it, not yet gone. */
  public boolean presentOn(LocalDate day) {
    return holdsOn(day) && checkedInOn != null && !day.isBefore(checkedInOn);
  }

  public UUID bedId() {
    return bedId;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public UUID traineeId() {
    return traineeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public Sex sex() {
    return sex;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public AssignmentStatus status() {
    return status;
  }

  public LocalDate checkedInOn() {
    return checkedInOn;
  }

  public LocalDate checkedOutOn() {
    return checkedOutOn;
  }

  public Instant assignedAt() {
    return assignedAt.toInstant();
  }
}
