package ma.ofppt.cmc.boarding.domain;

import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * The points an application earns per criterion. Score = remote area × {@code remoteAreaPoints} +
 * ⌊distance km ÷ 10⌋ × {@code pointsPer10Km} + social need × {@code socialNeedPoints} + disability
 * × {@code disabilityPoints} (booleans count 1 or 0). Integers, so a score is exact.
 */
public record PolicyWeights(
    int remoteAreaPoints, int pointsPer10Km, int socialNeedPoints, int disabilityPoints) {
  public static final int MAX = 1000;

  /** What a city starts from until its director sets its own weights. */
  public static final PolicyWeights DEFAULT = new PolicyWeights(40, 2, 30, 50);

  public PolicyWeights {
    check("remoteAreaPoints", remoteAreaPoints);
    check("pointsPer10Km", pointsPer10Km);
    check("socialNeedPoints", socialNeedPoints);
    check("disabilityPoints", disabilityPoints);
  }

  private static void check(String field, int value) {
    DomainRuleViolation.require(value >= 0 && value <= MAX, field, "between 0 and " + MAX);
  }

  public int score(boolean remoteArea, int distanceKm, boolean socialNeed, boolean disability) {
    return (remoteArea ? remoteAreaPoints : 0)
        + (distanceKm / 10) * pointsPer10Km
        + (socialNeed ? socialNeedPoints : 0)
        + (disability ? disabilityPoints : 0);
  }
}
