package ma.ofppt.cmc.admissions.domain;

/**
 * Where an application stands, in the words an admissions office uses. Submitted applications are
 * assessed at once (ELIGIBLE if at least one wish is, else INELIGIBLE); selection ranks them,
 * offers a seat or waitlists them; the applicant accepts or declines; acceptance leads to
 * enrolment.
 */
public enum ApplicationStatus {
  SUBMITTED,
  ELIGIBLE,
  INELIGIBLE,
  RANKED,
  OFFERED,
  ACCEPTED,
  DECLINED,
  WAITLISTED,
  WITHDRAWN,
  ENROLLED;

  /** Before selection, the applicant may still change their wishes. */
  public boolean isOpenForChanges() {
    return this == SUBMITTED || this == ELIGIBLE || this == INELIGIBLE;
  }
}
