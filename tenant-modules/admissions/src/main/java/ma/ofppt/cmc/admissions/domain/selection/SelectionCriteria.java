package ma.ofppt.cmc.admissions.domain.selection;

import java.math.BigDecimal;
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
 * <p>Scores are exact: the products are summed as {@link BigDecimal}s and the total is rounded once
 * to {@value #SCORE_SCALE} decimals, half-even, so that a published score can be recomputed by
 * hand.
 */
public final class SelectionCriteria {
  /** Decimals of a score. */
  public static final int SCORE_SCALE = 4;

  /** The highest mark of the Moroccan grading scale; inputs lie in {@code [0, 20]}. */
  public static final BigDecimal MAX_INPUT = BigDecimal.valueOf(20);

  private final List<Criterion> criteria;
  private final List<String> names;

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
    return scoreOf(inputsInOrder(inputs));
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
