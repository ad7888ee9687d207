package ma.ofppt.cmc.staff.domain;

/** Employed by the city, or left it (the record stays, for history and past years' figures). */
public enum StaffStatus {
  ACTIVE,
  LEFT
}
