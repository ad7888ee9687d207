package ma.ofppt.cmc.admissions.domain;

/** Sex as recorded by the civil registry; the boarding house allocates wings by it. */
public enum Sex {
  F,
  M
}
