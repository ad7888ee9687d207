package ma.ofppt.cmc.admissions.domain.selection;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Allocates first-year seats by applicant-proposing deferred acceptance (Gale–Shapley with
 * capacities). Each free applicant proposes to their next wish; a programme holds the best-ranked
 * proposals up to its seats and releases the worst held one when a better-ranked proposal comes; a
 * released applicant proposes to their next wish. It ends when every applicant is held or has run
 * out of wishes.
 *
 * <p>The result is stable — no applicant and programme would both rather have each other than what
 * they got — and, among stable results, the best for every applicant at once, so no applicant can
 * gain by misstating their wishes. It is unique, so it does not depend on the order of the inputs
 * or of the proposals; the implementation also processes applicants in id order so that nothing
 * depends on iteration order.
 *
 * <p>Ids are mapped to int indices, wishes are held in flat arrays, and each programme keeps its
 * held applicants' ranks in a bounded max-heap whose root is the worst one held: a proposal costs
 * O(log seats), and every wish is proposed at most once.
 */
public final class DeferredAcceptance {
  private DeferredAcceptance() {}

  /**
   * Runs the allocation.
   *
   * @param applicants each applicant once, with their eligible wishes
   * @param programmes each programme once, with its seats and its ranking of exactly the applicants
   *     who wished it
   * @throws IllegalArgumentException if an id appears twice, a wish names an unknown programme, or
   *     a ranking and the wishes disagree
   */
  public static Allocation allocate(
      Collection<ApplicantWishes> applicants, Collection<ProgrammeSeats> programmes) {
    ApplicantWishes[] as = applicants.toArray(new ApplicantWishes[0]);
    Arrays.sort(as, Comparator.comparing(ApplicantWishes::applicantId));
    ProgrammeSeats[] ps = programmes.toArray(new ProgrammeSeats[0]);
    Arrays.sort(ps, Comparator.comparing(ProgrammeSeats::programmeId));
    int applicantCount = as.length;
    int programmeCount = ps.length;

    UUID[] applicantIds = new UUID[applicantCount];
    UuidIndex applicantIndex = new UuidIndex(applicantCount);
    for (int a = 0; a < applicantCount; a++) {
      applicantIds[a] = as[a].applicantId();
      if (applicantIndex.putIfAbsent(applicantIds[a], a) >= 0) {
        throw new IllegalArgumentException("applicant " + applicantIds[a] + " appears twice");
      }
    }
    UUID[] programmeIds = new UUID[programmeCount];
    int[] seats = new int[programmeCount];
    UuidIndex programmeIndex = new UuidIndex(programmeCount);
    for (int p = 0; p < programmeCount; p++) {
      programmeIds[p] = ps[p].programmeId();
      seats[p] = ps[p].seats();
      if (programmeIndex.putIfAbsent(programmeIds[p], p) >= 0) {
        throw new IllegalArgumentException("programme " + programmeIds[p] + " appears twice");
      }
    }

    // Wishes, flattened: applicant a's wishes are the slots wishStart[a] .. wishStart[a + 1] - 1.
    int[] wishStart = new int[applicantCount + 1];
    for (int a = 0; a < applicantCount; a++) {
      wishStart[a + 1] = wishStart[a] + as[a].programmeIds().size();
    }
    int wishCount = wishStart[applicantCount];
    int[] wishProgramme = new int[wishCount];
    int[] wishApplicant = new int[wishCount];
    for (int a = 0; a < applicantCount; a++) {
      int s = wishStart[a];
      for (UUID programmeId : as[a].programmeIds()) {
        int p = programmeIndex.get(programmeId);
        if (p < 0) {
          throw new IllegalArgumentException(
              "applicant " + applicantIds[a] + " wishes unknown programme " + programmeId);
        }
        for (int earlier = wishStart[a]; earlier < s; earlier++) {
          if (wishProgramme[earlier] == p) {
            throw new IllegalArgumentException(
                "applicant " + applicantIds[a] + " wishes programme " + programmeId + " twice");
          }
        }
        wishProgramme[s] = p;
        wishApplicant[s] = a;
        s++;
      }
    }

    // Each wish's rank at its programme, and each programme's ranks back to wishes.
    int[] wishRank = new int[wishCount];
    Arrays.fill(wishRank, -1);
    int[][] rankedWish = new int[programmeCount][];
    for (int p = 0; p < programmeCount; p++) {
      List<UUID> ranking = ps[p].ranking();
      int[] slots = new int[ranking.size()];
      for (int r = 0; r < slots.length; r++) {
        UUID applicantId = ranking.get(r);
        int a = applicantIndex.get(applicantId);
        int s = a < 0 ? -1 : slotOf(a, p, wishStart, wishProgramme);
        if (s < 0) {
          throw new IllegalArgumentException(
              "programme " + programmeIds[p] + " ranks " + applicantId + " who did not wish it");
        }
        if (wishRank[s] >= 0) {
          throw new IllegalArgumentException(
              "programme " + programmeIds[p] + " ranks " + applicantId + " twice");
        }
        wishRank[s] = r;
        slots[r] = s;
      }
      rankedWish[p] = slots;
    }
    for (int s = 0; s < wishCount; s++) {
      if (wishRank[s] < 0) {
        throw new IllegalArgumentException(
            "programme "
                + programmeIds[wishProgramme[s]]
                + " does not rank "
                + applicantIds[wishApplicant[s]]
                + " who wished it");
      }
    }

    int[] next = propose(wishStart, wishProgramme, wishApplicant, wishRank, rankedWish, seats);

    int[] assignedWish = new int[applicantCount];
    for (int a = 0; a < applicantCount; a++) {
      assignedWish[a] = next[a] < wishStart[a + 1] ? next[a] : -1;
    }
    return new Allocation(
        applicantIds,
        applicantIndex,
        programmeIds,
        programmeIndex,
        seats,
        wishStart,
        wishProgramme,
        wishApplicant,
        wishRank,
        rankedWish,
        assignedWish);
  }

