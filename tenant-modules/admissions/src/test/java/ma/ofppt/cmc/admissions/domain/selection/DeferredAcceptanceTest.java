package ma.ofppt.cmc.admissions.domain.selection;

import static ma.ofppt.cmc.admissions.domain.selection.SelectionInstance.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Deferred acceptance on instances small enough to check by hand. */
class DeferredAcceptanceTest {

  @Test
  void applicantProposingGivesEachApplicantTheirBestStableProgramme() {
    // The textbook case: both matchings are stable; programme-proposing would give a1 -> p2 and
    // a2 -> p1 (each programme its first choice), applicant-proposing gives each applicant theirs.
    SelectionInstance i =
        new SelectionInstance()
            .applicant("a1", "p1", "p2")
            .applicant("a2", "p2", "p1")
            .programme("p1", 1, "a2", "a1")
            .programme("p2", 1, "a1", "a2");
    Allocation result = i.allocate();

    assertEquals("p1", i.assignmentOf(result, "a1"));
    assertEquals("p2", i.assignmentOf(result, "a2"));
    assertEquals(List.of("p1 ADMITTED #2", "p2 NOT_CONSIDERED #1"), i.outcomes(result, "a1"));
    assertEquals(List.of("p2 ADMITTED #2", "p1 NOT_CONSIDERED #1"), i.outcomes(result, "a2"));
    assertEquals(List.of(), i.waitlist(result, "p1"));
    assertEquals(List.of(), i.waitlist(result, "p2"));
    // The programme-optimal matching is stable too, so stability alone does not pick this one.
    assertTrue(StabilityCheck.isStable(i, java.util.Map.of("a1", "p2", "a2", "p1")));
  }

  @Test
  void rejectedApplicantMovesOnAndIsWaitlistedAtTheWishAbove() {
    SelectionInstance i =
        new SelectionInstance()
            .applicant("x", "A", "B", "C")
            .applicant("y", "A", "C", "B")
            .applicant("z", "B", "A")
            .programme("A", 1, "z", "x", "y")
            .programme("B", 1, "x", "z", "y")
            .programme("C", 1, "y", "x");
    Allocation result = i.allocate();

    assertEquals("A", i.assignmentOf(result, "x"));
    assertEquals("C", i.assignmentOf(result, "y"));
    assertEquals("B", i.assignmentOf(result, "z"));
    assertEquals(
        List.of("A ADMITTED #2", "B NOT_CONSIDERED #1", "C NOT_CONSIDERED #2"),
        i.outcomes(result, "x"));
    assertEquals(
        List.of("A WAITLISTED #3 w1", "C ADMITTED #1", "B NOT_CONSIDERED #3"),
        i.outcomes(result, "y"));
    assertEquals(List.of("B ADMITTED #2", "A NOT_CONSIDERED #1"), i.outcomes(result, "z"));
    assertEquals(List.of("y"), i.waitlist(result, "A"));
    assertEquals(List.of(), i.waitlist(result, "B"));
    assertEquals(List.of(), i.waitlist(result, "C"));
  }

  @Test
  void releasesCascadeAndLeaveSomeUnassigned() {
    // Worked by hand: u4 displaces u2 at P; u5 displaces u3 at Q; u3 displaces u1 at P; u1
    // displaces u5 at Q. u2 and u5 end with nothing.
    SelectionInstance i =
        new SelectionInstance()
            .applicant("u1", "P", "Q")
            .applicant("u2", "P")
            .applicant("u3", "Q", "P")
            .applicant("u4", "P", "Q")
            .applicant("u5", "Q")
            .programme("P", 2, "u3", "u4", "u1", "u2")
            .programme("Q", 1, "u1", "u5", "u3", "u4");
    Allocation result = i.allocate();

    assertEquals("Q", i.assignmentOf(result, "u1"));
    assertEquals("-", i.assignmentOf(result, "u2"));
    assertEquals("P", i.assignmentOf(result, "u3"));
    assertEquals("P", i.assignmentOf(result, "u4"));
    assertEquals("-", i.assignmentOf(result, "u5"));
    assertEquals(List.of("u3", "u4"), i.admitted(result, "P"));
    assertEquals(List.of("u1"), i.admitted(result, "Q"));
    assertEquals(List.of("u1", "u2"), i.waitlist(result, "P"));
    assertEquals(List.of("u5", "u3"), i.waitlist(result, "Q"));
    assertEquals(List.of("P WAITLISTED #3 w1", "Q ADMITTED #1"), i.outcomes(result, "u1"));
    assertEquals(List.of("P WAITLISTED #4 w2"), i.outcomes(result, "u2"));
    assertEquals(List.of("Q WAITLISTED #3 w2", "P ADMITTED #1"), i.outcomes(result, "u3"));
    assertEquals(List.of("P ADMITTED #2", "Q NOT_CONSIDERED #4"), i.outcomes(result, "u4"));
    assertEquals(List.of("Q WAITLISTED #2 w1"), i.outcomes(result, "u5"));
    assertEquals(3, result.assignedCount());
  }

