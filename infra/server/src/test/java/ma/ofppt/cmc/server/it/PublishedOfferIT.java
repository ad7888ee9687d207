package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Admissions reads a city's offer from a memory copy checked against the city's offer revision
 * (PublishedOffer): every change of the offer made through the API reaches the next application at
 * once, a change in one city leaves the other's copy alone, and the revision itself is a tenant row
 * that advances only with a committed change of that city's offer.
 */
class PublishedOfferIT extends PlatformIT {
  private static final String YEAR = "2025-2026";

  @Test
  void everyChangeOfTheOfferReachesTheNextApplication() {
    CityFixture souss = CityFixture.of(api, "souss-massa");
    String officer = api.cityToken("souss-massa", "admissions-officer");
    String existing = Applications.offeredCodes(api, officer, "TECHNICIAN").get(0);
    // The city's copy of the offer is now in memory.
    assertEquals(201, submit(officer, existing).status());

    JsonObject programme = souss.createProgramme(api);
    String code = programme.getString("code");
    String path = "/api/v1/programmes/" + programme.getString("id");
    Api.Reply noIntake = submit(officer, code);
    assertEquals(422, noIntake.status(), noIntake::toString);
    assertEquals("wishes[0].programmeCode", noIntake.problemField());

    assertEquals(
        200, api.put(path + "/intakes/" + YEAR, souss.director(), Offers.intake(30, 30)).status());
    Api.Reply opened = submit(officer, code);
    assertEquals(201, opened.status(), "an intake opened a moment ago takes wishes: " + opened);
    assertEquals("Développement digital", programmeName(opened).getString("fr"));

    Api.Reply renamed =
        api.put(
            path,
            souss.director(),
            Offers.programme(souss.poleId(), souss.poleSector())
                .with("code", code)
                .with(
                    "name",
                    Json.createObjectBuilder()
                        .add("fr", "Data et IA")
                        .add("ar", "البيانات والذكاء الاصطناعي")
                        .build())
                .with("version", programme.getJsonNumber("version").longValue())
                .build());
    assertEquals(200, renamed.status(), renamed::toString);
    Api.Reply again = api.get("/api/v1/applications/" + opened.json().getString("id"), officer);
    assertEquals(
        "Data et IA", programmeName(again).getString("fr"), "the new name, not the copy's");

    // The other city never offers this programme, and its copy is not disturbed by the change.
    String oriental = api.cityToken("oriental", "admissions-officer");
    Api.Reply foreign = submit(oriental, code);
    assertEquals(422, foreign.status(), foreign::toString);
    assertEquals("wishes[0].programmeCode", foreign.problemField());
    String orientalCode = Applications.offeredCodes(api, oriental, "TECHNICIAN").get(0);
    assertEquals(201, submit(oriental, orientalCode).status());

    Api.Reply closed =
        api.post(
            path + "/deactivation",
            souss.director(),
            Json.createObjectBuilder()
                .add("reason", "Remplacée par le nouveau référentiel")
                .build());
    assertEquals(200, closed.status(), closed::toString);
    Api.Reply refused = submit(officer, code);
    assertEquals(422, refused.status(), "a closed programme takes no wish: " + refused);
    assertEquals("wishes[0].programmeCode", refused.problemField());
  }

  @Test
  void theRevisionAdvancesOnlyWithACommittedChangeOfTheCitysOwnOffer() throws SQLException {
    try (Connection app = testPlatform().asApplication()) {
      app.setAutoCommit(false);
      bind(app, "draa-tafilalet");
      long before = revision(app, "draa-tafilalet");
      assertEquals(
          0,
          count(app, "select count(*) from offer_revision where tenant_id <> 'draa-tafilalet'"),
          "a city sees only its own revision");
      try (PreparedStatement rename =
          app.prepareStatement(
              "update programme set name_fr = name_fr || ' ' where id = (select id from programme order by code limit 1)")) {
        assertEquals(1, rename.executeUpdate());
      }
      assertEquals(before + 1, revision(app, "draa-tafilalet"));
      assertEquals(
          1,
          count(
              app,
              "select count(*) from offer_revision where changed_in = pg_current_xact_id_if_assigned()"),
          "the changing transaction is named, so it keeps no copy");
      app.rollback();

      bind(app, "draa-tafilalet");
      assertEquals(
          before, revision(app, "draa-tafilalet"), "a rolled-back change leaves the revision");
      app.rollback();
    }
  }

  private Api.Reply submit(String token, String programmeCode) {
    return api.post(
        "/api/v1/applications",
        token,
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-03-14", "BACCALAUREATE"),
            Applications.wish(programmeCode, "14.5")));
  }

  private static JsonObject programmeName(Api.Reply application) {
    assertTrue(application.status() == 200 || application.status() == 201, application::toString);
    return application
        .json()
        .getJsonArray("wishes")
        .getJsonObject(0)
        .getJsonObject("programmeName");
  }

  private static void bind(Connection app, String tenant) throws SQLException {
    try (PreparedStatement bind =
        app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      bind.setString(1, tenant);
      try (ResultSet bound = bind.executeQuery()) {
        assertTrue(bound.next());
        assertEquals(tenant, bound.getString(1));
      }
    }
  }

  private static long revision(Connection app, String tenant) throws SQLException {
    try (PreparedStatement read =
        app.prepareStatement(
            "select coalesce(max(revision), 0) from offer_revision where tenant_id = ?")) {
      read.setString(1, tenant);
      try (ResultSet row = read.executeQuery()) {
        assertTrue(row.next());
        return row.getLong(1);
      }
    }
  }

  private static long count(Connection app, String sql) throws SQLException {
    try (PreparedStatement query = app.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      assertTrue(row.next());
      return row.getLong(1);
    }
  }
}
