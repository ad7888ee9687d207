package ma.ofppt.cmc.admissions.domain.selection;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * How one programme scores its candidates: an ordered list of named criteria, each with a positive
 * weight (for example {@code gradeAverage 0.6, test 0.3, interview 0.1}). A wish's score is the sum
 * of weight × input over the criteria, where each input is a mark on the Moroccan 0–20 scale; the
 * order of the criteria is also the order in which they break ties on the score (see {@link
 * Ranking}).
 *
 * <p>Scores are exact: the products are summed without rounding and the total is rounded once to
 * {@value #SCORE_SCALE} decimals, half-even, so that a published score can be recomputed by hand.
 * When the weights and inputs have few decimals (marks have two), the ranking computes the same
 * exact value in long arithmetic, which is much faster than {@link BigDecimal} over half a million
 * wishes; otherwise it falls back to {@link BigDecimal}.
 */
public final class SelectionCriteria {
  /** Decimals of a score. */
  public static final int SCORE_SCALE = 4;

  /** The highest mark of the Moroccan grading scale; inputs lie in {@code [0, 20]}. */
  public static final BigDecimal MAX_INPUT = BigDecimal.valueOf(20);

  /** Decimals an input may have to be scored and compared as a long (its value × 10^4). */
  static final int INPUT_KEY_SCALE = 4;

  private static final long MAX_INPUT_KEY = 20 * 10_000L;
  private static final int MAX_FAST_WEIGHT_SCALE = 8;
  private static final long[] POWERS_OF_TEN = new long[MAX_FAST_WEIGHT_SCALE + 1];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  private final List<Criterion> criteria;
  private final List<String> names;
  // Each weight × 10^weightScale, when long arithmetic can score exactly without overflow; else
  // null and scores are computed as BigDecimal.
  private final long[] scaledWeights;
  private final int weightScale;

  /**
   * One criterion: the name under which a wish carries its input, and its weight.
   *
   * @param name the input's name, for example {@code gradeAverage}
   * @param weight strictly positive
   */
  public record Criterion(String name, BigDecimal weight) {
    public Criterion {
      DomainRuleViolation.require(
          name != null && !name.isBlank(), "criteria", "every criterion needs a name");
      DomainRuleViolation.require(
          weight != null && weight.signum() > 0,
          "criteria",
          "the weight of " + name + " must be greater than 0");
    }
  }

  /**
   * @param criteria in tie-breaking order; at least one, names unique
   */
  public SelectionCriteria(List<Criterion> criteria) {
    DomainRuleViolation.require(
        criteria != null && !criteria.isEmpty(), "criteria", "at least one criterion");
    Set<String> seen = new HashSet<>();
    List<String> ordered = new ArrayList<>(criteria.size());
    for (Criterion c : criteria) {
      DomainRuleViolation.require(c != null, "criteria", "a criterion is missing");
      DomainRuleViolation.require(
          seen.add(c.name()), "criteria", "criterion " + c.name() + " appears twice");
      ordered.add(c.name());
    }
    this.criteria = List.copyOf(criteria);
    this.names = List.copyOf(ordered);
    int scale = 0;
    for (Criterion c : criteria) {
      scale = Math.max(scale, c.weight().scale());
    }
    this.weightScale = scale;
    this.scaledWeights = scale <= MAX_FAST_WEIGHT_SCALE ? scaledWeights(criteria, scale) : null;
  }

  /**
   * The weights as longs at a common scale, or null if a sum of products could overflow: the bound
   * is checked here once, so that {@link #scoreKey} needs no check per wish.
   */
  private static long[] scaledWeights(List<Criterion> criteria, int scale) {
    long[] scaled = new long[criteria.size()];
    BigInteger bound = BigInteger.ZERO;
    for (int i = 0; i < scaled.length; i++) {
      BigInteger unscaled = criteria.get(i).weight().setScale(scale).unscaledValue();
      bound = bound.add(unscaled.multiply(BigInteger.valueOf(MAX_INPUT_KEY)));
      if (bound.bitLength() > 62) {
        return null;
      }
      scaled[i] = unscaled.longValueExact();
    }
    return scaled;
  }

  /**
   * Criteria from alternating names and weights: {@code of("gradeAverage", "0.6", "test", "0.4")}.
   */
  public static SelectionCriteria of(String... namesAndWeights) {
    DomainRuleViolation.require(
        namesAndWeights.length % 2 == 0, "criteria", "a weight for every criterion");
    List<Criterion> list = new ArrayList<>();
    for (int i = 0; i < namesAndWeights.length; i += 2) {
      list.add(new Criterion(namesAndWeights[i], new BigDecimal(namesAndWeights[i + 1])));
    }
    return new SelectionCriteria(list);
  }

  /** The criteria, in tie-breaking order. */
  public List<Criterion> criteria() {
    return criteria;
  }

  /** The criteria's names, in tie-breaking order. */
  public List<String> names() {
    return names;
  }

  /**
   * The score of one wish: Σ weight × input, rounded half-even to {@value #SCORE_SCALE} decimals.
   * Inputs that no criterion names are ignored.
   *
   * @throws IllegalArgumentException if an input is missing or outside 0–20 (the caller refuses
   *     such wishes before ranking)
   */
  public BigDecimal score(Map<String, BigDecimal> inputs) {
    BigDecimal[] ordered = inputsInOrder(inputs);
    return scoreOf(ordered, scoreKey(inputKeys(ordered)));
  }

  /** The score from its long form when there is one ({@code scoreKey >= 0}), else in BigDecimal. */
  BigDecimal scoreOf(BigDecimal[] orderedInputs, long scoreKey) {
    return scoreKey >= 0 ? BigDecimal.valueOf(scoreKey, SCORE_SCALE) : scoreOf(orderedInputs);
  }

  /** The inputs in criteria order, checked. */
  BigDecimal[] inputsInOrder(Map<String, BigDecimal> inputs) {
    Objects.requireNonNull(inputs, "inputs");
    BigDecimal[] ordered = new BigDecimal[criteria.size()];
    for (int i = 0; i < ordered.length; i++) {
      String name = criteria.get(i).name();
      BigDecimal value = inputs.get(name);
      if (value == null) {
        throw new IllegalArgumentException("missing input " + name);
      }
      if (value.signum() < 0 || value.compareTo(MAX_INPUT) > 0) {
        throw new IllegalArgumentException("input " + name + " = " + value + " is outside 0-20");
      }
      ordered[i] = value;
    }
    return ordered;
  }

  /**
   * The inputs × 10^{@value #INPUT_KEY_SCALE} as longs, in criteria order, or null if one has more
   * decimals than that (or a negative scale). Keys compare exactly as the inputs do.
   */
  static long[] inputKeys(BigDecimal[] orderedInputs) {
    long[] keys = new long[orderedInputs.length];
    for (int i = 0; i < keys.length; i++) {
      BigDecimal input = orderedInputs[i];
      int scale = input.scale();
      if (scale < 0 || scale > INPUT_KEY_SCALE) {
        return null;
      }
      // A checked input is within 0-20: its unscaled value fits a long.
      keys[i] =
          input.movePointRight(scale).longValueExact() * POWERS_OF_TEN[INPUT_KEY_SCALE - scale];
    }
    return keys;
  }

  /**
   * The score × 10^{@value #SCORE_SCALE} computed in long arithmetic from {@link #inputKeys}: the
   * exact sum at scale weightScale + 4, rounded half-even to scale 4. Equal to {@link #scoreOf}; -1
   * when these weights or inputs need {@link BigDecimal}.
   */
  long scoreKey(long[] inputKeys) {
    if (scaledWeights == null || inputKeys == null) {
      return -1;
    }
    long sum = 0;
    for (int i = 0; i < inputKeys.length; i++) {
      sum += scaledWeights[i] * inputKeys[i];
    }
    if (weightScale == 0) {
      return sum;
    }
    long unit = POWERS_OF_TEN[weightScale];
    long quotient = sum / unit;
    long twiceRemainder = 2 * (sum % unit);
    if (twiceRemainder > unit || (twiceRemainder == unit && (quotient & 1) == 1)) {
      quotient++;
    }
    return quotient;
  }

  /** The score in {@link BigDecimal} arithmetic: Σ weight × input, rounded half-even once. */
  BigDecimal scoreOf(BigDecimal[] orderedInputs) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < orderedInputs.length; i++) {
      sum = sum.add(criteria.get(i).weight().multiply(orderedInputs[i]));
    }
    return sum.setScale(SCORE_SCALE, RoundingMode.HALF_EVEN);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SelectionCriteria other && criteria.equals(other.criteria);
  }

  @Override
  public int hashCode() {
    return criteria.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Criterion c : criteria) {
      s.append(s.length() == 0 ? "" : ", ").append(c.name()).append(' ').append(c.weight());
    }
    return s.toString();
  }
}
