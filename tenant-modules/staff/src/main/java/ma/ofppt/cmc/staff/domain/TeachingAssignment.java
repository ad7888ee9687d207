package ma.ofppt.cmc.staff.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A trainer teaching a subject (module) to a training group for a number of hours a week, in the
 * group's academic year. While active, its hours count against the trainer's ceiling for that year;
 * ending it frees them. The trainer, group and year never change: a new assignment is made instead.
 */
@Entity
@Table(name = "teaching_assignment")
@Cacheable(false)
public class TeachingAssignment extends TenantScopedEntity {
  public static final int MAX_SUBJECT = 200;

  @Column(name = "trainer_id", nullable = false, updatable = false)
  private UUID trainerId;

  @Column(name = "group_id", nullable = false, updatable = false)
  private UUID groupId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "subject", nullable = false, updatable = false)
  private String subject;

  @Column(name = "weekly_hours", nullable = false, updatable = false)
  private int weeklyHours;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AssignmentStatus status;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  protected TeachingAssignment() {}

  /**
   * Assigns; the trainer must have been checked (under lock) to have room for the hours in the
   * year, see {@link StaffMember#checkRoomFor}.
   */
  public TeachingAssignment(
      StaffMember trainer,
      UUID groupId,
      UUID programmeId,
      AcademicYear academicYear,
      String subject,
      int weeklyHours) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(trainer.isTrainer(), "trainerId", "is not a trainer");
    DomainRuleViolation.require(groupId != null, "groupId", "required");
    String s = subject == null ? "" : subject.strip();
    DomainRuleViolation.require(!s.isEmpty(), "subject", "required");
    DomainRuleViolation.require(
        s.length() <= MAX_SUBJECT, "subject", "at most " + MAX_SUBJECT + " characters");
    DomainRuleViolation.require(
        weeklyHours >= 1 && weeklyHours <= StaffMember.MAX_CEILING,
        "weeklyHours",
        "between 1 and " + StaffMember.MAX_CEILING + " hours a week");
    this.trainerId = trainer.id();
    this.groupId = groupId;
    this.programmeId = programmeId;
    this.academicYear = academicYear.value();
    this.subject = s;
    this.weeklyHours = weeklyHours;
    this.status = AssignmentStatus.ACTIVE;
  }

  /** Ends the assignment on {@code day}: its hours no longer count. */
  public void end(LocalDate day) {
    if (status != AssignmentStatus.ACTIVE) {
      throw new ConflictException("status", "the assignment ended on " + endedOn);
    }
    DomainRuleViolation.require(day != null, "endedOn", "required");
    this.status = AssignmentStatus.ENDED;
    this.endedOn = day;
  }

  public boolean isActive() {
    return status == AssignmentStatus.ACTIVE;
  }

  public UUID trainerId() {
    return trainerId;
  }

  public UUID groupId() {
    return groupId;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public String subject() {
    return subject;
  }

  public int weeklyHours() {
    return weeklyHours;
  }

  public AssignmentStatus status() {
    return status;
  }

  public Optional<LocalDate> endedOn() {
    return Optional.ofNullable(endedOn);
  }
}
