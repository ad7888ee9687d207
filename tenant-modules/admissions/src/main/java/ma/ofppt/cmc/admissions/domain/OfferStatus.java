package ma.ofppt.cmc.admissions.domain;

/** PENDING until the applicant answers; EXPIRED when the deadline passes without an answer. */
public enum OfferStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  EXPIRED
}
