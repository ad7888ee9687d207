package ma.ofppt.cmc.admissions.domain.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.selection.WishOutcome.Status;

/**
 * The result of a {@link DeferredAcceptance} run: who holds a seat where, each programme's admitted
 * applicants and waitlist in rank order, and the outcome of every wish. Immutable; everything is in
 * id order or rank order, never in the order the inputs came in.
 *
 * <p>A programme's waitlist holds exactly the applicants who wished it, were not admitted to it,
 * and placed it above the wish they were admitted to (or were admitted nowhere): those a freed seat
 * there should be offered to, best-ranked first.
 */
public final class Allocation {
  private final UUID[] applicantIds;
  private final UuidIndex applicantIndex;
  private final UUID[] programmeIds;
  private final UuidIndex programmeIndex;
  private final int[] seats;
  private final int[] wishStart;
  private final int[] wishProgramme;
  private final int[] wishRank;
  private final int[] assignedWish;
  private final int[] waitlistPosition;
  private final List<List<UUID>> admitted;
  private final List<List<UUID>> waitlists;
  private final int assignedCount;

  Allocation(
      UUID[] applicantIds,
      UuidIndex applicantIndex,
      UUID[] programmeIds,
      UuidIndex programmeIndex,
      int[] seats,
      int[] wishStart,
      int[] wishProgramme,
      int[] wishApplicant,
      int[] wishRank,
      int[][] rankedWish,
      int[] assignedWish) {
    this.applicantIds = applicantIds;
    this.applicantIndex = applicantIndex;
    this.programmeIds = programmeIds;
    this.programmeIndex = programmeIndex;
    this.seats = seats;
    this.wishStart = wishStart;
    this.wishProgramme = wishProgramme;
    this.wishRank = wishRank;
    this.assignedWish = assignedWish;
    this.waitlistPosition = new int[wishProgramme.length];
    List<List<UUID>> admittedLists = new ArrayList<>(programmeIds.length);
    List<List<UUID>> waitlistLists = new ArrayList<>(programmeIds.length);
    int assigned = 0;
    for (int p = 0; p < programmeIds.length; p++) {
      List<UUID> in = new ArrayList<>(Math.min(seats[p], rankedWish[p].length));
      List<UUID> waiting = new ArrayList<>();
      for (int s : rankedWish[p]) {
        int a = wishApplicant[s];
        int held = assignedWish[a];
        if (held == s) {
          in.add(applicantIds[a]);
        } else if (held < 0 || s < held) {
          waiting.add(applicantIds[a]);
          waitlistPosition[s] = waiting.size();
        }
      }
      if (in.size() > seats[p]) {
        throw new IllegalStateException("programme " + programmeIds[p] + " is over capacity");
      }
      assigned += in.size();
      admittedLists.add(Collections.unmodifiableList(in));
      waitlistLists.add(Collections.unmodifiableList(waiting));
    }
    this.admitted = admittedLists;
    this.waitlists = waitlistLists;
    this.assignedCount = assigned;
  }

  /** Every applicant of the run, in id order. */
  public List<UUID> applicants() {
    return Collections.unmodifiableList(Arrays.asList(applicantIds));
  }

  /** Every programme of the run, in id order. */
  public List<UUID> programmes() {
    return Collections.unmodifiableList(Arrays.asList(programmeIds));
  }

  /** How many applicants hold a seat. */
  public int assignedCount() {
    return assignedCount;
  }

  /** The programme the applicant holds a seat in, if any. */
  public Optional<UUID> assignmentOf(UUID applicantId) {
    int held = assignedWish[applicant(applicantId)];
    return held < 0 ? Optional.empty() : Optional.of(programmeIds[wishProgramme[held]]);
  }

  /** The programme's first-year seats. */
  public int seats(UUID programmeId) {
    return seats[programme(programmeId)];
  }

  /** The applicants admitted to the programme, in its rank order; never more than its seats. */
  public List<UUID> admitted(UUID programmeId) {
    return admitted.get(programme(programmeId));
  }

  /** The programme's waitlist, in its rank order (see the class comment for who is on it). */
  public List<UUID> waitlist(UUID programmeId) {
    return waitlists.get(programme(programmeId));
  }

  /** What became of each of the applicant's wishes, most wanted first. */
  public List<WishOutcome> outcomesOf(UUID applicantId) {
    int a = applicant(applicantId);
    int held = assignedWish[a];
    List<WishOutcome> outcomes = new ArrayList<>(wishStart[a + 1] - wishStart[a]);
    for (int s = wishStart[a]; s < wishStart[a + 1]; s++) {
      Status status;
      if (s == held) {
        status = Status.ADMITTED;
      } else if (held < 0 || s < held) {
        status = Status.WAITLISTED;
      } else {
        status = Status.NOT_CONSIDERED;
      }
      outcomes.add(
          new WishOutcome(
              s - wishStart[a] + 1,
              programmeIds[wishProgramme[s]],
              wishRank[s] + 1,
              status,
              waitlistPosition[s]));
    }
    return Collections.unmodifiableList(outcomes);
  }

  private int applicant(UUID applicantId) {
    int a = applicantIndex.get(applicantId);
    if (a < 0) {
      throw new IllegalArgumentException("applicant " + applicantId + " is not in this allocation");
    }
    return a;
  }

  private int programme(UUID programmeId) {
    int p = programmeIndex.get(programmeId);
    if (p < 0) {
      throw new IllegalArgumentException("programme " + programmeId + " is not in this allocation");
    }
    return p;
  }
}
