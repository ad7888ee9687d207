package ma.ofppt.cmc.admissions.domain;

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
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A trainee: an applicant enrolled in a programme's intake, in a group. Guards the lifecycle:
 * active ⇄ suspended, then dropped out (with a reason), transferred (the record closes and a new
 * one opens in the other programme) or graduated.
 */
@Entity
@Table(name = "trainee")
@Cacheable(false)
public class Trainee extends TenantScopedEntity {
  public static final int MAX_REASON = 500;

  @Column(name = "applicant_id", nullable = false, updatable = false)
  private UUID applicantId;

  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "group_id", nullable = false, updatable = false)
  private UUID groupId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TraineeStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private OffsetDateTime enrolledAt;

  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (NullPointerException
  // in its UUIDConverter); the column is uuid, and PostgreSQL converts (stringType=unspecified).
  @Column(name = "transferred_from", updatable = false)
  private String transferredFrom;

  @Column(name = "graduated_on")
  private LocalDate graduatedOn;

  protected Trainee() {}

  /** Enrols into the group, which must have room. */
  public Trainee(Application application, TrainingGroup group, Instant now, Trainee previous) {
    super(UUID.randomUUID());
    group.join();
    this.applicantId = application.applicantId();
    this.applicationId = application.id();
    this.programmeId = group.programmeId();
    this.academicYear = group.academicYear();
    this.groupId = group.id();
    this.status = TraineeStatus.ACTIVE;
    this.enrolledAt = now.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    this.transferredFrom = previous == null ? null : previous.id().toString();
  }

  public void suspend(String reason) {
    requireStatus(TraineeStatus.ACTIVE);
    status = TraineeStatus.SUSPENDED;
    statusReason = reason(reason);
  }

  public void reinstate() {
    requireStatus(TraineeStatus.SUSPENDED);
    status = TraineeStatus.ACTIVE;
    statusReason = null;
  }

  public void dropOut(String reason) {
    DomainRuleViolation.require(
        status == TraineeStatus.ACTIVE || status == TraineeStatus.SUSPENDED,
        "status",
        "the trainee is " + status);
    status = TraineeStatus.DROPPED_OUT;
    statusReason = reason(reason);
  }

  /** Closes this record because the trainee moves to another programme; frees the group place. */
  public void transferOut(TrainingGroup currentGroup, String targetProgrammeCode) {
    DomainRuleViolation.require(
        status == TraineeStatus.ACTIVE || status == TraineeStatus.SUSPENDED,
        "status",
        "the trainee is " + status);
    DomainRuleViolation.require(
        currentGroup.id().equals(groupId), "group", "not this trainee's group");
    currentGroup.leave();
    status = TraineeStatus.TRANSFERRED;
    statusReason = "transferred to " + targetProgrammeCode;
  }

  /** Records the graduation, on the given day. */
  public void graduate(LocalDate day) {
    requireStatus(TraineeStatus.ACTIVE);
    status = TraineeStatus.GRADUATED;
    statusReason = null;
    graduatedOn = java.util.Objects.requireNonNull(day, "day");
  }

  /** The day the graduation was recorded, when graduated. */
  public Optional<LocalDate> graduatedOn() {
    return Optional.ofNullable(graduatedOn);
  }

  private void requireStatus(TraineeStatus expected) {
    DomainRuleViolation.require(
        status == expected, "status", "the trainee is " + status + ", not " + expected);
  }

  private static String reason(String text) {
    String why = text == null ? "" : text.strip();
    DomainRuleViolation.require(!why.isEmpty(), "reason", "a reason is required");
    DomainRuleViolation.require(
        why.length() <= MAX_REASON, "reason", "at most " + MAX_REASON + " characters");
    return why;
  }

  public UUID applicantId() {
    return applicantId;
  }

  public UUID applicationId() {
    return applicationId;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public UUID groupId() {
    return groupId;
  }

  public TraineeStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public Instant enrolledAt() {
    return enrolledAt.toInstant();
  }

  public Optional<UUID> transferredFrom() {
    return Optional.ofNullable(transferredFrom).map(UUID::fromString);
  }
}
