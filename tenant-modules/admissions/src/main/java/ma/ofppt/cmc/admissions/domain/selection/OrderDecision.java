package ma.ofppt.cmc.admissions.domain.selection;

import java.util.Objects;
import java.util.Optional;

/**
 * Which step of the ranking put a candidate below the candidate ranked just above: their scores, a
 * criterion (named) when the scores were equal, or the lottery when every criterion was equal too.
 * This is what lets an explanation say "tied with X on score, decided by the test result".
 */
public final class OrderDecision {
  /** The steps, in the order the ranking applies them. */
  public enum Step {
    /** Rank 1: nobody above to be ordered against. */
    NONE,
    /** The scores differ. */
    SCORE,
    /** Equal scores; the first criterion, in the criteria's order, whose inputs differ. */
    CRITERION,
    /** Equal scores and inputs; the lower lottery number ranks first. */
    LOTTERY
  }

  private static final OrderDecision NONE = new OrderDecision(Step.NONE, null);
  private static final OrderDecision SCORE = new OrderDecision(Step.SCORE, null);
  private static final OrderDecision LOTTERY = new OrderDecision(Step.LOTTERY, null);

  private final Step step;
  private final String criterion;

  private OrderDecision(Step step, String criterion) {
    this.step = step;
    this.criterion = criterion;
  }

  public static OrderDecision none() {
    return NONE;
  }

  public static OrderDecision score() {
    return SCORE;
  }

  public static OrderDecision criterion(String name) {
    return new OrderDecision(Step.CRITERION, Objects.requireNonNull(name, "name"));
  }

  public static OrderDecision lottery() {
    return LOTTERY;
  }

  public Step step() {
    return step;
  }

  /** The deciding criterion's name, for {@link Step#CRITERION} only. */
  public Optional<String> criterion() {
    return Optional.ofNullable(criterion);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrderDecision other
        && step == other.step
        && Objects.equals(criterion, other.criterion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(step, criterion);
  }

  @Override
  public String toString() {
    return criterion == null ? step.name() : step.name() + "(" + criterion + ")";
  }
}
