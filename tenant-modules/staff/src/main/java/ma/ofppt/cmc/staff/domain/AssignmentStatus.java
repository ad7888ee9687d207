package ma.ofppt.cmc.staff.domain;

/** A teaching assignment counts against the trainer's ceiling while active. */
public enum AssignmentStatus {
  ACTIVE,
  ENDED
}
