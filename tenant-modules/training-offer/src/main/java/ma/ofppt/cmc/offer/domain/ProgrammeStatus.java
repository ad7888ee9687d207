package ma.ofppt.cmc.offer.domain;

/** An inactive programme stays on record (with its intakes) but takes no new intake. */
public enum ProgrammeStatus {
  ACTIVE,
  INACTIVE
}
