package ma.ofppt.cmc.boarding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class AllocationRulesTest {
  private static final AcademicYear YEAR = new AcademicYear("2035-2036");
  private static final PolicyWeights WEIGHTS = new PolicyWeights(40, 2, 30, 50);
  private static final Instant T0 = Instant.parse("2035-06-01T10:00:00Z");

  @Test
  void theScoreAddsThePointsOfEachCriterion() {
    assertEquals(0, WEIGHTS.score(false, 9, false, false), "9 km is less than one step of 10");
    assertEquals(40 + 2 * 12 + 30 + 50, WEIGHTS.score(true, 129, true, true));
    assertEquals(60, WEIGHTS.score(false, 300, false, false));
    DomainRuleViolation negative =
        assertThrows(DomainRuleViolation.class, () -> new PolicyWeights(0, -1, 0, 0));
    assertEquals("pointsPer10Km", negative.field());
  }

  @Test
  void priorityIsScoreThenDistanceThenArrivalThenId() {
    BoardingApplication far = application(Sex.F, 300, false, T0.plusSeconds(60));
    BoardingApplication social = application(Sex.F, 100, true, T0.plusSeconds(30));
    BoardingApplication early = application(Sex.F, 50, true, T0);
    BoardingApplication late = application(Sex.F, 50, true, T0.plusSeconds(90));
    BoardingApplication nearSameScore = application(Sex.F, 0, true, T0);
    // social 50 + 30 = 40 + 10 = 50 vs far 60; early/late/near all 40 + 0..10
    List<BoardingApplication> all =
        new ArrayList<>(List.of(late, nearSameScore, early, social, far));
    all.forEach(a -> a.rank(WEIGHTS));
    all.sort(BoardingApplication.PRIORITY);
    assertEquals(List.of(far, social, early, late, nearSameScore), all);
    assertEquals(60, far.score());
    assertEquals(50, social.score());
    assertEquals(40, early.score());
    assertEquals(30, nearSameScore.score());
  }

  @Test
  void equalScoresAndDistancesGoByTheEarlierApplication() {
    BoardingApplication first = application(Sex.M, 200, false, T0);
    BoardingApplication second = application(Sex.M, 200, false, T0.plusSeconds(1));
    List<BoardingApplication> all = new ArrayList<>(List.of(second, first));
    all.forEach(a -> a.rank(WEIGHTS));
    all.sort(BoardingApplication.PRIORITY);
    assertEquals(List.of(first, second), all);
  }

  @Test
  void aBedOfTheOtherSexsWingIsRefused() {
    Bed bed = bed(Sex.M);
    BoardingApplication woman = application(Sex.F, 10, false, T0);
    DomainRuleViolation refused =
        assertThrows(
            DomainRuleViolation.class,
            () -> new BedAssignment(bed, woman, YEAR_START, YEAR_END, T0));
    assertEquals("bedId", refused.field());
  }

  @Test
  void checkInAndOutFollowThePeriod() {
    BedAssignment assignment =
        new BedAssignment(bed(Sex.F), application(Sex.F, 10, false, T0), YEAR_START, YEAR_END, T0);
    assertTrue(assignment.holdsOn(YEAR_START));
    assertFalse(assignment.presentOn(YEAR_START), "reserved, not arrived");
    assertEquals(
        "on",
        assertThrows(DomainRuleViolation.class, () -> assignment.checkIn(YEAR_START.minusDays(1)))
            .field());
    assertThrows(ConflictException.class, () -> assignment.checkOut(YEAR_START));
    assignment.checkIn(LocalDate.of(2035, 9, 3));
    assertFalse(assignment.presentOn(LocalDate.of(2035, 9, 2)));
    assertTrue(assignment.presentOn(LocalDate.of(2035, 9, 3)));
    assertEquals(
        "on",
        assertThrows(DomainRuleViolation.class, () -> assignment.checkOut(LocalDate.of(2035, 9, 2)))
            .field());
    assignment.checkOut(LocalDate.of(2035, 10, 15));
    assertEquals(LocalDate.of(2035, 10, 15), assignment.endsOn());
    assertTrue(assignment.presentOn(LocalDate.of(2035, 10, 14)));
    assertFalse(assignment.holdsOn(LocalDate.of(2035, 10, 15)), "the day of departure is free");
    assertThrows(ConflictException.class, assignment::cancel);
  }

  @Test
  void aCancelledReservationHoldsNothing() {
    BedAssignment assignment =
        new BedAssignment(bed(Sex.F), application(Sex.F, 10, false, T0), YEAR_START, YEAR_END, T0);
    assignment.cancel();
    assertFalse(assignment.holdsOn(YEAR_START));
    assertThrows(ConflictException.class, () -> assignment.checkIn(YEAR_START));
  }

  @Test
  void anApplicationMovesThroughItsStatuses() {
    BoardingApplication application = application(Sex.F, 10, false, T0);
    application.rank(WEIGHTS);
    application.waitlist();
    application.house(WEIGHTS);
    assertEquals(ApplicationStatus.HOUSED, application.status());
    assertThrows(ConflictException.class, () -> application.declare(20, true));
    application.leave();
    assertThrows(ConflictException.class, application::withdraw);
    assertEquals(
        "distanceKm",
        assertThrows(
                DomainRuleViolation.class,
                () -> application(Sex.F, BoardingApplication.MAX_DISTANCE_KM + 1, false, T0))
            .field());
  }

  @Test
  void aPolicyPeriodBelongsToItsYear() {
    BoardingPolicy standard = BoardingPolicy.standard(YEAR);
    assertEquals(YEAR_START, standard.startsOn());
    assertEquals(YEAR_END, standard.endsOn());
    assertEquals(YEAR_START, standard.startFor(LocalDate.of(2035, 1, 1)));
    assertEquals(LocalDate.of(2035, 11, 2), standard.startFor(LocalDate.of(2035, 11, 2)));
    assertEquals(
        "startsOn",
        assertThrows(
                DomainRuleViolation.class,
                () -> new BoardingPolicy(YEAR, WEIGHTS, LocalDate.of(2034, 9, 1), YEAR_END))
            .field());
    assertEquals(
        "endsOn",
        assertThrows(
                DomainRuleViolation.class,
                () -> new BoardingPolicy(YEAR, WEIGHTS, YEAR_START, YEAR_START))
            .field());
    assertEquals(
        "academicYear",
        assertThrows(DomainRuleViolation.class, () -> new AcademicYear("2035-2037")).field());
    assertEquals("2033-2034", YEAR.minus(2).value());
  }

  @Test
  void aRoomIsFurnishedWithBedsOfItsWingsSex() {
    Wing wing = new Wing("wf", LocalizedName.of("Aile F", "جناح"), Sex.F);
    Room room = new Room("f-101", wing);
    List<Bed> beds = room.furnish(4);
    assertEquals(
        List.of("F-101-1", "F-101-2", "F-101-3", "F-101-4"), beds.stream().map(Bed::code).toList());
    assertTrue(beds.stream().allMatch(b -> b.sex() == Sex.F && b.roomId().equals(room.id())));
    assertEquals("beds", assertThrows(DomainRuleViolation.class, () -> room.furnish(0)).field());
    assertEquals(
        "code", assertThrows(DomainRuleViolation.class, () -> new Room("a b", wing)).field());
  }

  private static final LocalDate YEAR_START = LocalDate.of(2035, 9, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2036, 7, 1);

  private static BoardingApplication application(
      Sex sex, int km, boolean social, Instant submitted) {
    return new BoardingApplication(
        UUID.randomUUID(), YEAR, sex, false, false, km, social, submitted);
  }

  private static Bed bed(Sex sex) {
    Wing wing = new Wing("W" + sex, LocalizedName.of("Aile", "جناح"), sex);
    return new Room("R1", wing).furnish(1).get(0);
  }
}
