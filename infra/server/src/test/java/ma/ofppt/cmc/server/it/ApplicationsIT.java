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
 * Applications through the API: one applicant per person and city, one application per intake,
 * eligibility per wish with its reason, input errors naming their field, wish changes under
 * optimistic locking, withdrawal, and the boundary between two cities.
 */
class ApplicationsIT extends PlatformIT {
  private String officer;
  private String registrar;
  private List<String> specialized;
  private List<String> qualifying;

  @BeforeEach
  void marrakech() {
    officer = api.cityToken("marrakech-safi", "admissions-officer");
    registrar = api.cityToken("marrakech-safi", "registrar");
    specialized = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN");
    qualifying = Applications.offeredCodes(api, officer, "QUALIFYING");
    assertTrue(
        specialized.size() >= 3 && !qualifying.isEmpty(),
        "the demo offer has programmes to apply to");
  }

  @Test
  void anEligibleApplicationAndOnlyOnePerIntake() {
    String cin = Applications.uniqueCin();
    JsonObject request =
        Applications.application(
            Applications.applicant(cin, "2006-03-14", "BACCALAUREATE"),
            Applications.wish(specialized.get(0), "15.25"),
            Applications.wish(specialized.get(1), "15.25").add("testScore", 12));
    Api.Reply created = api.post("/api/v1/applications", officer, request);
    assertEquals(201, created.status(), created::toString);
    JsonObject application = created.json();
    assertEquals("ELIGIBLE", application.getString("status"));
    assertEquals(cin, application.getJsonObject("applicant").getString("nationalId"));
    assertEquals("+212612345678", application.getJsonObject("applicant").getString("phone"));
    assertEquals(2, application.getJsonArray("wishes").size());
    JsonObject first = application.getJsonArray("wishes").getJsonObject(0);
    assertEquals(specialized.get(0), first.getString("programmeCode"));
    assertTrue(first.getBoolean("eligible"));
    assertEquals(
        application,
        api.get("/api/v1/applications/" + application.getString("id"), registrar).json());

    Api.Reply again = api.post("/api/v1/applications", officer, request);
    assertEquals(409, again.status(), again::toString);
    assertEquals("applicant.nationalId", again.problemField());

    List<String> actions =
        api
            .get(
                "/api/v1/history/" + application.getString("id"),
                api.cityToken("marrakech-safi", "city-director"))
            .array()
            .stream()
            .map(e -> e.asJsonObject().getString("action"))
            .toList();
    assertEquals(List.of("application.submitted"), actions);
  }

  @Test
  void ineligibleWishesSayWhy() {
    Api.Reply tooOld =
        api.post(
            "/api/v1/applications",
            officer,
            Applications.application(
                Applications.applicant(Applications.uniqueCin(), "1990-01-01", "BACCALAUREATE"),
                Applications.wish(specialized.get(0), "14")));
    assertEquals(201, tooOld.status(), tooOld::toString);
    assertEquals("INELIGIBLE", tooOld.json().getString("status"));
    JsonObject wish = tooOld.json().getJsonArray("wishes").getJsonObject(0);
    assertFalse(wish.getBoolean("eligible"));
    assertTrue(wish.getString("ineligibility").contains("aged 35 on 31/12/2025"), wish::toString);

    Api.Reply underQualified =
        api.post(
            "/api/v1/applications",
            officer,
            Applications.application(
                Applications.applicant(Applications.uniqueCin(), "2007-05-01", "MIDDLE_SCHOOL"),
                Applications.wish(specialized.get(0), "14"),
                Applications.wish(qualifying.get(0), "14")));
    assertEquals(201, underQualified.status(), underQualified::toString);
    assertEquals(
        "ELIGIBLE", underQualified.json().getString("status"), "one eligible wish is enough");
    JsonObject refused = underQualified.json().getJsonArray("wishes").getJsonObject(0);
    assertTrue(
        refused.getString("ineligibility").contains("requires at least BACCALAUREATE"),
        refused::toString);
    assertTrue(
        underQualified.json().getJsonArray("wishes").getJsonObject(1).getBoolean("eligible"));
  }

