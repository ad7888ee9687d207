package ma.ofppt.cmc.staff.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.staff.domain.StaffDetails;
import ma.ofppt.cmc.staff.domain.StaffMember;
import ma.ofppt.cmc.staff.domain.StaffQuery;
import ma.ofppt.cmc.staff.domain.StaffRegister;
import ma.ofppt.cmc.staff.domain.TeachingAssignment;

/** The director's side of staff: recording, describing and the departure of staff members. */
@ApplicationScoped
public class StaffService {
  @Inject StaffRegister register;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  @Transactional
  public StaffMember member(UUID id) {
    return register.member(id).orElseThrow(() -> new NotFoundException("staff member", id));
  }

  /** A page of staff members and how many match. */
  public record StaffPage(List<StaffMember> items, long total) {}

  @Transactional
  public StaffPage members(StaffQuery query, PageRequest page) {
    return new StaffPage(
        register.members(query, page.offset(), page.size()), register.count(query));
  }

  @Transactional
  public StaffMember record(String employeeNumber, StaffDetails details) {
    StaffMember member = new StaffMember(employeeNumber, details);
    if (register.employeeNumberTaken(member.employeeNumber())) {
      throw new ConflictException("employeeNumber", "already used in this city");
    }
    register.add(member);
    // The pole is checked by the database (a pole of this city); flushing here names the field.
    register.flush();
    audit.record(
        "staff.recorded",
        "staff_member",
        member.id(),
        member.kind() + " " + member.employeeNumber() + ", " + member.contractType());
    outbox.figuresChanged(StaffFigureSource.NAME);
    return member;
  }

  /**
   * Changes a staff member's details. The row is locked first, so a ceiling is never lowered under
   * an assignment being made at the same moment; a ceiling below the hours already held in any
   * academic year is refused.
   */
  @Transactional
  public StaffMember describe(UUID id, long version, StaffDetails details) {
    StaffMember member =
        register.memberForUpdate(id).orElseThrow(() -> new NotFoundException("staff member", id));
    if (member.version() != version) {
      throw new ConflictException(
          "version", "the record was changed since you read it; reload it and apply your change");
    }
    if (member.isTrainer() && details.weeklyCeilingHours() != null) {
      member.checkCeilingHolds(details.weeklyCeilingHours(), mostAssignedInAYear(member));
    }
    member.describe(details);
    register.flush();
    audit.record(
        "staff.described",
        "staff_member",
        id,
        member.contractType()
            + member.weeklyCeilingHours().map(h -> ", ceiling " + h + " h/week").orElse(""));
    outbox.figuresChanged(StaffFigureSource.NAME);
    return member;
  }

  private int mostAssignedInAYear(StaffMember trainer) {
    return register.activeAssignmentsOf(trainer.id()).stream()
        .collect(
            java.util.stream.Collectors.groupingBy(
                TeachingAssignment::academicYear,
                java.util.stream.Collectors.summingInt(TeachingAssignment::weeklyHours)))
        .values()
        .stream()
        .mapToInt(Integer::intValue)
        .max()
        .orElse(0);
  }

  /** The staff member leaves on {@code day}; their active teaching assignments end that day. */
  @Transactional
  public StaffMember leave(UUID id, LocalDate day) {
    StaffMember member =
        register.memberForUpdate(id).orElseThrow(() -> new NotFoundException("staff member", id));
    member.leave(day);
    List<TeachingAssignment> active = register.activeAssignmentsOf(id);
    for (TeachingAssignment assignment : active) {
      assignment.end(day);
      audit.record(
          "teaching-assignment.ended", "teaching_assignment", assignment.id(), "trainer left");
    }
    audit.record(
        "staff.left",
        "staff_member",
        id,
        "left on " + day + ", " + active.size() + " assignment(s) ended");
    outbox.figuresChanged(StaffFigureSource.NAME);
    return member;
  }
}
