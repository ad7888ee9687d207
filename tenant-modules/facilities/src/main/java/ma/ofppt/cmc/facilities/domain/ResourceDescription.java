package ma.ofppt.cmc.facilities.domain;

import java.util.UUID;
import ma.ofppt.cmc.platform.domain.LocalizedName;

/**
 * What a campus manager says of a resource: its names, kind, capacity in persons, the pole it
 * belongs to (none for a shared structure), its weekly opening hours, and whether it takes
 * bookings.
 */
public record ResourceDescription(
    LocalizedName name,
    ResourceKind kind,
    int capacity,
    UUID poleId,
    OpeningHours openingHours,
    boolean active) {}
