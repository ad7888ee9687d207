package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The training offer through the API: programmes, their rules, seats per intake, optimistic
 * locking, filters and paging, the city summary and the audit trail, in two cities at once.
 */
class TrainingOfferIT extends PlatformIT {
  private CityFixture marrakech;
  private CityFixture souss;

  @BeforeEach
  void cities() {
    marrakech = CityFixture.of(api, "marrakech-safi");
    souss = CityFixture.of(api, "souss-massa");
  }

  @Test
  void twoCitiesCreateTheSameCodeIndependently() {
    Offers.ProgrammeJson request = Offers.programme(marrakech.poleId(), marrakech.poleSector());
    Api.Reply inMarrakech = api.post("/api/v1/programmes", marrakech.director(), request.build());
    Api.Reply inSouss =
        api.post(
            "/api/v1/programmes",
            souss.director(),
            request.with("poleId", souss.poleId()).with("sectorCode", souss.poleSector()).build());
    assertEquals(201, inMarrakech.status(), inMarrakech::toString);
    assertEquals(201, inSouss.status(), inSouss::toString);
    assertFalse(inMarrakech.json().getString("id").equals(inSouss.json().getString("id")));
    assertEquals(
        inMarrakech.json().getString("code"),
        api.get("/api/v1/programmes/" + inMarrakech.json().getString("id"), marrakech.trainer())
            .json()
            .getString("code"));
  }

  @Test
  void createsWithDefaultsFromLevelAndSector() {
    String managementPole = poleOfSector(marrakech, "management-commerce");
    Api.Reply created =
        api.post(
            "/api/v1/programmes",
            marrakech.director(),
            Offers.programme(managementPole, "management-commerce")
                .with("level", "SPECIALIZED_TECHNICIAN")
                .build());
    assertEquals(201, created.status(), created::toString);
    JsonObject programme = created.json();
    assertEquals(15, programme.getInt("targetAgeMin"));
    assertEquals(30, programme.getInt("targetAgeMax"));
    assertEquals("BACCALAUREATE", programme.getString("minimumEducation"));
    assertTrue(
        programme.getBoolean("extraLanguageSemester"),
        "management & commerce carries the extra semester");
    assertEquals(30, programme.getInt("totalDurationMonths"));
    assertEquals("ACTIVE", programme.getString("status"));
    assertTrue(created.contentType().startsWith("application/json"));
  }

  @Test
  void programmeRulesAreRefusedNamingTheField() {
    String managementPole = poleOfSector(marrakech, "management-commerce");
    assertRefused(
        422,
        "targetAgeMax",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("targetAgeMax", 35));
    assertRefused(
        422,
        "targetAgeMin",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("targetAgeMin", 14));
    assertRefused(
        422,
        "softSkillsShare",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("softSkillsShare", 20));
    assertRefused(
        422,
        "extraLanguageSemester",
        Offers.programme(managementPole, "management-commerce")
            .with("extraLanguageSemester", false));
    assertRefused(
        422,
        "name.ar",
        Offers.programme(marrakech.poleId(), marrakech.poleSector())
            .with(
                "name",
                Json.createObjectBuilder().add("fr", "Cuisine").add("ar", "Cuisine").build()));
    assertRefused(422, "sectorCode", Offers.programme(marrakech.poleId(), "no-such-sector"));
    assertRefused(
        422,
        "poleId",
        Offers.programme("00000000-0000-0000-0000-000000000000", marrakech.poleSector()));
    assertRefused(
        422,
        "code",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("code", "bad code!"));
  }

  @Test
  void unreadableInputIsA400NamingTheField() {
    assertRefused(
        400, "name", Offers.programme(marrakech.poleId(), marrakech.poleSector()).without("name"));
    assertRefused(
        400,
        "level",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("level", "PILOT"));
    assertRefused(
        400,
        "durationMonths",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("durationMonths", "two"));
    assertRefused(
        400,
        "softSkillsShare",
        Offers.programme(marrakech.poleId(), marrakech.poleSector()).with("softSkillsShare", 101));
    Api.Reply broken =
        api.send(
            "POST", "/api/v1/programmes", marrakech.director(), "{\"code\": ", java.util.Map.of());
    assertEquals(400, broken.status(), broken::toString);
    assertTrue(broken.isProblem());
    Api.Reply badPage = api.get("/api/v1/programmes?size=10000", marrakech.director());
    assertEquals(400, badPage.status());
    assertEquals("size", badPage.problemField());
    Api.Reply badLevel = api.get("/api/v1/programmes?level=PILOT", marrakech.director());
    assertEquals(400, badLevel.status());
    assertEquals("level", badLevel.problemField());
    Api.Reply badPole = api.get("/api/v1/programmes?pole=not-a-uuid", marrakech.director());
    assertEquals("pole", badPole.problemField());
    Api.Reply badYear = api.get("/api/v1/offer/summary?academicYear=2025", marrakech.director());
    assertEquals(400, badYear.status());
    assertEquals("academicYear", badYear.problemField());
  }

