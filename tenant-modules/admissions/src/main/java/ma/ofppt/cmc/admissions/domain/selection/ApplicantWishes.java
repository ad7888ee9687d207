package ma.ofppt.cmc.admissions.domain.selection;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An applicant's eligible wishes, most wanted first, as {@link DeferredAcceptance} takes them.
 * Ineligible wishes are left out by the caller; the preference numbers an outcome reports are
 * positions in this list (1-based).
 *
 * @param programmeIds distinct; may be empty
 */
public record ApplicantWishes(UUID applicantId, List<UUID> programmeIds) {
  public ApplicantWishes {
    Objects.requireNonNull(applicantId, "applicantId");
    programmeIds = List.copyOf(programmeIds);
  }
}
