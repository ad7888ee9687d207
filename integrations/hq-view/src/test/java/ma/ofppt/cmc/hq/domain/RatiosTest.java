package ma.ofppt.cmc.hq.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RatiosTest {
  private static BigDecimal d(String v) {
    return new BigDecimal(v);
  }

  @Test
  void ratesComeFromTheSumsNeverFromAveragedRates() {
    // Two cities: 382 applications for 100 seats, and 10 for 100. Averaging their rates would
    // give 196.0 %; the national rate is 392 / 200.
    Map<String, BigDecimal> a = Map.of("applications", d("382"), "first-year-seats", d("100"));
    Map<String, BigDecimal> b = Map.of("applications", d("10"), "first-year-seats", d("100"));
    Map<String, BigDecimal> sum =
        Map.of(
            "applications", a.get("applications").add(b.get("applications")),
            "first-year-seats", a.get("first-year-seats").add(b.get("first-year-seats")));
    assertEquals(d("196.0"), Ratios.derive(sum).get("demand-rate"));
    assertEquals(d("382.0"), Ratios.derive(a).get("demand-rate"));
    assertEquals(
        d("3.82"),
        Ratios.derive(Map.of("first-choices", d("382"), "first-year-seats", d("100")))
            .get("applicants-per-seat"));
  }

  @Test
  void eachRatioRoundsAsTheCitiesDefineIt() {
    // 1 of 8 = 12.5 %: one decimal, exact. 1 of 16 = 6.25 %: half-even gives 6.2, half-up 6.3.
    assertEquals(
        d("6.2"),
        Ratios.derive(Map.of("inserted-6m", d("1"), "respondents-6m", d("16")))
            .get("insertion-rate-6m"));
    assertEquals(
        d("6.3"),
        Ratios.derive(Map.of("occupied-beds", d("1"), "beds", d("16"))).get("boarding-occupancy"));
    assertEquals(
        d("33.33"),
        Ratios.derive(Map.of("paid", d("100.00"), "budget", d("300.00"))).get("execution-rate"));
    assertEquals(
        d("66.67"),
        Ratios.derive(Map.of("committed", d("200.00"), "budget", d("300.00")))
            .get("commitment-rate"));
    assertEquals(
        d("17.5"),
        Ratios.derive(Map.of("booked-hours", d("35"), "available-hours", d("200")))
            .get("platform-utilisation"));
    assertEquals(
        d("95.0"),
        Ratios.derive(Map.of("enrolled", d("95"), "first-year-seats", d("100"))).get("fill-rate"));
  }

  @Test
  void aRatioAppearsOnlyWhereTheGroupHasBothMeasuresAndIsNullForAZeroBase() {
    Map<String, BigDecimal> ratios =
        Ratios.derive(Map.of("beds", d("0"), "occupied-beds", d("0"), "applications", d("5")));
    assertTrue(ratios.containsKey("boarding-occupancy"));
    assertNull(ratios.get("boarding-occupancy"));
    assertFalse(ratios.containsKey("demand-rate"), "no seats, no demand rate: " + ratios);
    assertEquals(Map.of(), Ratios.derive(Map.of("institutions", d("3"))));
  }

  @Test
  void theTableNamesEachRatioOnceFromTheSourcesMeasures() {
    Set<String> names = new HashSet<>();
    Set<String> measures =
        Set.of(
            "seats",
            "first-year-seats",
            "applications",
            "first-choices",
            "enrolled",
            "beds",
            "occupied-beds",
            "available-hours",
            "booked-hours",
            "housed-trainees",
            "trainees",
            "assigned-weekly-hours",
            "ceiling-weekly-hours",
            "surveyed-6m",
            "respondents-6m",
            "inserted-6m",
            "surveyed-12m",
            "respondents-12m",
            "inserted-12m",
            "budget",
            "committed",
            "paid",
            "institutions");
    for (Ratio r : Ratios.NATIONAL) {
      assertTrue(names.add(r.name()), "twice: " + r.name());
      assertTrue(measures.contains(r.numerator()), r.numerator());
      assertTrue(measures.contains(r.denominator()), r.denominator());
    }
  }
}
