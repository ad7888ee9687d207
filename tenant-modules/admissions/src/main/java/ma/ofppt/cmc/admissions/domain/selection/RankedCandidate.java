package ma.ofppt.cmc.admissions.domain.selection;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * One line of a programme's {@link Ranking}.
 *
 * @param rank 1 for the best; ranks are dense and never shared
 * @param applicantId who
 * @param score Σ weight × input, {@value SelectionCriteria#SCORE_SCALE} decimals
 * @param lotteryNumber the applicant's published lottery number (unsigned; see {@link
 *     Lottery#hex(long)})
 * @param decidedBy what put this candidate below the one ranked just above ({@link
 *     OrderDecision.Step#NONE} for rank 1)
 */
public record RankedCandidate(
    int rank, UUID applicantId, BigDecimal score, long lotteryNumber, OrderDecision decidedBy) {
  public RankedCandidate {
    if (rank < 1) {
      throw new IllegalArgumentException("rank " + rank + " < 1");
    }
    Objects.requireNonNull(applicantId, "applicantId");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(decidedBy, "decidedBy");
  }
}
