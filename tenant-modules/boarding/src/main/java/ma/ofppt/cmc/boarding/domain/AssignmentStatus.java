package ma.ofppt.cmc.boarding.domain;

/** Where a bed assignment stands. */
public enum AssignmentStatus {
  /** The bed is held for the trainee, who has not arrived yet. */
  RESERVED,
  /** The trainee has arrived and sleeps there. */
  CHECKED_IN,
  /** The trainee left; the period now ends on the day of departure. */
  CHECKED_OUT,
  /** Given up before arrival; the row no longer holds the bed. */
  CANCELLED
}
