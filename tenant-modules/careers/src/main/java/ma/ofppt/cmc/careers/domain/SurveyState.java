package ma.ofppt.cmc.careers.domain;

/** Where a tracer survey stands; the last three are final. */
public enum SurveyState {
  PENDING,
  RESPONDED,
  UNREACHABLE,
  REFUSED;

  public boolean isFinal() {
    return this != PENDING;
  }
}