  /**
   * The proposal loop. Returns, per applicant, the wish slot they are held at, or the end of their
   * slots if every wish rejected them.
   */
  private static int[] propose(
      int[] wishStart,
      int[] wishProgramme,
      int[] wishApplicant,
      int[] wishRank,
      int[][] rankedWish,
      int[] seats) {
    int applicantCount = wishStart.length - 1;
    int programmeCount = seats.length;
    // held[p] is a max-heap of the ranks p holds; a programme never holds more than it has
    // candidates, which bounds the arrays when seats outnumber applicants.
    int[][] held = new int[programmeCount][];
    int[] heldCount = new int[programmeCount];
    for (int p = 0; p < programmeCount; p++) {
      held[p] = new int[Math.min(seats[p], rankedWish[p].length)];
    }
    int[] next = Arrays.copyOf(wishStart, applicantCount);
    // Free applicants, a stack; applicant 0 proposes first.
    int[] free = new int[applicantCount];
    int top = 0;
    for (int a = applicantCount - 1; a >= 0; a--) {
      free[top++] = a;
    }
    while (top > 0) {
      int a = free[--top];
      int end = wishStart[a + 1];
      int s = next[a];
      while (s < end) {
        int p = wishProgramme[s];
        int r = wishRank[s];
        int[] heap = held[p];
        int n = heldCount[p];
        if (n < heap.length) {
          siftUp(heap, n, r);
          heldCount[p] = n + 1;
          break;
        }
        if (n > 0 && r < heap[0]) {
          int released = wishApplicant[rankedWish[p][heap[0]]];
          heap[0] = r;
          siftDown(heap, n);
          next[released]++;
          free[top++] = released;
          break;
        }
        s++;
      }
      next[a] = s;
    }
    return next;
  }

  private static int slotOf(int a, int p, int[] wishStart, int[] wishProgramme) {
    for (int s = wishStart[a]; s < wishStart[a + 1]; s++) {
      if (wishProgramme[s] == p) {
        return s;
      }
    }
    return -1;
  }

  /** Adds {@code value} to the max-heap {@code heap[0 .. n - 1]}. */
  private static void siftUp(int[] heap, int n, int value) {
    int i = n;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] >= value) {
        break;
      }
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = value;
  }

  /** Restores the max-heap {@code heap[0 .. n - 1]} after its root was replaced. */
  private static void siftDown(int[] heap, int n) {
    int value = heap[0];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && heap[child + 1] > heap[child]) {
        child++;
      }
      if (heap[child] <= value) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = value;
  }
}
