package ma.ofppt.cmc.admissions.domain;

/**
 * What selection decided for one wish: a seat, a place on the waitlist, not needed (a preferred
 * wish won a seat), or not admitted (ineligible, or ranked below every seat with nothing to wait
 * for).
 */
public enum WishResult {
  ADMITTED,
  WAITLISTED,
  NOT_CONSIDERED,
  NOT_ADMITTED
}
