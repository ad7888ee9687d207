package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * How an amount is shared between the four funders: one share each, in MAD at scale 2. A split
 * built for an amount sums to it exactly (no rounding, no remainder); the database checks the same
 * sum again. A split is immutable: arithmetic returns a new one. Reversals carry a negated split,
 * the only place a share is below zero.
 */
@Embeddable
public class FunderSplit {
  @Column(name = "region_share", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal region;

  @Column(name = "state_share", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal state;

  @Column(name = "ofppt_share", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal ofppt;

  @Column(name = "hassan_ii_share", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal hassanII;

  protected FunderSplit() {}

  private FunderSplit(BigDecimal region, BigDecimal state, BigDecimal ofppt, BigDecimal hassanII) {
    this.region = region;
    this.state = state;
    this.ofppt = ofppt;
    this.hassanII = hassanII;
  }

  public static FunderSplit zero() {
    return new FunderSplit(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);
  }

  /**
   * The split of {@code amount} as a request spells it: funder name to share. A funder left out has
   * a share of 0.00; an unknown funder, a negative share, a share with more than two decimals or
   * shares that do not sum exactly to the amount are refused, naming {@code field} (or {@code
   * field.FUNDER} for one share).
   */
  public static FunderSplit of(String field, BigDecimal amount, Map<String, BigDecimal> shares) {
    DomainRuleViolation.require(shares != null && !shares.isEmpty(), field, "required");
    Map<Funder, BigDecimal> parsed = new EnumMap<>(Funder.class);
    for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
      Funder funder = Funder.parse(field, share.getKey());
      parsed.put(funder, Money.amount(field + "." + funder.name(), share.getValue()));
    }
    return exact(field, amount, parsed);
  }

  /** The split of {@code amount} from shares by funder, checked like {@link #of}. */
  public static FunderSplit exact(String field, BigDecimal amount, Map<Funder, BigDecimal> shares) {
    FunderSplit split =
        new FunderSplit(
            shares.getOrDefault(Funder.REGION, Money.ZERO),
            shares.getOrDefault(Funder.STATE, Money.ZERO),
            shares.getOrDefault(Funder.OFPPT, Money.ZERO),
            shares.getOrDefault(Funder.HASSAN_II_FUND, Money.ZERO));
    DomainRuleViolation.require(
        split.total().compareTo(amount) == 0,
        field,
        "the shares sum to "
            + Money.plain(split.total())
            + " MAD, not to the amount "
            + Money.plain(amount)
            + " MAD");
    return split;
  }

  public BigDecimal share(Funder funder) {
    return switch (funder) {
      case REGION -> region;
      case STATE -> state;
      case OFPPT -> ofppt;
      case HASSAN_II_FUND -> hassanII;
    };
  }

  public BigDecimal total() {
    return region.add(state).add(ofppt).add(hassanII);
  }

  public Map<Funder, BigDecimal> asMap() {
    Map<Funder, BigDecimal> map = new EnumMap<>(Funder.class);
    for (Funder funder : Funder.values()) {
      map.put(funder, share(funder));
    }
    return map;
  }

  public FunderSplit plus(FunderSplit other) {
    return new FunderSplit(
        region.add(other.region),
        state.add(other.state),
        ofppt.add(other.ofppt),
        hassanII.add(other.hassanII));
  }

  public FunderSplit negated() {
    return new FunderSplit(region.negate(), state.negate(), ofppt.negate(), hassanII.negate());
  }

  /**
   * Throws a conflict naming {@code field.FUNDER} for the first funder whose share here exceeds its
   * share in {@code limit}: how every "per funder, this ≤ that" invariant is checked.
   */
  public void requireWithin(FunderSplit limit, String field, String what) {
    for (Funder funder : Funder.values()) {
      if (share(funder).compareTo(limit.share(funder)) > 0) {
        throw new ConflictException(
            field + "." + funder.name(),
            what
                + " for "
                + funder.name()
                + " would reach "
                + Money.plain(share(funder))
                + " MAD, above its "
                + Money.plain(limit.share(funder))
                + " MAD");
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunderSplit other && asMap().equals(other.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
