package ma.ofppt.cmc.facilities.application;

import java.time.Instant;
import java.util.UUID;

/** A request to book: the resource, the period, who it is for, how many and why. */
public record BookingCommand(
    UUID resourceId,
    Instant start,
    Instant end,
    String bookerKind,
    UUID groupId,
    String bookerReference,
    int attendees,
    String purpose) {}
