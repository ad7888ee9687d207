package ma.ofppt.cmc.staff.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Storage of a city's staff members and teaching assignments. */
public interface StaffRegister {
  Optional<StaffMember> member(UUID id);

  /**
   * The staff member, read with a row lock held until the transaction ends: every change to a
   * trainer's ceiling or assignments goes through it, so they happen one after the other.
   */
  Optional<StaffMember> memberForUpdate(UUID id);

  boolean employeeNumberTaken(String employeeNumber);

  List<StaffMember> members(StaffQuery query, int offset, int limit);

  long count(StaffQuery query);

  /** Staff members employed at some time between the two days (inclusive). */
  List<StaffMember> employedBetween(java.time.LocalDate first, java.time.LocalDate last);

  void add(StaffMember member);

  Optional<TeachingAssignment> assignment(UUID id);

  List<TeachingAssignment> assignments(AssignmentQuery query, int offset, int limit);

  long count(AssignmentQuery query);

  /** Active assignments of a trainer, all years. */
  List<TeachingAssignment> activeAssignmentsOf(UUID trainerId);

  /** Weekly hours of the trainer's active assignments in the academic year. */
  int assignedHours(UUID trainerId, String academicYear);

  /** Per trainer: weekly hours of their active assignments in the academic year. */
  Map<UUID, Long> assignedHoursByTrainer(String academicYear);

  /**
   * As {@link #assignedHoursByTrainer}, for every academic year at once, by year: every year that
   * has a teaching assignment appears, with the weekly hours of its active ones (maybe none).
   */
  Map<String, Map<UUID, Long>> assignedHoursByYearAndTrainer();

  /** Every staff member of the city, employed or gone. */
  List<StaffMember> everyone();

  void add(TeachingAssignment assignment);

  /**
   * Writes pending changes now, so that the database's constraints speak inside the service: a pole
   * of another city (or none), a taken employee number or CIN, a subject already taught to the
   * group come back as problems that name the field.
   */
  void flush();
}
