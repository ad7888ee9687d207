package ma.ofppt.cmc.platform.offer;

/** The highest schooling an applicant reached, in increasing order. */
public enum EducationLevel {
  NONE,
  PRIMARY,
  /** The 3rd year of collège (9th grade) completed. */
  MIDDLE_SCHOOL,
  /** Secondary school reached (common core or a year of the baccalaureate cycle). */
  SECONDARY,
  BACCALAUREATE,
  HIGHER
}
