package ma.ofppt.cmc.offer.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The demo data plan: published figures exact, catalogue large enough, codes unique. */
class OfferDemoDataTest {

  @Test
  void apportionsExactlyByWeight() {
    assertArrayEquals(new int[] {34, 33, 33}, OfferDemoData.apportion(100, new int[] {1, 1, 1}));
    int[] seats = OfferDemoData.apportion(3000, new int[] {5, 6, 3, 5, 5, 6, 3});
    assertEquals(3000, Arrays.stream(seats).sum());
  }

  @Test
  void everyCityGetsItsFullProgrammeCountFromTheCatalogue() {
    Map<String, List<OfferDemoData.CatalogueEntry>> catalogue = OfferDemoData.catalogue();
    assertEquals(12, catalogue.size(), "one list per sector");
    OfferDemoData.CITIES.forEach(
        (city, plan) -> {
          int available = plan.poleSectors().stream().mapToInt(s -> catalogue.get(s).size()).sum();
          assertTrue(
              available >= plan.programmes(),
              city + " needs " + plan.programmes() + " programmes, has " + available);
        });
    assertEquals(12, OfferDemoData.CITIES.size());
    assertEquals(8, OfferDemoData.CITIES.get("marrakech-safi").poleSectors().size());
    assertEquals(75, OfferDemoData.CITIES.get("marrakech-safi").programmes());
    assertEquals(3000, OfferDemoData.CITIES.get("marrakech-safi").seats());
  }

  @Test
  void programmeCodesAreUniqueWithinTheCatalogue() {
    Set<String> codes = new HashSet<>();
    OfferDemoData.catalogue()
        .values()
        .forEach(
            list ->
                list.forEach(e -> assertTrue(codes.add(e.stem() + "/" + e.level()), e::toString)));
  }
}
