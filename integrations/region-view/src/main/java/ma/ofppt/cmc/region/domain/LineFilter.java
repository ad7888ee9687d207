package ma.ofppt.cmc.region.domain;

/** Which spending lines an auditor asks for; null fields do not filter. */
public record LineFilter(Integer fiscalYear, LineKind kind) {
  public static LineFilter all() {
    return new LineFilter(null, null);
  }
}
