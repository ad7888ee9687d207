package ma.ofppt.cmc.careers.domain;

/**
 * A graduate's situation at a tracer survey's reference date (the ETF/Cedefop/ILO categories of
 * graduate tracking, with international mobility kept apart because the THAMM programme and its
 * like are followed on their own). Whether it counts as insertion is decided once, here; see
 * docs/careers-figures.md.
 */
public enum Situation {
  /** Working for an employer (wage employment), in Morocco. */
  EMPLOYED(true),
  /** Working on one's own account, including a start-up from the city's incubator. */
  SELF_EMPLOYED(true),
  /** Working abroad through a mobility programme or otherwise. */
  INTERNATIONAL_MOBILITY(true),
  /** Studying or training full time; not in the labour market, so not insertion. */
  FURTHER_STUDY(false),
  /** Without work and looking for it. */
  SEEKING(false),
  /** Neither working nor looking (family, health, military service...). */
  INACTIVE(false);

  private final boolean insertion;

  Situation(boolean insertion) {
    this.insertion = insertion;
  }

  /** Counts in the numerator of the insertion rate. */
  public boolean isInsertion() {
    return insertion;
  }
}
