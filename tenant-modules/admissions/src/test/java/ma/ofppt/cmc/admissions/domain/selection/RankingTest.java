package ma.ofppt.cmc.admissions.domain.selection;

import static ma.ofppt.cmc.admissions.domain.selection.SelectionCriteriaTest.bd;
import static ma.ofppt.cmc.admissions.domain.selection.SelectionCriteriaTest.inputs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A programme's ranking: score, then criteria in order, then the published lottery. */
class RankingTest {
  private static final SelectionCriteria CRITERIA =
      SelectionCriteria.of("gradeAverage", "0.6", "test", "0.3", "interview", "0.1");
  private static final UUID A = LotteryTest.A;
  private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
  private static final UUID C = LotteryTest.C;
  private static final UUID D = UUID.fromString("00000000-0000-0000-0000-00000000000d");
  private static final UUID E = UUID.fromString("00000000-0000-0000-0000-00000000000e");

  /** d scores highest; a, b, c and e all score 14.2000. */
  private static final List<Candidate> CANDIDATES =
      List.of(
          new Candidate(E, inputs("14", "15", "13")),
          new Candidate(D, inputs("16", "12", "14")),
          new Candidate(C, inputs("15.00", "14.0", "10")),
          new Candidate(B, inputs("14", "16", "10")),
          new Candidate(A, inputs("15", "14", "10")));

  @Test
  void ranksByScoreThenEachCriterionThenLottery() {
    Ranking ranking = rank(LotteryTest.SEED, CANDIDATES);

    assertEquals(List.of(D, A, C, B, E), ranking.applicantOrder());
    List<RankedCandidate> e = ranking.entries();
    assertEquals(
        new RankedCandidate(
            1, D, new BigDecimal("14.6000"), 0x55b3e6b0c788bc0aL, OrderDecision.none()),
        e.get(0));
    // a and c tie on every input (15 = 15.00); a's lottery number 0007… beats c's f3fa….
    assertEquals(
        new RankedCandidate(
            2, A, new BigDecimal("14.2000"), 0x0007c77456b52ae4L, OrderDecision.score()),
        e.get(1));
    assertEquals(OrderDecision.lottery(), e.get(2).decidedBy());
    assertEquals("f3fa363a29d225b0", Lottery.hex(e.get(2).lotteryNumber()));
    // b ties with c on score; the grade average (first criterion) decides.
    assertEquals(OrderDecision.criterion("gradeAverage"), e.get(3).decidedBy());
    // e ties with b on score and grade average; the test (second criterion) decides.
    assertEquals(OrderDecision.criterion("test"), e.get(4).decidedBy());
    assertEquals("CRITERION(test)", e.get(4).decidedBy().toString());
    assertEquals(5, e.get(4).rank());
  }

  @Test
  void theSeedDecidesTheLotteryReproducibly() {
    Ranking other = rank("intake-2027", CANDIDATES);
    // Under this seed c draws 958a… and a draws 99c8…: c now goes first.
    assertEquals(List.of(D, C, A, B, E), other.applicantOrder());
    assertEquals(OrderDecision.score(), other.entries().get(1).decidedBy());
    assertEquals(OrderDecision.lottery(), other.entries().get(2).decidedBy());
    assertEquals(other.entries(), rank("intake-2027", CANDIDATES).entries());
  }

  @Test
  void lookupAndNeighbours() {
    Ranking ranking = rank(LotteryTest.SEED, CANDIDATES);
    RankedCandidate b = ranking.entryOf(B).orElseThrow();
    assertEquals(4, b.rank());
    assertEquals(E, ranking.below(b).orElseThrow().applicantId());
    assertTrue(ranking.below(ranking.entryOf(E).orElseThrow()).isEmpty());
    assertTrue(ranking.entryOf(UUID.randomUUID()).isEmpty());
    assertEquals(5, ranking.size());
  }

