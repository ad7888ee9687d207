package ma.ofppt.cmc.admissions.domain;

/** How an application reached the city: typed in by an officer (API) or imported from a file. */
public enum ApplicationSource {
  API,
  IMPORT
}
