package ma.ofppt.cmc.hq.domain;

/** What HQ did to a city's period. */
public enum PeriodAction {
  CLOSED,
  REOPENED
}
