package ma.ofppt.cmc.careers.domain;

/** The life of an incubator project: an idea, incubated, launched as a business, or closed. */
public enum ProjectStatus {
  IDEA,
  INCUBATED,
  LAUNCHED,
  CLOSED
}
