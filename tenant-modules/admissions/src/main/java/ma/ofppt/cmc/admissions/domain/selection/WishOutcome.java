package ma.ofppt.cmc.admissions.domain.selection;

import java.util.Objects;
import java.util.UUID;

/**
 * What became of one wish in an {@link Allocation}: the explanation an applicant is owed, wish by
 * wish.
 *
 * @param preference the wish's position in the applicant's list, 1 for the most wanted
 * @param programmeId the programme wished for
 * @param rank the applicant's rank in that programme's ranking, 1 for the best
 * @param status admitted, waitlisted or not considered
 * @param waitlistPosition the 1-based position on the programme's waitlist when {@link
 *     Status#WAITLISTED}, 0 otherwise
 */
public record WishOutcome(
    int preference, UUID programmeId, int rank, Status status, int waitlistPosition) {

  /** The three things that can become of a wish. */
  public enum Status {
    /** The applicant holds a seat here: their best wish that could admit them. */
    ADMITTED,
    /**
     * Every seat went to applicants ranked higher; the applicant wants this more than what they
     * hold (or hold nothing), so they wait for a seat to free up.
     */
    WAITLISTED,
    /** The applicant was admitted to a wish they placed higher, so this one was never needed. */
    NOT_CONSIDERED
  }

  public WishOutcome {
    Objects.requireNonNull(programmeId, "programmeId");
    Objects.requireNonNull(status, "status");
    if ((status == Status.WAITLISTED) != (waitlistPosition > 0) || waitlistPosition < 0) {
      throw new IllegalArgumentException(status + " with waitlist position " + waitlistPosition);
    }
  }
}
