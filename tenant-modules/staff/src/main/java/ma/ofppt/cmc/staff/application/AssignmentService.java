package ma.ofppt.cmc.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.GroupRecord;
import ma.ofppt.cmc.staff.domain.AssignmentQuery;
import ma.ofppt.cmc.staff.domain.StaffMember;
import ma.ofppt.cmc.staff.domain.StaffRegister;
import ma.ofppt.cmc.staff.domain.TeachingAssignment;

/**
 * Teaching assignments of trainers to training groups. A trainer's row is locked for the whole
 * transaction before their hours are summed, so two assignments made at the same moment are checked
 * one after the other: a trainer is never assigned beyond the ceiling.
 */
@ApplicationScoped
public class AssignmentService {
  private static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

  @Inject StaffRegister register;
  @Inject TraineeRecords trainees;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  private final Clock clock = Clock.system(MOROCCO);

  @Transactional
  public TeachingAssignment assignment(UUID id) {
    return register
        .assignment(id)
        .orElseThrow(() -> new NotFoundException("teaching assignment", id));
  }

  /** A page of assignments and how many match. */
  public record AssignmentPage(List<TeachingAssignment> items, long total) {}

  @Transactional
  public AssignmentPage assignments(AssignmentQuery query, PageRequest page) {
    return new AssignmentPage(
        register.assignments(query, page.offset(), page.size()), register.count(query));
  }

  @Transactional
  public TeachingAssignment assign(UUID trainerId, UUID groupId, String subject, int weeklyHours) {
    DomainRuleViolation.require(trainerId != null, "trainerId", "required");
    DomainRuleViolation.require(groupId != null, "groupId", "required");
    GroupRecord group =
        trainees
            .group(groupId)
            .orElseThrow(
                () -> new DomainRuleViolation("groupId", "is not a training group of this city"));
    AcademicYear year = new AcademicYear(group.academicYear());
    StaffMember trainer =
        register
            .memberForUpdate(trainerId)
            .orElseThrow(
                () -> new DomainRuleViolation("trainerId", "is not a staff member of this city"));
    DomainRuleViolation.require(
        trainer.employedBetween(year.firstDay(), year.lastDay()),
        "groupId",
        "the group's academic year " + year + " is outside the trainer's employment");
    trainer.checkRoomFor(register.assignedHours(trainerId, year.value()), weeklyHours);
    TeachingAssignment assignment =
        new TeachingAssignment(trainer, groupId, group.programmeId(), year, subject, weeklyHours);
    register.add(assignment);
    register.flush();
    audit.record(
        "teaching-assignment.made",
        "teaching_assignment",
        assignment.id(),
        trainer.employeeNumber()
            + " teaches "
            + assignment.subject()
            + " to group "
            + group.code()
            + " ("
            + year
            + "), "
            + weeklyHours
            + " h/week");
    outbox.figuresChanged(StaffFigureSource.NAME);
    return assignment;
  }

  /** Ends an active assignment (today when no day is given): its hours are free again. */
  @Transactional
  public TeachingAssignment end(UUID id, LocalDate day) {
    TeachingAssignment assignment = assignment(id);
    // Under the trainer's lock, like every change to the trainer's hours.
    register.memberForUpdate(assignment.trainerId());
    assignment.end(day == null ? LocalDate.now(clock) : day);
    audit.record(
        "teaching-assignment.ended",
        "teaching_assignment",
        id,
        "ended on " + assignment.endedOn().orElseThrow());
    outbox.figuresChanged(StaffFigureSource.NAME);
    return assignment;
  }
}
