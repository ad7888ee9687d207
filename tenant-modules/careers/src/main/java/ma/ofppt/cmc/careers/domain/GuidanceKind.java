package ma.ofppt.cmc.careers.domain;

/** What a guidance interaction of the career-guidance centre was. */
public enum GuidanceKind {
  /** Choosing a path before applying or between programmes (MyWay-style orientation). */
  ORIENTATION,
  CV_COACHING,
  INTERVIEW_COACHING,
  JOB_FAIR,
  INDIVIDUAL_COUNSELLING,
  WORKSHOP,
  ENTREPRENEURSHIP_ADVICE
}
