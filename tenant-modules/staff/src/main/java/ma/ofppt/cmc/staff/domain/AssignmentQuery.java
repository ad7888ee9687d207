package ma.ofppt.cmc.staff.domain;

import java.util.UUID;

/** Filters of the assignment list; a null filter matches everything. */
public record AssignmentQuery(
    String academicYear, UUID trainerId, UUID groupId, AssignmentStatus status) {}
