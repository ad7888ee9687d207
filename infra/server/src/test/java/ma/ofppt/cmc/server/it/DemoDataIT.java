package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data reproduces the published figures of the 12 CMCs (docs/demo-data.md). */
class DemoDataIT extends PlatformIT {

  @Test
  void twelveCitiesWithFrenchAndArabicNames() {
    var tenants = api.get("/api/v1/tenants", api.hqToken()).array();
    assertEquals(12, tenants.size());
    for (var value : tenants) {
      JsonObject tenant = value.asJsonObject();
      assertTrue(
          tenant.getJsonObject("name").getString("ar").matches(".*\\p{InArabic}.*"),
          tenant::toString);
      assertTrue(!tenant.getJsonObject("city").getString("fr").isBlank());
      assertEquals(tenant.getString("code"), tenant.getString("region"));
    }
  }

  @Test
  void publishedFiguresOfTheOfferAreExact() {
    Map<String, int[]> published =
        Map.of(
            "marrakech-safi", new int[] {8, 75, 3000},
            "beni-mellal-khenifra", new int[] {10, -1, 2776},
            "rabat-sale-kenitra", new int[] {-1, 79, 4560},
            "souss-massa", new int[] {-1, -1, 3420});
    published.forEach(
        (city, figures) -> {
          String token = api.cityToken(city, "city-director");
          JsonObject summary =
              api.get("/api/v1/offer/summary?academicYear=2025-2026", token).json();
          if (figures[0] > 0) {
            assertEquals(figures[0], summary.getJsonArray("poles").size(), city + " poles");
          }
          if (figures[1] > 0) {
            assertEquals(
                figures[1],
                summary.getJsonObject("totals").getInt("programmes"),
                city + " programmes");
          }
          assertEquals(
              figures[2], summary.getJsonObject("totals").getInt("totalSeats"), city + " seats");
        });
  }

  @Test
  void theSummaryAddsUp() {
    String token = api.cityToken("dakhla-oued-ed-dahab", "registrar");
    JsonObject summary = api.get("/api/v1/offer/summary?academicYear=2025-2026", token).json();
    long seats = 0;
    long firstYear = 0;
    for (var pole : summary.getJsonArray("poles")) {
      for (var level : pole.asJsonObject().getJsonArray("levels")) {
        seats += level.asJsonObject().getJsonObject("counts").getInt("totalSeats");
        firstYear += level.asJsonObject().getJsonObject("counts").getInt("firstYearSeats");
      }
    }
    assertEquals(summary.getJsonObject("totals").getInt("totalSeats"), seats);
    assertEquals(summary.getJsonObject("totals").getInt("firstYearSeats"), firstYear);
    assertTrue(firstYear > 0 && firstYear < seats);
  }
}
