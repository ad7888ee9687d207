package ma.ofppt.cmc.staff.api;

import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.staff.domain.TeachingAssignment;

/** A teaching assignment as the API shows it. */
public record AssignmentView(
    UUID id,
    UUID trainerId,
    UUID groupId,
    UUID programmeId,
    String academicYear,
    String subject,
    int weeklyHours,
    String status,
    LocalDate endedOn,
    long version) {

  static AssignmentView of(TeachingAssignment a) {
    return new AssignmentView(
        a.id(),
        a.trainerId(),
        a.groupId(),
        a.programmeId(),
        a.academicYear(),
        a.subject(),
        a.weeklyHours(),
        a.status().name(),
        a.endedOn().orElse(null),
        a.version());
  }
}