  @Test
  void duplicateCodeIsAConflict() {
    Offers.ProgrammeJson request = Offers.programme(marrakech.poleId(), marrakech.poleSector());
    assertEquals(
        201, api.post("/api/v1/programmes", marrakech.director(), request.build()).status());
    Api.Reply again = api.post("/api/v1/programmes", marrakech.director(), request.build());
    assertEquals(409, again.status(), again::toString);
    assertEquals("code", again.problemField());
  }

  @Test
  void updatesNeedTheCurrentVersionAndFailuresKeepWhatWasStored() {
    JsonObject created = marrakech.createProgramme(api);
    String path = "/api/v1/programmes/" + created.getString("id");
    Offers.ProgrammeJson update =
        Offers.programme(marrakech.poleId(), marrakech.poleSector())
            .with("durationMonths", 18)
            .with("version", created.getJsonNumber("version").longValue());

    Api.Reply updated = api.put(path, marrakech.director(), update.build());
    assertEquals(200, updated.status(), updated::toString);
    assertEquals(18, updated.json().getInt("durationMonths"));
    assertEquals(
        created.getJsonNumber("version").longValue() + 1,
        updated.json().getJsonNumber("version").longValue());
    assertEquals(
        created.getString("code"), updated.json().getString("code"), "the code never changes");

    Api.Reply stale =
        api.put(path, marrakech.director(), update.with("durationMonths", 12).build());
    assertEquals(409, stale.status(), stale::toString);
    assertEquals("version", stale.problemField());

    Api.Reply invalid =
        api.put(
            path,
            marrakech.director(),
            update
                .with("version", updated.json().getJsonNumber("version").longValue())
                .with("targetAgeMax", 40)
                .build());
    assertEquals(422, invalid.status());
    Api.Reply missingVersion =
        api.put(path, marrakech.director(), update.without("version").build());
    assertEquals(422, missingVersion.status());
    assertEquals("version", missingVersion.problemField());

    JsonObject stored = api.get(path, marrakech.director()).json();
    assertEquals(18, stored.getInt("durationMonths"));
    assertEquals(30, stored.getInt("targetAgeMax"));
    assertEquals(updated.json().getJsonNumber("version"), stored.getJsonNumber("version"));
  }

  @Test
  void intakesAndDeactivation() {
    JsonObject created = marrakech.createProgramme(api);
    String path = "/api/v1/programmes/" + created.getString("id");

    Api.Reply planned =
        api.put(path + "/intakes/2026-2027", marrakech.director(), Offers.intake(40, 20));
    assertEquals(200, planned.status(), planned::toString);
    assertEquals(40, planned.json().getInt("totalSeats"));
    Api.Reply replanned =
        api.put(path + "/intakes/2026-2027", marrakech.director(), Offers.intake(48, 24));
    assertEquals(48, replanned.json().getInt("totalSeats"));

    Api.Reply tooMany =
        api.put(path + "/intakes/2026-2027", marrakech.director(), Offers.intake(10, 11));
    assertEquals(422, tooMany.status());
    assertEquals("firstYearSeats", tooMany.problemField());
    Api.Reply badYear =
        api.put(path + "/intakes/2026-2028", marrakech.director(), Offers.intake(10, 5));
    assertEquals(422, badYear.status());
    assertEquals("academicYear", badYear.problemField());
    Api.Reply missingSeats =
        api.put(
            path + "/intakes/2027-2028", marrakech.director(), Json.createObjectBuilder().build());
    assertEquals(400, missingSeats.status());

    JsonObject stored = api.get(path, marrakech.director()).json();
    assertEquals(1, stored.getJsonArray("intakes").size());
    assertEquals(48, stored.getJsonArray("intakes").getJsonObject(0).getInt("totalSeats"));

    Api.Reply noReason =
        api.post(
            path + "/deactivation",
            marrakech.director(),
            Json.createObjectBuilder().add("reason", " ").build());
    assertEquals(400, noReason.status());
    Api.Reply deactivated =
        api.post(
            path + "/deactivation",
            marrakech.director(),
            Json.createObjectBuilder()
                .add("reason", "Remplacée par le nouveau référentiel")
                .build());
    assertEquals("INACTIVE", deactivated.json().getString("status"));
    Api.Reply closed =
        api.put(path + "/intakes/2027-2028", marrakech.director(), Offers.intake(10, 5));
    assertEquals(422, closed.status());
    assertEquals("status", closed.problemField());
    assertEquals(
        "ACTIVE",
        api.delete(path + "/deactivation", marrakech.director()).json().getString("status"));

    assertEquals(204, api.delete(path + "/intakes/2026-2027", marrakech.director()).status());
    assertEquals(404, api.delete(path + "/intakes/2026-2027", marrakech.director()).status());
  }

