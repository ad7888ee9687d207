package ma.ofppt.cmc.hq.domain;

import java.time.Instant;
import java.util.UUID;

/** One close or reopen of a city's period: who, when and why. Never changed once recorded. */
public record PeriodEvent(
    UUID id,
    String city,
    Period period,
    PeriodAction action,
    String actor,
    String reason,
    Instant occurredAt) {}
