package ma.ofppt.cmc.admissions.domain.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The order in which one programme takes its candidates, and why. Candidates are ordered by score,
 * highest first; equal scores by each criterion's input in the criteria's order, highest first;
 * then by the intake's {@link Lottery} number, lowest first. Every line records the step that
 * placed it below the line above, so the order can be explained and re-checked by hand.
 *
 * <p>The result depends only on the candidates, never on the order they are given in.
 */
public final class Ranking {
  private final SelectionCriteria criteria;
  private final List<RankedCandidate> entries;
  private final List<UUID> applicantOrder;
  // Built on the first lookup: a run ranks half a million lines, and most are never looked up.
  private volatile Map<UUID, RankedCandidate> byApplicant;

  private Ranking(SelectionCriteria criteria, List<RankedCandidate> entries) {
    this.criteria = criteria;
    this.entries = Collections.unmodifiableList(entries);
    List<UUID> order = new ArrayList<>(entries.size());
    for (RankedCandidate e : entries) {
      order.add(e.applicantId());
    }
    this.applicantOrder = Collections.unmodifiableList(order);
  }

  /**
   * Ranks a programme's candidates.
   *
   * @param draw the intake's lottery numbers; must cover every candidate
   * @throws IllegalArgumentException if an applicant appears twice, an input is missing or out of
   *     range, or an applicant was not drawn
   */
  public static Ranking rank(
      SelectionCriteria criteria, Lottery.Draw draw, Collection<Candidate> candidates) {
    Objects.requireNonNull(criteria, "criteria");
    Objects.requireNonNull(draw, "draw");
    Line[] lines = new Line[candidates.size()];
    int i = 0;
    for (Candidate c : candidates) {
      BigDecimal[] inputs = criteria.inputsInOrder(c.inputs());
      long[] inputKeys = SelectionCriteria.inputKeys(inputs);
      long scoreKey = criteria.scoreKey(inputKeys);
      lines[i++] =
          new Line(
              c.applicantId(),
              criteria.scoreOf(inputs, scoreKey),
              scoreKey,
              inputs,
              inputKeys,
              draw.numberOf(c.applicantId()));
    }
    refuseDuplicates(lines);
    Arrays.sort(lines, Ranking::compare);

    List<String> names = criteria.names();
    List<RankedCandidate> entries = new ArrayList<>(lines.length);
    for (int r = 0; r < lines.length; r++) {
      Line line = lines[r];
      OrderDecision decidedBy;
      if (r == 0) {
        decidedBy = OrderDecision.none();
      } else {
        decidedBy = decision(lines[r - 1], line, names);
      }
      entries.add(
          new RankedCandidate(r + 1, line.applicantId, line.score, line.lottery, decidedBy));
    }
    return new Ranking(criteria, entries);
  }

  public SelectionCriteria criteria() {
    return criteria;
  }

  /** The lines, best first. */
  public List<RankedCandidate> entries() {
    return entries;
  }

  /** The applicants, best first: the order {@link DeferredAcceptance} takes. */
  public List<UUID> applicantOrder() {
    return applicantOrder;
  }

  public int size() {
    return entries.size();
  }

  /** The applicant's line, if they are a candidate. */
  public Optional<RankedCandidate> entryOf(UUID applicantId) {
    Map<UUID, RankedCandidate> index = byApplicant;
    if (index == null) {
      index = new HashMap<>(Math.max(16, entries.size() * 4 / 3 + 1));
      for (RankedCandidate e : entries) {
        index.put(e.applicantId(), e);
      }
      byApplicant = index;
    }
    return Optional.ofNullable(index.get(applicantId));
  }

  /**
   * The line just below the given one, whose {@link RankedCandidate#decidedBy()} says what
   * separated the two; empty for the last line.
   */
  public Optional<RankedCandidate> below(RankedCandidate entry) {
    return entry.rank() < entries.size()
        ? Optional.of(entries.get(entry.rank()))
        : Optional.empty();
  }

  /**
   * An applicant listed twice draws the same lottery number twice, so distinct numbers prove
   * distinct applicants; only equal numbers (practically never otherwise) need the ids compared.
   */
  private static void refuseDuplicates(Line[] lines) {
    long[] numbers = new long[lines.length];
    for (int i = 0; i < lines.length; i++) {
      numbers[i] = lines[i].lottery;
    }
    Arrays.sort(numbers);
    for (int i = 1; i < numbers.length; i++) {
      if (numbers[i] == numbers[i - 1]) {
        Set<UUID> seen = new HashSet<>();
        for (Line line : lines) {
          if (!seen.add(line.applicantId)) {
            throw new IllegalArgumentException(
                "applicant " + line.applicantId + " is a candidate twice");
          }
        }
        return;
      }
    }
  }

  private static int compare(Line a, Line b) {
    int byScore = compareScores(b, a);
    if (byScore != 0) {
      return byScore;
    }
    for (int k = 0; k < a.inputs.length; k++) {
      int byInput = compareInputs(b, a, k);
      if (byInput != 0) {
        return byInput;
      }
    }
    return Lottery.compare(a.lottery, a.applicantId, b.lottery, b.applicantId);
  }

  private static OrderDecision decision(Line above, Line line, List<String> names) {
    if (compareScores(above, line) != 0) {
      return OrderDecision.score();
    }
    for (int k = 0; k < line.inputs.length; k++) {
      if (compareInputs(above, line, k) != 0) {
        return OrderDecision.criterion(names.get(k));
      }
    }
    return OrderDecision.lottery();
  }

  // Keys, when both lines have them, compare exactly as the BigDecimals do, and much faster.
  private static int compareScores(Line a, Line b) {
    return a.scoreKey >= 0 && b.scoreKey >= 0
        ? Long.compare(a.scoreKey, b.scoreKey)
        : a.score.compareTo(b.score);
  }

  private static int compareInputs(Line a, Line b, int k) {
    return a.inputKeys != null && b.inputKeys != null
        ? Long.compare(a.inputKeys[k], b.inputKeys[k])
        : a.inputs[k].compareTo(b.inputs[k]);
  }

  /** A candidate with its score and inputs in criteria order, while sorting. */
  private static final class Line {
    final UUID applicantId;
    final BigDecimal score;
    final long scoreKey;
    final BigDecimal[] inputs;
    final long[] inputKeys;
    final long lottery;

    /**
     * @param scoreKey the score × 10^4, or -1 if not computed in long arithmetic
     * @param inputKeys the inputs × 10^4, or null if one has more decimals
     */
    Line(
        UUID applicantId,
        BigDecimal score,
        long scoreKey,
        BigDecimal[] inputs,
        long[] inputKeys,
        long lottery) {
      this.applicantId = applicantId;
      this.score = score;
      this.scoreKey = scoreKey;
      this.inputs = inputs;
      this.inputKeys = inputKeys;
      this.lottery = lottery;
    }
  }
}
