package ma.ofppt.cmc.staff.domain;

/** Whether a staff member teaches (and so has a weekly teaching-load ceiling) or not. */
public enum StaffKind {
  TRAINER,
  ADMINISTRATIVE
}