  @Test
  void badInputNamesTheField() {
    String code = specialized.get(0);
    assertRefused(
        422,
        "applicant.nationalId",
        Applications.application(
            Applications.applicant("12-34", "2006-01-01", "BACCALAUREATE"),
            Applications.wish(code, "12")));
    assertRefused(
        400,
        "applicant.birthDate",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "14/03/2006", "BACCALAUREATE"),
            Applications.wish(code, "12")));
    assertRefused(
        400,
        "applicant.educationLevel",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "MASTER"),
            Applications.wish(code, "12")));
    assertRefused(
        400,
        "applicant.sex",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE")
                .add("sex", "X"),
            Applications.wish(code, "12")));
    assertRefused(
        422,
        "applicant.phone",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE")
                .add("phone", "12345"),
            Applications.wish(code, "12")));
    assertRefused(
        422,
        "applicant.name.first.ar",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE")
                .add(
                    "name",
                    Json.createObjectBuilder()
                        .add(
                            "first",
                            Json.createObjectBuilder().add("fr", "Salma").add("ar", "Salma"))
                        .add("last", Json.createObjectBuilder().add("fr", "B").add("ar", "ب"))),
            Applications.wish(code, "12")));
    assertRefused(
        422,
        "wishes[0].gradeAverage",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE"),
            Applications.wish(code, "21")));
    assertRefused(
        422,
        "wishes[0].programmeCode",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE"),
            Applications.wish("NO-SUCH", "12")));
    assertRefused(
        422,
        "wishes[1].programmeCode",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE"),
            Applications.wish(code, "12"),
            Applications.wish(code, "13")));
    assertRefused(
        422,
        "wishes",
        Applications.application(
            Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE"),
            Applications.wish(specialized.get(0), "12"),
            Applications.wish(specialized.get(1), "12"),
            Applications.wish(specialized.get(2), "12"),
            Applications.wish(qualifying.get(0), "12"),
            Applications.wish(qualifying.size() > 1 ? qualifying.get(1) : specialized.get(3), "12"),
            Applications.wish(
                specialized.size() > 4 ? specialized.get(4) : qualifying.get(2), "12")));
    Api.Reply noBody = api.send("POST", "/api/v1/applications", officer, null, java.util.Map.of());
    assertEquals("body", noBody.problemField());
    assertEquals(
        403,
        api.post(
                "/api/v1/applications",
                registrar,
                Applications.application(
                    Applications.applicant(Applications.uniqueCin(), "2006-01-01", "BACCALAUREATE"),
                    Applications.wish(code, "12")))
            .status());
  }

  @Test
  void wishesChangeBeforeSelectionAndAWithdrawalNeedsAReason() {
    JsonObject application =
        api.post(
                "/api/v1/applications",
                officer,
                Applications.application(
                    Applications.applicant(Applications.uniqueCin(), "2006-03-14", "BACCALAUREATE"),
                    Applications.wish(specialized.get(0), "15"),
                    Applications.wish(specialized.get(1), "15")))
            .json();
    String path = "/api/v1/applications/" + application.getString("id");
    JsonObject swapped =
        Json.createObjectBuilder()
            .add("version", application.getJsonNumber("version").longValue())
            .add(
                "wishes",
                Json.createArrayBuilder()
                    .add(Applications.wish(specialized.get(1), "15"))
                    .add(Applications.wish(specialized.get(0), "16")))
            .build();
    Api.Reply changed = api.put(path + "/wishes", officer, swapped);
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(
        specialized.get(1),
        changed.json().getJsonArray("wishes").getJsonObject(0).getString("programmeCode"));
    assertEquals(
        409, api.put(path + "/wishes", officer, swapped).status(), "a stale version is refused");

    Api.Reply noReason =
        api.post(
            path + "/withdrawal", officer, Json.createObjectBuilder().add("reason", "").build());
    assertEquals(422, noReason.status());
    assertEquals("reason", noReason.problemField());
    Api.Reply withdrawn =
        api.post(
            path + "/withdrawal",
            officer,
            Json.createObjectBuilder().add("reason", "a choisi une autre formation").build());
    assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
    JsonObject latest = api.get(path, officer).json();
    Api.Reply tooLate =
        api.put(
            path + "/wishes",
            officer,
            Json.createObjectBuilder()
                .add("version", latest.getJsonNumber("version").longValue())
                .add(
                    "wishes",
                    Json.createArrayBuilder().add(Applications.wish(specialized.get(0), "15")))
                .build());
    assertEquals(422, tooLate.status());
    assertEquals("status", tooLate.problemField());
  }

  @Test
  void listsFilterAndSearch() {
    String other = api.cityToken("souss-massa", "registrar");
    long before = total("/api/v1/applications?size=1", registrar);
    long otherBefore = total("/api/v1/applications?size=1", other);
    String cin = Applications.uniqueCin();
    api.post(
        "/api/v1/applications",
        officer,
        Applications.application(
            Applications.applicant(cin, "2006-03-14", "BACCALAUREATE"),
            Applications.wish(specialized.get(0), "15")));
    JsonObject found = api.get("/api/v1/applications?q=" + cin.toLowerCase(), registrar).json();
    assertEquals(1, found.getJsonNumber("total").longValue());
    // Without a text filter the total is counted from the applications alone: one more here, none
    // more in another city.
    assertEquals(before + 1, total("/api/v1/applications?size=1", registrar));
    assertEquals(otherBefore, total("/api/v1/applications?size=1", other));
    JsonObject byName =
        api.get(
                "/api/v1/applications?size=500&q="
                    + java.net.URLEncoder.encode("بناني", java.nio.charset.StandardCharsets.UTF_8),
                registrar)
            .json();
    assertTrue(byName.getJsonNumber("total").longValue() >= 1);
    api.get("/api/v1/applications?size=500&status=INELIGIBLE", registrar)
        .json()
        .getJsonArray("items")
        .forEach(a -> assertEquals("INELIGIBLE", a.asJsonObject().getString("status")));
    assertEquals("status", api.get("/api/v1/applications?status=LOST", registrar).problemField());
    assertEquals("size", api.get("/api/v1/applications?size=0", registrar).problemField());
  }

  @Test
  void anotherCityNeitherSeesNorTouchesTheApplications() {
    String cin = Applications.uniqueCin();
    JsonObject mine =
        api.post(
                "/api/v1/applications",
                officer,
                Applications.application(
                    Applications.applicant(cin, "2006-03-14", "BACCALAUREATE"),
                    Applications.wish(specialized.get(0), "15")))
            .json();
    String path = "/api/v1/applications/" + mine.getString("id");
    String other = api.cityToken("souss-massa", "admissions-officer");

    assertEquals(404, api.get(path, other).status());
    assertEquals(
        404,
        api.put(
                path + "/wishes",
                other,
                Json.createObjectBuilder()
                    .add("version", 1)
                    .add(
                        "wishes",
                        Json.createArrayBuilder().add(Applications.wish(specialized.get(0), "15")))
                    .build())
            .status());
    assertEquals(
        404,
        api.post(path + "/withdrawal", other, Json.createObjectBuilder().add("reason", "x").build())
            .status());
    assertEquals(
        0,
        api.get("/api/v1/applications?q=" + cin, other).json().getJsonNumber("total").longValue());
    assertEquals("ELIGIBLE", api.get(path, officer).json().getString("status"), "nothing changed");

    Api.Reply foreignProgramme =
        api.post(
            "/api/v1/applications",
            other,
            Applications.application(
                Applications.applicant(cin, "2006-03-14", "BACCALAUREATE"),
                Applications.wish(specialized.get(0), "15")));
    if (foreignProgramme.status() == 201) {
      // The code exists in both cities' demo offers: it must be Souss-Massa's own programme.
      assertFalse(
          foreignProgramme
              .json()
              .getJsonArray("wishes")
              .getJsonObject(0)
              .getString("programmeId")
              .equals(mine.getJsonArray("wishes").getJsonObject(0).getString("programmeId")));
      assertFalse(
          foreignProgramme
              .json()
              .getJsonObject("applicant")
              .getString("id")
              .equals(mine.getJsonObject("applicant").getString("id")),
          "the same person is a separate applicant in each city");
    } else {
      assertEquals(422, foreignProgramme.status(), foreignProgramme::toString);
      assertEquals("wishes[0].programmeCode", foreignProgramme.problemField());
    }
  }

  private void assertRefused(int status, String field, JsonObject request) {
    Api.Reply reply = api.post("/api/v1/applications", officer, request);
    assertEquals(status, reply.status(), () -> field + ": " + reply);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(field, reply.problemField(), reply::toString);
  }

  private long total(String path, String token) {
    Api.Reply reply = api.get(path, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json().getJsonNumber("total").longValue();
  }
}
