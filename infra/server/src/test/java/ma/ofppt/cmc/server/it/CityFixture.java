package ma.ofppt.cmc.server.it;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A city as a test sees it: tokens for its director and a trainer, and one of its poles. */
record CityFixture(
    String tenant, String director, String trainer, String poleId, String poleSector) {

  static CityFixture of(Api api, String tenant) {
    String director = api.cityToken(tenant, "city-director");
    String trainer = api.cityToken(tenant, "trainer");
    Api.Reply poles = api.get("/api/v1/poles", director);
    if (poles.status() != 200 || poles.array().isEmpty()) {
      throw new IllegalStateException(tenant + " has no demo poles: " + poles);
    }
    JsonObject pole = poles.array().getJsonObject(0);
    return new CityFixture(
        tenant, director, trainer, pole.getString("id"), pole.getString("sectorCode"));
  }

  /** Creates a programme and returns its JSON; fails the test if the platform refuses it. */
  JsonObject createProgramme(Api api) {
    Api.Reply created =
        api.post("/api/v1/programmes", director, Offers.programme(poleId, poleSector).build());
    if (created.status() != 201) {
      throw new AssertionError("could not create a programme in " + tenant + ": " + created);
    }
    return created.json();
  }

  /** Every programme id the city can list, across all pages. */
  List<String> programmeIds(Api api) {
    List<String> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject result = api.get("/api/v1/programmes?size=500&page=" + page, director).json();
      result.getJsonArray("items").forEach(item -> ids.add(item.asJsonObject().getString("id")));
      if ((long) (page + 1) * 500 >= result.getJsonNumber("total").longValue()) {
        return ids;
      }
    }
  }
}
