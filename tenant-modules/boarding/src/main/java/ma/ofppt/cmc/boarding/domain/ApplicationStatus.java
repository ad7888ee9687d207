package ma.ofppt.cmc.boarding.domain;

/** Where a boarding application stands. */
public enum ApplicationStatus {
  /** Received, not yet ranked by an allocation run. */
  PENDING,
  /** Ranked, no bed free for now: on the waitlist of its sex. */
  WAITLISTED,
  /** Holds a bed (reserved or checked in). */
  HOUSED,
  /** Checked out before the end of the year: the bed went back. */
  LEFT,
  /** Withdrawn by the campus manager (the trainee no longer wants a bed, or left the city). */
  WITHDRAWN
}
