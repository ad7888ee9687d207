package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** A city's poles (created, renamed under optimistic locking) and the national sector list. */
class PoleAndSectorIT extends PlatformIT {

  @Test
  void theDirectorCreatesAndRenamesAPole() {
    String director = api.cityToken("oriental", "city-director");
    String code = Offers.uniqueCode("POLE");
    Api.Reply created = api.post("/api/v1/poles", director, Offers.pole(code, "logistics"));
    assertEquals(201, created.status(), created::toString);
    JsonObject pole = created.json();
    assertTrue(created.contentType().startsWith("application/json"));

    Api.Reply duplicate =
        api.post("/api/v1/poles", director, Offers.pole(code.toLowerCase(), "health"));
    assertEquals(409, duplicate.status(), "codes are compared upper-cased: " + duplicate);
    assertEquals("code", duplicate.problemField());

    JsonObject rename =
        Json.createObjectBuilder()
            .add(
                "name",
                Json.createObjectBuilder()
                    .add("fr", "Pôle Logistique & Transport")
                    .add("ar", "قطب اللوجستيك والنقل"))
            .add("sectorCode", "logistics")
            .add("version", pole.getJsonNumber("version").longValue())
            .build();
    String path = "/api/v1/poles/" + pole.getString("id");
    Api.Reply renamed = api.put(path, director, rename);
    assertEquals(200, renamed.status(), renamed::toString);
    assertEquals(
        "Pôle Logistique & Transport", renamed.json().getJsonObject("name").getString("fr"));
    Api.Reply stale = api.put(path, director, rename);
    assertEquals(409, stale.status());
    assertEquals("version", stale.problemField());

    Api.Reply badSector =
        api.post("/api/v1/poles", director, Offers.pole(Offers.uniqueCode("POLE"), "space-travel"));
    assertEquals(422, badSector.status());
    assertEquals("sectorCode", badSector.problemField());
    Api.Reply noBody = api.send("POST", "/api/v1/poles", director, null, java.util.Map.of());
    assertEquals(400, noBody.status(), noBody::toString);
    assertEquals("body", noBody.problemField());
    assertEquals(
        403,
        api.post(
                "/api/v1/poles",
                api.cityToken("oriental", "trainer"),
                Offers.pole(Offers.uniqueCode("P"), "health"))
            .status());
  }

  @Test
  void aPoleCodeBelongsToOneCityAndATenantInTheBodyIsIgnored() {
    String oriental = api.cityToken("oriental", "city-director");
    String fes = api.cityToken("fes-meknes", "city-director");
    String code = Offers.uniqueCode("POLE");
    Api.Reply ours = api.post("/api/v1/poles", oriental, Offers.pole(code, "health"));
    assertEquals(201, ours.status(), ours::toString);

    // The same code in another city is that city's own pole: codes are unique per city only, and
    // a duplicate-key error can never tell one city what another stored.
    JsonObject withTenant =
        Json.createObjectBuilder(Offers.pole(code, "tourism-hospitality"))
            .add("tenant", "oriental")
            .build();
    Api.Reply theirs = api.post("/api/v1/poles", fes, withTenant);
    assertEquals(201, theirs.status(), theirs::toString);
    assertTrue(
        api.get("/api/v1/poles", fes).body().contains(theirs.json().getString("id")),
        "stored in the caller's city, whatever the body says");
    assertEquals(404, api.get("/api/v1/poles/" + theirs.json().getString("id"), oriental).status());
    assertEquals(
        "health",
        api.get("/api/v1/poles/" + ours.json().getString("id"), oriental)
            .json()
            .getString("sectorCode"),
        "the first city's pole is untouched");
  }

  @Test
  void sectorsAreNationalAndOnlyAPlatformAdministratorRenamesThem() {
    var sectors = api.get("/api/v1/sectors", api.hqToken()).array();
    assertEquals(12, sectors.size());
    JsonObject commerce =
        sectors.stream()
            .map(v -> v.asJsonObject())
            .filter(s -> s.getString("code").equals("management-commerce"))
            .findFirst()
            .orElseThrow();
    assertTrue(commerce.getBoolean("extraLanguageSemester"));
    assertEquals(
        sectors,
        api.get("/api/v1/sectors", api.cityToken("dakhla-oued-ed-dahab", "trainer")).array());

    JsonObject original = commerce.getJsonObject("name");
    JsonObject renamed =
        Json.createObjectBuilder()
            .add(
                "name",
                Json.createObjectBuilder()
                    .add("fr", "Management & Commerce")
                    .add("ar", "التسيير والتجارة"))
            .build();
    assertEquals(
        403,
        api.put(
                "/api/v1/sectors/management-commerce",
                api.cityToken("oriental", "city-director"),
                renamed)
            .status());
    Api.Reply latin =
        api.put(
            "/api/v1/sectors/management-commerce",
            api.platformAdminToken(),
            Json.createObjectBuilder()
                .add("name", Json.createObjectBuilder().add("fr", "Commerce").add("ar", "Commerce"))
                .build());
    assertEquals(422, latin.status());
    assertEquals("name.ar", latin.problemField());
    try {
      Api.Reply done =
          api.put("/api/v1/sectors/management-commerce", api.platformAdminToken(), renamed);
      assertEquals(200, done.status(), done::toString);
      assertEquals("Management & Commerce", done.json().getJsonObject("name").getString("fr"));
      assertEquals(
          404,
          api.put("/api/v1/sectors/no-such-sector", api.platformAdminToken(), renamed).status());
    } finally {
      api.put(
          "/api/v1/sectors/management-commerce",
          api.platformAdminToken(),
          Json.createObjectBuilder().add("name", original).build());
    }
  }
}
