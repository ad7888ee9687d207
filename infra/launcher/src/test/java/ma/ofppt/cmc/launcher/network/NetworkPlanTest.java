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
  void traineesAreOneInTenFirstYearSeats() {
    assertEquals(29_118, PLAN.trainees());
    for (NetworkPlan.City city : PLAN.cities()) {
      assertTrue(city.trainees() <= city.firstYearSeats(), city.code());
      assertEquals(
          Math.round(city.firstYearSeats() / 10.0),
          city.trainees(),
          1.0,
          "1 in 10: " + city.code());
    }
  }

  @Test
  void boardingHousesAreSixteenPercentOfTraineesOrThePublishedBeds() {
    int beds = 0;
    int applications = 0;
    for (NetworkPlan.City city : PLAN.cities()) {
      NetworkPlan.Boarding house = city.boarding();
      if (city.code().equals("marrakech-safi")) {
        assertEquals(448, house.beds(), "Tamansourt's published beds");
      } else {
        assertTrue(house.beds() <= city.trainees() * 16 / 100, city.code());
        assertTrue(house.beds() > city.trainees() * 16 / 100 - 8, "whole rooms: " + city.code());
      }
      assertEquals(Math.round(city.trainees() * 0.2f), house.applications(), city.code());
      beds += house.beds();
      applications += house.applications();
    }
    assertEquals(sum(c -> c.boarding().beds()), beds);
    assertTrue(applications > beds, "demand above the beds: " + applications + " for " + beds);
  }

  @Test
  void budgetsSumToTheProgrammesInitialBudget() {
    assertEquals(3_600_000_000_00L, PLAN.budgetCentimes(), "3.6 billion MAD");
    NetworkFinance.Books tamansourt = city("marrakech-safi").finance();
    assertEquals(466_000_000_00L, tamansourt.budgetCentimes());
    assertEquals(330_000_000_00L, tamansourt.lines().get(0).centimes(), "construction");
    assertEquals(136_000_000_00L, tamansourt.lines().get(1).centimes(), "equipment");
    NetworkFinance.Books agadir = city("souss-massa").finance();
    assertEquals(430_000_000_00L, agadir.budgetCentimes());
    assertEquals(
        70_000_000_00L,
        agadir.lines().stream().mapToLong(l -> l.split().get(3)).sum(),
        "Hassan II Fund");
    for (NetworkPlan.City city : PLAN.cities()) {
      if (!city.code().equals("marrakech-safi") && !city.code().equals("souss-massa")) {
        assertEquals(270_400_000_00L, city.finance().budgetCentimes(), city.code());
      }
    }
  }

  @Test
  void noFunderShareIsEverExceeded() {
    for (NetworkPlan.City city : PLAN.cities()) {
      NetworkFinance.Books books = city.finance();
      for (int f = 0; f < 4; f++) {
        int funder = f;
        long agreed = books.agreements().get(f).centimes();
        for (NetworkFinance.Line line : books.lines()) {
          assertTrue(line.split().get(f) <= agreed, "envelope of " + city.code());
          long committed = line.commitments().stream().mapToLong(c -> c.split().get(funder)).sum();
          assertTrue(committed <= line.split().get(f), "line of " + city.code());
          assertTrue(committed >= line.split().get(f) * 89 / 100, "most of it committed");
          for (NetworkFinance.Commitment c : line.commitments()) {
            assertEquals(
                c.split().get(f),
                c.invoices().stream().mapToLong(i -> i.split().get(funder)).sum(),
                "invoiced in full: " + c.reference());
            for (NetworkFinance.Invoice i : c.invoices()) {
              if (i.payment() != null) {
                assertEquals(i.split(), i.payment().split(), "paid in full: " + i.number());
              }
            }
          }
        }
      }
      assertEquals(
          books.commitments().size()
              + (int) books.invoices().stream().filter(i -> i.payment() != null).count(),
          books.evidence());
      Set<String> references = new HashSet<>();
      books.commitments().forEach(c -> assertTrue(references.add(c.reference()), c.reference()));
      books.payments().forEach(p -> assertTrue(references.add(p.reference()), p.reference()));
      Set<String> suppliers = new HashSet<>();
      for (NetworkFinance.Supplier s : books.suppliers()) {
        assertTrue(s.identifier().matches("[0-9]{15}"), s.identifier());
        assertTrue(suppliers.add(s.identifier()), s.identifier());
      }
      assertTrue(references.stream().allMatch(r -> r.length() <= 64));
    }
  }

  @Test
  void apportionLongSumsToTheTotal() {
    long[] parts = NetworkPlan.apportionLong(270_400_000_00L, new double[] {330, 136});
    assertEquals(270_400_000_00L, parts[0] + parts[1]);
    assertEquals(191_484_978_54L, parts[0], 1.0);
  }

  private static NetworkPlan.City city(String code) {
    return PLAN.cities().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }

  private static int sum(java.util.function.ToIntFunction<NetworkPlan.City> figure) {
    return PLAN.cities().stream().mapToInt(figure).sum();
  }

  @Test
  void apportionSumsToTheTotal() {
    int[] parts = NetworkPlan.apportion(10, new double[] {1, 1, 1});
    assertEquals(4, parts[0]);
    assertEquals(3, parts[1]);
    assertEquals(3, parts[2]);
  }
}
