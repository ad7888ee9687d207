package ma.ofppt.cmc.admissions.domain;

import java.util.UUID;

/**
 * Filters of the application list; null means "any". {@code text} matches national id and names.
 */
public record ApplicationQuery(
    String academicYear, ApplicationStatus status, UUID programmeId, String text) {}
