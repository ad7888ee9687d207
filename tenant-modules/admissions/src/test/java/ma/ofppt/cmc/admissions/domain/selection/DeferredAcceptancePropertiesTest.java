package ma.ofppt.cmc.admissions.domain.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.ofppt.cmc.admissions.domain.selection.WishOutcome.Status;
import org.junit.jupiter.api.Test;

/**
 * Properties every allocation must have, over a few hundred random instances (seeded, so a failure
 * reproduces): seats respected, stability, the same result as a naive reference, and waitlists and
 * outcomes exactly as defined.
 */
class DeferredAcceptancePropertiesTest {

  @Test
  void randomInstancesAreStableWithinCapacityAndMatchTheReference() {
    Random random = new Random(42);
    int withWaitlists = 0;
    int withReleases = 0;
    for (int n = 0; n < 400; n++) {
      SelectionInstance instance = SelectionInstance.random(random, 60, 8, 6, 5);
      Allocation result = instance.allocate();
      Map<String, String> assignment = assignment(instance, result);
      String context = "instance " + n + "\n" + instance.render(result);

      for (String p : instance.seats.keySet()) {
        assertTrue(
            instance.admitted(result, p).size() <= instance.seats.get(p), context + p + " over");
      }
      assertNull(StabilityCheck.blockingPair(instance, assignment), context);
      assertEquals(ReferenceDeferredAcceptance.allocate(instance), assignment, context);
      checkAdmittedListsAndWaitlists(instance, result, assignment, context);
      checkOutcomes(instance, result, assignment, context);

      if (instance.seats.keySet().stream().anyMatch(p -> !instance.waitlist(result, p).isEmpty())) {
        withWaitlists++;
      }
      if (assignment.entrySet().stream()
          .anyMatch(e -> !instance.wishes.get(e.getKey()).get(0).equals(e.getValue()))) {
        withReleases++;
      }
    }
    // The generator must produce contested instances, or the checks above prove little.
    assertTrue(withWaitlists > 300, "instances with waitlists: " + withWaitlists);
    assertTrue(
        withReleases > 200, "instances where someone missed their first wish: " + withReleases);
  }

  @Test
  void noStableAllocationGivesAnyApplicantSomethingBetter() {
    // Applicant-optimality, by brute force over every possible assignment of tiny instances.
    Random random = new Random(7);
    int instancesWithSeveralStable = 0;
    for (int n = 0; n < 300; n++) {
      SelectionInstance instance = SelectionInstance.randomFullLists(random, 5, 4, 1);
      Map<String, String> da = assignment(instance, instance.allocate());
      List<Map<String, String>> stable = new ArrayList<>();
      enumerate(instance, new ArrayList<>(instance.wishes.keySet()), 0, new HashMap<>(), stable);
      assertTrue(stable.contains(da), "the result is among the stable allocations");
      for (Map<String, String> other : stable) {
        for (String a : instance.wishes.keySet()) {
          assertTrue(
              position(instance, a, da.get(a)) <= position(instance, a, other.get(a)),
              "instance " + n + ": " + a + " does better in " + other + " than in " + da);
        }
      }
      if (stable.size() > 1) {
        instancesWithSeveralStable++;
      }
    }
    assertTrue(instancesWithSeveralStable > 30, "several stable: " + instancesWithSeveralStable);
  }

  private static void enumerate(
      SelectionInstance instance,
      List<String> applicants,
      int next,
      Map<String, String> partial,
      List<Map<String, String>> stable) {
    if (next == applicants.size()) {
      if (StabilityCheck.isStable(instance, partial)) {
        stable.add(new HashMap<>(partial));
      }
      return;
    }
    String a = applicants.get(next);
    enumerate(instance, applicants, next + 1, partial, stable);
    for (String p : instance.wishes.get(a)) {
      partial.put(a, p);
      enumerate(instance, applicants, next + 1, partial, stable);
      partial.remove(a);
    }
  }

  /** Where the programme sits in the applicant's wishes; nothing sits after every wish. */
  private static int position(SelectionInstance instance, String applicant, String programme) {
    List<String> wishes = instance.wishes.get(applicant);
    return programme == null ? wishes.size() : wishes.indexOf(programme);
  }

  private static Map<String, String> assignment(SelectionInstance instance, Allocation result) {
    Map<String, String> assignment = new HashMap<>();
    for (String a : instance.wishes.keySet()) {
      String p = instance.assignmentOf(result, a);
      if (!p.equals("-")) {
        assignment.put(a, p);
      }
    }
    return assignment;
  }

  private static void checkAdmittedListsAndWaitlists(
      SelectionInstance instance,
      Allocation result,
      Map<String, String> assignment,
      String context) {
    for (String p : instance.seats.keySet()) {
      List<String> admitted = new ArrayList<>();
      List<String> waitlist = new ArrayList<>();
      for (String a : instance.rankings.get(p)) {
        if (p.equals(assignment.get(a))) {
          admitted.add(a);
        } else if (position(instance, a, p) < position(instance, a, assignment.get(a))) {
          waitlist.add(a);
        }
      }
      assertEquals(admitted, instance.admitted(result, p), context + p + " admitted");
      assertEquals(waitlist, instance.waitlist(result, p), context + p + " waitlist");
    }
  }

  private static void checkOutcomes(
      SelectionInstance instance,
      Allocation result,
      Map<String, String> assignment,
      String context) {
    for (String a : instance.wishes.keySet()) {
      List<String> wishes = instance.wishes.get(a);
      List<WishOutcome> outcomes = result.outcomesOf(SelectionInstance.id(a));
      assertEquals(wishes.size(), outcomes.size(), context + a);
      int held = position(instance, a, assignment.get(a));
      for (int k = 0; k < wishes.size(); k++) {
        String p = wishes.get(k);
        WishOutcome o = outcomes.get(k);
        assertEquals(k + 1, o.preference(), context + a);
        assertEquals(p, instance.name(o.programmeId()), context + a);
        assertEquals(instance.rankings.get(p).indexOf(a) + 1, o.rank(), context + a);
        Status expected =
            k == held ? Status.ADMITTED : k < held ? Status.WAITLISTED : Status.NOT_CONSIDERED;
        assertEquals(expected, o.status(), context + a + " at " + p);
        int expectedPosition =
            expected == Status.WAITLISTED ? instance.waitlist(result, p).indexOf(a) + 1 : 0;
        assertEquals(expectedPosition, o.waitlistPosition(), context + a + " at " + p);
      }
    }
  }
}
