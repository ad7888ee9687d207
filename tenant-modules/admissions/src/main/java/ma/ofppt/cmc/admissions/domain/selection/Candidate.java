package ma.ofppt.cmc.admissions.domain.selection;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One applicant's eligible wish for a programme, as the programme's {@link Ranking} sees it: who,
 * and the marks (0–20) the wish carries, by criterion name.
 */
public record Candidate(UUID applicantId, Map<String, BigDecimal> inputs) {
  public Candidate {
    Objects.requireNonNull(applicantId, "applicantId");
    Objects.requireNonNull(inputs, "inputs");
    for (Map.Entry<String, BigDecimal> input : inputs.entrySet()) {
      if (input.getKey() == null || input.getValue() == null) {
        throw new IllegalArgumentException(
            "missing input " + input.getKey() + " of " + applicantId);
      }
    }
    inputs = Map.copyOf(inputs);
  }
}
