package ma.ofppt.cmc.careers.domain;

/** How a graduate was contacted for a tracer survey. */
public enum ContactChannel {
  PHONE,
  SMS,
  EMAIL,
  MESSAGING,
  VISIT,
  OTHER
}
