/**
 * Admissions of a city: applicants and their applications for an intake, eligibility per wish, bulk
 * import, ranking and allocation of first-year seats, offers, waitlists and enrolment. Knows the
 * training offer only through {@link ma.ofppt.cmc.platform.offer.OfferedProgrammes}.
 */
package ma.ofppt.cmc.admissions;
