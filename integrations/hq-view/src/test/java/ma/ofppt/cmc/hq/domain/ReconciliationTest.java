package ma.ofppt.cmc.hq.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ma.ofppt.cmc.platform.consolidation.Figure;
import org.junit.jupiter.api.Test;

class ReconciliationTest {
  private static final Instant COMPUTED = Instant.parse("2026-12-03T10:00:00Z");
  private static final Total SEATS = new Total("admissions", "intake:2025-2026", "seats");
  private static final Total APPLICATIONS =
      new Total("admissions", "intake:2025-2026", "applications");
  private static final Total BEDS = new Total("boarding", "intake:2025-2026", "beds");

  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  private static Reconciliation.Outcome compare(
      Map<Total, BigDecimal> city,
      Map<Total, BigDecimal> hq,
      Set<String> closed,
      Map<String, Reconciliation.CityChange> changes) {
    return Reconciliation.compare(
        "fes-meknes",
        city,
        hq,
        closed,
        Map.of("admissions", COMPUTED, "boarding", COMPUTED),
        changes);
  }

  @Test
  void equalTotalsAreNoDifferenceWhateverTheirScale() {
    Reconciliation.Outcome outcome =
        compare(
            Map.of(SEATS, d("120"), BEDS, d("12.50")),
            Map.of(SEATS, d("120.00"), BEDS, d("12.5")),
            Set.of(),
            Map.of());
    assertEquals(2, outcome.compared());
    assertEquals(List.of(), outcome.differences());
  }

  @Test
  void aTotalOnOneSideOnlyOrUnequalIsADifference() {
    Reconciliation.Outcome outcome =
        compare(
            Map.of(SEATS, d("120"), APPLICATIONS, d("7")),
            Map.of(SEATS, d("119"), BEDS, d("40")),
            Set.of(),
            Map.of());
    assertEquals(3, outcome.compared());
    assertEquals(3, outcome.count(Reconciliation.Kind.DIFFERENT));
    Reconciliation.Difference applications =
        outcome.differences().stream()
            .filter(x -> x.total().equals(APPLICATIONS))
            .findFirst()
            .orElseThrow();
    assertEquals(d("7"), applications.cityValue());
    assertEquals(null, applications.hqValue());
    assertEquals(COMPUTED, applications.hqComputedAt());
  }

  @Test
  void aChangeAfterHqsSnapshotOrStillInTheOutboxIsInFlight() {
    Map<Total, BigDecimal> city = Map.of(SEATS, d("120"), BEDS, d("41"));
    Map<Total, BigDecimal> hq = Map.of(SEATS, d("119"), BEDS, d("40"));
    // A change of admissions after the snapshot HQ holds; boarding changed long before.
    Reconciliation.Outcome later =
        compare(
            city,
            hq,
            Set.of(),
            Map.of(
                "admissions", new Reconciliation.CityChange(COMPUTED.plusSeconds(1), false),
                "boarding", new Reconciliation.CityChange(COMPUTED.minusSeconds(60), false)));
    assertEquals(1, later.count(Reconciliation.Kind.IN_FLIGHT));
    assertEquals(1, later.count(Reconciliation.Kind.DIFFERENT));
    // A change of every source waiting in the outbox counts for each.
    Reconciliation.Outcome pending =
        compare(
            city,
            hq,
            Set.of(),
            Map.of("*", new Reconciliation.CityChange(COMPUTED.minusSeconds(5), true)));
    assertEquals(2, pending.count(Reconciliation.Kind.IN_FLIGHT));
  }

  @Test
  void aClosedPeriodIsReportedFrozenNotDifferent() {
    Total older = new Total("admissions", "intake:2024-2025", "seats");
    Reconciliation.Outcome outcome =
        compare(
            Map.of(SEATS, d("120"), older, d("80")),
            Map.of(SEATS, d("119"), older, d("75")),
            Set.of("intake:2024-2025"),
            Map.of("admissions", new Reconciliation.CityChange(COMPUTED.plusSeconds(1), true)));
    assertEquals(1, outcome.count(Reconciliation.Kind.FROZEN));
    assertEquals(1, outcome.count(Reconciliation.Kind.IN_FLIGHT));
    assertEquals(0, outcome.count(Reconciliation.Kind.DIFFERENT));
  }

  @Test
  void totalsAddEveryDimensionOfAMeasureInAPeriod() {
    Map<Total, BigDecimal> totals =
        Total.of(
            "admissions",
            List.of(
                Figure.ofIntake("2025-2026", "seats", 10).withPole("P1").withLevel("T"),
                Figure.ofIntake("2025-2026", "seats", 15).withPole("P2").withLevel("TS"),
                Figure.ofIntake("2026-2027", "seats", 7)));
    assertEquals(d("25"), totals.get(SEATS));
    assertEquals(d("7"), totals.get(new Total("admissions", "intake:2026-2027", "seats")));
    assertEquals(2, totals.size());
  }
}