  @Test
  void aProgrammeWithNoSeatsAdmitsNobodyAndWaitlistsEveryCandidate() {
    SelectionInstance i =
        new SelectionInstance()
            .applicant("a", "Z", "P")
            .applicant("b", "Z", "P")
            .applicant("c", "Z")
            .programme("Z", 0, "c", "a", "b")
            .programme("P", 1, "b", "a");
    Allocation result = i.allocate();

    assertEquals(List.of(), i.admitted(result, "Z"));
    assertEquals(List.of("c", "a", "b"), i.waitlist(result, "Z"));
    assertEquals(List.of("b"), i.admitted(result, "P"));
    assertEquals(List.of("a"), i.waitlist(result, "P"));
    assertEquals("-", i.assignmentOf(result, "a"));
    assertEquals(List.of("Z WAITLISTED #2 w2", "P WAITLISTED #2 w1"), i.outcomes(result, "a"));
    assertEquals(List.of("Z WAITLISTED #3 w3", "P ADMITTED #1"), i.outcomes(result, "b"));
  }

  @Test
  void moreSeatsThanApplicantsAdmitsEveryCandidateInRankOrder() {
    SelectionInstance i =
        new SelectionInstance()
            .applicant("a", "P")
            .applicant("b", "Q", "P")
            .applicant("c", "P", "Q")
            .applicant("d")
            .programme("P", 100, "c", "b", "a")
            .programme("Q", 1_000_000, "b", "c");
    Allocation result = i.allocate();

    assertEquals(List.of("c", "a"), i.admitted(result, "P"));
    assertEquals(List.of("b"), i.admitted(result, "Q"));
    assertEquals(List.of(), i.waitlist(result, "P"));
    assertEquals(List.of(), i.waitlist(result, "Q"));
    assertEquals("-", i.assignmentOf(result, "d"));
    assertEquals(List.of(), i.outcomes(result, "d"));
    assertEquals(100, result.seats(id("P")));
  }

  @Test
  void emptyInputGivesAnEmptyAllocation() {
    Allocation result = DeferredAcceptance.allocate(List.of(), List.of());
    assertEquals(List.of(), result.applicants());
    assertEquals(List.of(), result.programmes());
    assertEquals(0, result.assignedCount());
  }

  @Test
  void shuffledInputGivesTheSameResult() {
    Random random = new Random(20261122);
    for (int n = 0; n < 20; n++) {
      SelectionInstance i = SelectionInstance.random(random, 300, 12, 25, 5);
      String expected = i.render(i.allocate());
      for (int k = 0; k < 5; k++) {
        assertEquals(expected, i.render(i.allocateShuffled(random)));
      }
    }
  }

  @Test
  void refusesInconsistentInput() {
    UUID a = id("a");
    UUID p = id("P");
    UUID q = id("Q");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(p)), new ApplicantWishes(a, List.of())),
        List.of(new ProgrammeSeats(p, 1, List.of(a))),
        "appears twice");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(p))),
        List.of(new ProgrammeSeats(p, 1, List.of(a)), new ProgrammeSeats(p, 2, List.of(a))),
        "appears twice");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(q))),
        List.of(new ProgrammeSeats(p, 1, List.of())),
        "unknown programme");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(p, p))),
        List.of(new ProgrammeSeats(p, 1, List.of(a))),
        "twice");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of())),
        List.of(new ProgrammeSeats(p, 1, List.of(a))),
        "did not wish it");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(p))),
        List.of(new ProgrammeSeats(p, 1, List.of(id("stranger")))),
        "did not wish it");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(p))),
        List.of(new ProgrammeSeats(p, 1, List.of(a, a))),
        "ranks " + a + " twice");
    assertRefused(
        List.of(new ApplicantWishes(a, List.of(p))),
        List.of(new ProgrammeSeats(p, 1, List.of())),
        "does not rank");
    assertThrows(IllegalArgumentException.class, () -> new ProgrammeSeats(p, -1, List.of()));
  }

  @Test
  void refusesQuestionsAboutStrangers() {
    Allocation result =
        new SelectionInstance().applicant("a", "P").programme("P", 1, "a").allocate();
    assertThrows(IllegalArgumentException.class, () -> result.assignmentOf(id("b")));
    assertThrows(IllegalArgumentException.class, () -> result.outcomesOf(id("b")));
    assertThrows(IllegalArgumentException.class, () -> result.admitted(id("Q")));
    assertThrows(IllegalArgumentException.class, () -> result.waitlist(id("Q")));
  }

  private static void assertRefused(
      List<ApplicantWishes> applicants, List<ProgrammeSeats> programmes, String message) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DeferredAcceptance.allocate(applicants, programmes));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }
}
