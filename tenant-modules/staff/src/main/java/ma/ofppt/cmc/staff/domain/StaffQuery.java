package ma.ofppt.cmc.staff.domain;

import java.util.UUID;

/** Filters of the staff list; a null filter matches everything. */
public record StaffQuery(StaffKind kind, UUID poleId, StaffStatus status) {}
