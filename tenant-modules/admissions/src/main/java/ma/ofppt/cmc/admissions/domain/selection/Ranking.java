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
      lines[i++] =
          new Line(
              c.applicantId(), criteria.scoreOf(inputs), inputs, draw.numberOf(c.applicantId()));
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
    int byScore =
        a.keyed && b.keyed ? Long.compare(b.scoreKey, a.scoreKey) : b.score.compareTo(a.score);
    if (byScore != 0) {
      return byScore;
    }
    for (int k = 0; k < a.inputs.length; k++) {
      int byInput = b.inputs[k].compareTo(a.inputs[k]);
      if (byInput != 0) {
        return byInput;
      }
    }
    return Lottery.compare(a.lottery, a.applicantId, b.lottery, b.applicantId);
  }

  private static OrderDecision decision(Line above, Line line, List<String> names) {
    if (above.score.compareTo(line.score) != 0) {
      return OrderDecision.score();
    }
    for (int k = 0; k < line.inputs.length; k++) {
      if (above.inputs[k].compareTo(line.inputs[k]) != 0) {
        return OrderDecision.criterion(names.get(k));
      }
    }
    return OrderDecision.lottery();
  }

  /** A candidate with its score and inputs in criteria order, while sorting. */
  private static final class Line {
    final UUID applicantId;
    final BigDecimal score;
    final BigDecimal[] inputs;
    final long lottery;
    // The score in ten-thousandths, which compares far faster than the BigDecimal; every
    // realistic score fits (only weights beyond 10^13 would not, and those compare as BigDecimal).
    final boolean keyed;
    final long scoreKey;

    Line(UUID applicantId, BigDecimal score, BigDecimal[] inputs, long lottery) {
      this.applicantId = applicantId;
      this.score = score;
      this.inputs = inputs;
      this.lottery = lottery;
      this.keyed = score.precision() <= 18;
      this.scoreKey =
          keyed ? score.scaleByPowerOfTen(SelectionCriteria.SCORE_SCALE).longValueExact() : 0;
    }
  }
}
