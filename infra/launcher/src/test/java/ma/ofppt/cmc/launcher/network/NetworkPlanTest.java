package ma.ofppt.cmc.launcher.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole-network plan: the published totals exactly, the same plan for the same seed. */
class NetworkPlanTest {
  private static final NetworkPlan PLAN = NetworkPlan.of("network");

  @Test
  void reproducesTheNationalFiguresExactly() {
    assertEquals(510, PLAN.institutions());
    assertEquals(418_285, PLAN.seats());
    assertEquals(291_177, PLAN.firstYearSeats());
    NetworkPlan.City marrakech =
        PLAN.cities().stream().filter(c -> c.code().equals("marrakech-safi")).findFirst().get();
    assertEquals(23, marrakech.institutions().size());
    assertEquals(33_181, marrakech.seats());
    assertEquals(12, PLAN.cities().size());
  }

  @Test
  void everyOtherSeedKeepsTheTotals() {
    NetworkPlan other = NetworkPlan.of("another seed");
    assertEquals(418_285, other.seats());
    assertEquals(291_177, other.firstYearSeats());
    assertNotEquals(PLAN.cities(), other.cities(), "the seed changes the institutions");
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    assertEquals(PLAN.cities(), NetworkPlan.of("network").cities());
  }

  @Test
  void programmesFitThePlatformsRules() {
    for (NetworkPlan.City city : PLAN.cities()) {
      Set<String> codes = new HashSet<>();
      Set<String> poles = new HashSet<>();
      for (NetworkPlan.Institution i : city.institutions()) {
        assertTrue(poles.add(i.code()), "pole codes unique in a city: " + i.code());
        assertTrue(i.code().matches("[A-Z0-9][A-Z0-9-]{0,31}"), i.code());
        for (NetworkPlan.Programme p : i.programmes()) {
          assertTrue(codes.add(p.code()), "programme codes unique in a city: " + p.code());
          assertTrue(p.code().matches("[A-Z0-9][A-Z0-9-]{0,31}"), p.code());
          assertTrue(p.totalSeats() >= 1 && p.totalSeats() <= 10_000, p.code());
          assertTrue(p.firstYearSeats() >= 0 && p.firstYearSeats() <= p.totalSeats(), p.code());
        }
      }
    }
  }

  @Test
  void apportionSumsToTheTotal() {
    int[] parts = NetworkPlan.apportion(10, new double[] {1, 1, 1});
    assertEquals(4, parts[0]);
    assertEquals(3, parts[1]);
    assertEquals(3, parts[2]);
  }
}
