package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant boundary at the API: with Souss-Massa's token, every endpoint of the training offer
 * answers Marrakech-Safi's ids with 404 (the record does not exist for this caller, rather than a
 * 403 that would confirm it exists), lists show none of them, and nothing a caller puts in a body,
 * header or query parameter moves a write into another city.
 */
class CrossTenantIT extends PlatformIT {
  private CityFixture owner;
  private CityFixture other;
  private JsonObject programme;
  private String path;

  @BeforeEach
  void ownersRecord() {
    owner = CityFixture.of(api, "marrakech-safi");
    other = CityFixture.of(api, "souss-massa");
    programme = owner.createProgramme(api);
    path = "/api/v1/programmes/" + programme.getString("id");
    assertEquals(
        200,
        api.put(path + "/intakes/2026-2027", owner.director(), Offers.intake(20, 20)).status());
  }

  @Test
  void anotherCitysIdsDoNotExist() {
    long version = programme.getJsonNumber("version").longValue();
    JsonObject update =
        Offers.programme(other.poleId(), other.poleSector()).with("version", version).build();
    List<Api.Reply> replies =
        List.of(
            api.get(path, other.director()),
            api.put(path, other.director(), update),
            api.post(
                path + "/deactivation",
                other.director(),
                Json.createObjectBuilder().add("reason", "x").build()),
            api.delete(path + "/deactivation", other.director()),
            api.put(path + "/intakes/2027-2028", other.director(), Offers.intake(10, 10)),
            api.delete(path + "/intakes/2026-2027", other.director()),
            api.get("/api/v1/poles/" + owner.poleId(), other.director()),
            api.put(
                "/api/v1/poles/" + owner.poleId(),
                other.director(),
                Json.createObjectBuilder()
                    .add("name", Json.createObjectBuilder().add("fr", "Pris").add("ar", "مأخوذ"))
                    .add("sectorCode", "health")
                    .add("version", 1)
                    .build()));
    for (Api.Reply reply : replies) {
      assertEquals(404, reply.status(), reply::toString);
      assertTrue(reply.isProblem(), reply::toString);
    }
    assertTrue(
        api.get("/api/v1/history/" + programme.getString("id"), other.director())
            .array()
            .isEmpty());

    JsonObject unchanged = api.get(path, owner.director()).json();
    assertEquals(version, unchanged.getJsonNumber("version").longValue());
    assertEquals("ACTIVE", unchanged.getString("status"));
    assertEquals(1, unchanged.getJsonArray("intakes").size());
  }

  @Test
  void listsAndSummariesShowNothingOfAnotherCity() {
    List<String> ownerIds = owner.programmeIds(api);
    List<String> otherIds = other.programmeIds(api);
    assertTrue(ownerIds.contains(programme.getString("id")));
    assertFalse(otherIds.isEmpty());
    assertTrue(
        otherIds.stream().noneMatch(ownerIds::contains), "no programme is listed in both cities");

    List<String> otherPoles =
        api.get("/api/v1/poles", other.director()).array().stream()
            .map(p -> p.asJsonObject().getString("id"))
            .toList();
    assertFalse(otherPoles.contains(owner.poleId()));
    api.get("/api/v1/offer/summary?academicYear=2025-2026", other.director())
        .json()
        .getJsonArray("poles")
        .forEach(p -> assertTrue(otherPoles.contains(p.asJsonObject().getString("poleId"))));
    JsonObject search =
        api.get("/api/v1/programmes?q=" + programme.getString("code"), other.director()).json();
    assertEquals(0, search.getJsonNumber("total").longValue());
  }

  @Test
  void writesCannotLandInAnotherCity() throws SQLException {
    Api.Reply borrowedPole =
        api.post(
            "/api/v1/programmes",
            other.director(),
            Offers.programme(owner.poleId(), owner.poleSector()).build());
    assertEquals(422, borrowedPole.status(), borrowedPole::toString);
    assertEquals("poleId", borrowedPole.problemField());

    Offers.ProgrammeJson claimsOwner =
        Offers.programme(other.poleId(), other.poleSector())
            .with("tenant", owner.tenant())
            .with("tenantId", owner.tenant())
            .with("tenant_id", owner.tenant());
    Api.Reply created =
        api.send(
            "POST",
            "/api/v1/programmes?tenant=" + owner.tenant(),
            other.director(),
            claimsOwner.build().toString(),
            Map.of("X-Tenant", owner.tenant(), "X-Tenant-Id", owner.tenant()));
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    assertEquals(200, api.get("/api/v1/programmes/" + id, other.director()).status());
    assertEquals(404, api.get("/api/v1/programmes/" + id, owner.director()).status());
    assertEquals(other.tenant(), storedTenantOf(id));
  }

  @Test
  void aTokenWithoutACityCannotReachCityData() {
    Api.Reply hq = api.get("/api/v1/programmes", api.hqToken());
    assertEquals(403, hq.status(), hq::toString);
    assertTrue(hq.isProblem());
    Api.Reply admin = api.get(path, api.platformAdminToken());
    assertEquals(403, admin.status(), admin::toString);
  }

  private static String storedTenantOf(String programmeId) throws SQLException {
    try (Connection superuser = TestPlatform.get().asSuperuser();
        PreparedStatement query =
            superuser.prepareStatement("select tenant_id from programme where id = ?::uuid")) {
      query.setString(1, programmeId);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), "the programme is stored");
        return rows.getString(1);
      }
    }
  }
}