  @Test
  void onlyTheDirectorChangesTheOffer() {
    Api.Reply asTrainer =
        api.post(
            "/api/v1/programmes",
            marrakech.trainer(),
            Offers.programme(marrakech.poleId(), marrakech.poleSector()).build());
    assertEquals(403, asTrainer.status());
    assertTrue(asTrainer.isProblem());
    assertEquals(200, api.get("/api/v1/programmes", marrakech.trainer()).status());
  }

  @Test
  void listFiltersAndPages() {
    JsonObject created = marrakech.createProgramme(api);
    String byCode = "/api/v1/programmes?q=" + created.getString("code").toLowerCase();
    JsonObject found = api.get(byCode, marrakech.director()).json();
    assertEquals(1, found.getJsonNumber("total").longValue());
    assertEquals(
        created.getString("id"), found.getJsonArray("items").getJsonObject(0).getString("id"));

    JsonObject arabic =
        api.get(
                "/api/v1/programmes?q="
                    + java.net.URLEncoder.encode(
                        "الرقمية", java.nio.charset.StandardCharsets.UTF_8),
                marrakech.director())
            .json();
    assertTrue(arabic.getJsonNumber("total").longValue() >= 1);

    JsonObject byPole =
        api.get("/api/v1/programmes?size=500&pole=" + marrakech.poleId(), marrakech.director())
            .json();
    byPole
        .getJsonArray("items")
        .forEach(p -> assertEquals(marrakech.poleId(), p.asJsonObject().getString("poleId")));
    JsonObject technicians =
        api.get("/api/v1/programmes?size=500&level=TECHNICIAN", marrakech.director()).json();
    technicians
        .getJsonArray("items")
        .forEach(p -> assertEquals("TECHNICIAN", p.asJsonObject().getString("level")));

    JsonObject first = api.get("/api/v1/programmes?size=2&page=0", marrakech.director()).json();
    JsonObject second = api.get("/api/v1/programmes?size=2&page=1", marrakech.director()).json();
    assertEquals(2, first.getJsonArray("items").size());
    assertEquals(first.getJsonNumber("total"), second.getJsonNumber("total"));
    List<String> firstCodes =
        first.getJsonArray("items").stream().map(p -> p.asJsonObject().getString("code")).toList();
    String secondCode = second.getJsonArray("items").getJsonObject(0).getString("code");
    assertTrue(firstCodes.get(1).compareTo(secondCode) < 0, "sorted by code across pages");
  }

  @Test
  void everyChangeLeavesATrace() {
    JsonObject created = marrakech.createProgramme(api);
    String id = created.getString("id");
    api.put(
        "/api/v1/programmes/" + id + "/intakes/2026-2027",
        marrakech.director(),
        Offers.intake(30, 30));
    List<String> actions =
        api.get("/api/v1/history/" + id, marrakech.director()).array().stream()
            .map(e -> e.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("programme.created", "programme.intake-planned"), actions);
    assertEquals(
        "demo.city-director@marrakech-safi",
        api.get("/api/v1/history/" + id, marrakech.director())
            .array()
            .getJsonObject(0)
            .getString("actor"));
  }

  private void assertRefused(int status, String field, Offers.ProgrammeJson request) {
    Api.Reply reply = api.post("/api/v1/programmes", marrakech.director(), request.build());
    assertEquals(status, reply.status(), () -> field + ": " + reply);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(field, reply.problemField(), reply::toString);
  }

  private String poleOfSector(CityFixture city, String sector) {
    return api.get("/api/v1/poles", city.director()).array().stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("sectorCode").equals(sector))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }
}
