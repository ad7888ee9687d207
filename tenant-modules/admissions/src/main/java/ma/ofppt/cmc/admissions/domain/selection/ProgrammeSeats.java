package ma.ofppt.cmc.admissions.domain.selection;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What {@link DeferredAcceptance} needs of one programme: its first-year seats and its ranking of
 * exactly the applicants who wished it (best first, see {@link Ranking#applicantOrder()}).
 *
 * @param seats first-year seats, 0 or more
 */
public record ProgrammeSeats(UUID programmeId, int seats, List<UUID> ranking) {
  public ProgrammeSeats {
    Objects.requireNonNull(programmeId, "programmeId");
    if (seats < 0) {
      throw new IllegalArgumentException("programme " + programmeId + " has " + seats + " seats");
    }
    ranking = List.copyOf(ranking);
  }
}