  @Test
  void orderFollowsTheRulesAndNotTheInputOrder() {
    Random random = new Random(11);
    // Equal weights and coarse marks, so that scores tie often, with equal inputs or not; a mark
    // with six decimals makes some lines compare as BigDecimal and others as longs.
    SelectionCriteria equal =
        SelectionCriteria.of("gradeAverage", "1", "test", "1", "interview", "1");
    String[] marks = {"10", "11", "12", "12.00", "12.000000", "13", "14"};
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      candidates.add(
          new Candidate(
              new UUID(random.nextLong(), random.nextLong()),
              inputs(
                  marks[random.nextInt(marks.length)],
                  marks[random.nextInt(marks.length)],
                  marks[random.nextInt(marks.length)])));
    }
    Ranking ranking = rank(equal, LotteryTest.SEED, candidates);
    int decidedByLottery = 0;
    int decidedByCriterion = 0;
    for (int i = 1; i < ranking.size(); i++) {
      OrderDecision expected =
          expectedDecision(
              equal, candidates, ranking.entries().get(i - 1), ranking.entries().get(i));
      assertEquals(expected, ranking.entries().get(i).decidedBy(), "rank " + (i + 1));
      decidedByLottery += expected.step() == OrderDecision.Step.LOTTERY ? 1 : 0;
      decidedByCriterion += expected.step() == OrderDecision.Step.CRITERION ? 1 : 0;
    }
    assertTrue(
        decidedByLottery > 50 && decidedByCriterion > 50,
        "ties must be exercised: " + decidedByLottery + " by lottery, " + decidedByCriterion);
    for (int k = 0; k < 5; k++) {
      Collections.shuffle(candidates, random);
      assertEquals(ranking.entries(), rank(equal, LotteryTest.SEED, candidates).entries());
    }
  }

  @Test
  void refusesWhatCannotBeRanked() {
    Candidate a = new Candidate(A, inputs("12", "12", "12"));
    assertThrows(
        IllegalArgumentException.class,
        () -> rank(LotteryTest.SEED, List.of(a, new Candidate(A, inputs("13", "12", "12")))));
    assertThrows(IllegalArgumentException.class, () -> rank(LotteryTest.SEED, List.of(a, a)));
    assertThrows(
        IllegalArgumentException.class,
        () -> rank(LotteryTest.SEED, List.of(new Candidate(B, Map.of("gradeAverage", bd("12"))))));
    Lottery.Draw onlyA = new Lottery(LotteryTest.SEED).draw(List.of(A));
    assertThrows(
        IllegalArgumentException.class,
        () -> Ranking.rank(CRITERIA, onlyA, List.of(a, new Candidate(B, inputs("1", "1", "1")))));
    assertTrue(rank(LotteryTest.SEED, List.of()).entries().isEmpty());
  }

  @Test
  void rankingsFeedTheAllocation() {
    // Two programmes, one seat each, same candidates: d takes P (their first wish), a is next
    // best everywhere and takes Q.
    UUID p = UUID.fromString("00000000-0000-0000-0000-0000000000f1");
    UUID q = UUID.fromString("00000000-0000-0000-0000-0000000000f2");
    Ranking ranking = rank(LotteryTest.SEED, CANDIDATES);
    List<ApplicantWishes> wishes = new ArrayList<>();
    for (UUID applicant : List.of(A, B, C, D, E)) {
      wishes.add(new ApplicantWishes(applicant, List.of(p, q)));
    }
    Allocation allocation =
        DeferredAcceptance.allocate(
            wishes,
            List.of(
                new ProgrammeSeats(p, 1, ranking.applicantOrder()),
                new ProgrammeSeats(q, 1, ranking.applicantOrder())));
    assertEquals(List.of(D), allocation.admitted(p));
    assertEquals(List.of(A), allocation.admitted(q));
    assertEquals(List.of(A, C, B, E), allocation.waitlist(p));
    assertEquals(List.of(C, B, E), allocation.waitlist(q));
    assertEquals(
        new WishOutcome(1, p, 2, WishOutcome.Status.WAITLISTED, 1),
        allocation.outcomesOf(A).get(0));
  }

  private static Ranking rank(String seed, List<Candidate> candidates) {
    return rank(CRITERIA, seed, candidates);
  }

  private static Ranking rank(SelectionCriteria criteria, String seed, List<Candidate> candidates) {
    Lottery.Draw draw =
        new Lottery(seed).draw(candidates.stream().map(Candidate::applicantId).distinct().toList());
    return Ranking.rank(criteria, draw, candidates);
  }

  /** The decision between two neighbours, worked out from their inputs. */
  private static OrderDecision expectedDecision(
      SelectionCriteria criteria,
      List<Candidate> candidates,
      RankedCandidate above,
      RankedCandidate below) {
    Map<String, BigDecimal> up = inputsOf(candidates, above.applicantId());
    Map<String, BigDecimal> down = inputsOf(candidates, below.applicantId());
    assertEquals(criteria.score(up), above.score());
    assertEquals(criteria.score(down), below.score());
    int byScore = above.score().compareTo(below.score());
    assertTrue(byScore >= 0, "scores descend");
    if (byScore > 0) {
      return OrderDecision.score();
    }
    for (String name : criteria.names()) {
      int byInput = up.get(name).compareTo(down.get(name));
      assertTrue(byInput >= 0, name + " descends on equal scores");
      if (byInput > 0) {
        return OrderDecision.criterion(name);
      }
    }
    assertTrue(
        Long.compareUnsigned(above.lotteryNumber(), below.lotteryNumber()) < 0,
        "lottery ascends on equal inputs");
    return OrderDecision.lottery();
  }

  private static Map<String, BigDecimal> inputsOf(List<Candidate> candidates, UUID applicantId) {
    return candidates.stream()
        .filter(c -> c.applicantId().equals(applicantId))
        .findFirst()
        .orElseThrow()
        .inputs();
  }
}
