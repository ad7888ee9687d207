package ma.ofppt.cmc.offer.domain;

import java.util.UUID;

/** Filters of the programme list; null means "any". {@code text} matches code and names. */
public record ProgrammeQuery(
    String sectorCode, UUID poleId, TrainingLevel level, ProgrammeStatus status, String text) {}
