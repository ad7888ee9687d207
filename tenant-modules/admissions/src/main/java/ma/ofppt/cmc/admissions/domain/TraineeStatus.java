package ma.ofppt.cmc.admissions.domain;

/** The lifecycle of a trainee record; TRANSFERRED closes it in favour of a record elsewhere. */
public enum TraineeStatus {
  ACTIVE,
  SUSPENDED,
  DROPPED_OUT,
  TRANSFERRED,
  GRADUATED
}
