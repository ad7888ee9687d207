package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The import's set-based write path: what it stores reads back exactly as an application typed in
 * through the API would (and can be changed through the API afterwards), a person is one applicant
 * whatever the file repeats, and two jobs importing the same multi-batch file at once store each
 * person once. Another city sees none of it. Beni Mellal-Khénifra is used by no other test.
 */
class ImportWritePathIT extends PlatformIT {
  private static final String CITY = "beni-mellal-khenifra";
  private static final String OTHER_CITY = "draa-tafilalet";
  private static final String HEADER =
      "CIN;Nom;Prénom;الاسم العائلي;الاسم الشخصي;Date de naissance;Sexe;Province;Zone enclavée;Handicap;"
          + "Niveau scolaire;Téléphone;Email;Année scolaire;Moyenne;Note test;Note entretien;Vœu 1;Vœu 2\n";

  @Test
  void anImportedApplicationReadsBackAsATypedOneAndCanBeChanged() {
    String officer = api.cityToken(CITY, "admissions-officer");
    List<String> codes = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN");
    String cin = Applications.uniqueCin();
    String csv =
        HEADER
            + String.join(
                ";",
                cin,
                "El Idrissi",
                "Khadija",
                "الإدريسي",
                "خديجة",
                "2005-03-14",
                "F",
                "Azilal",
                "oui",
                "non",
                "Baccalauréat",
                "06 61 23 45 67",
                "k.elidrissi@example.ma",
                "2025-2026",
                "15,25",
                "",
                "",
                codes.get(0),
                codes.get(1))
            + "\n";
    JsonObject job = importAndWait(officer, csv);
    assertEquals(1, job.getInt("imported"), job::toString);

    JsonObject application = only(officer, cin);
    assertEquals("2025-2026", application.getString("academicYear"));
    assertEquals("ELIGIBLE", application.getString("status"));
    assertEquals("IMPORT", application.getString("source"));
    JsonObject applicant = application.getJsonObject("applicant");
    assertEquals(cin, applicant.getString("nationalId"));
    assertEquals("CIN", applicant.getString("idKind"));
    assertEquals("Khadija", applicant.getJsonObject("firstName").getString("fr"));
    assertEquals("خديجة", applicant.getJsonObject("firstName").getString("ar"));
    assertEquals("الإدريسي", applicant.getJsonObject("lastName").getString("ar"));
    assertEquals("2005-03-14", applicant.getString("birthDate"));
    assertEquals("F", applicant.getString("sex"));
    assertEquals("Azilal", applicant.getString("province"));
    assertTrue(applicant.getBoolean("remoteArea"));
    assertFalse(applicant.getBoolean("disability"));
    assertEquals("BACCALAUREATE", applicant.getString("educationLevel"));
    assertEquals("+212661234567", applicant.getString("phone"));
    assertEquals("k.elidrissi@example.ma", applicant.getString("email"));
    List<JsonObject> wishes =
        application.getJsonArray("wishes").stream().map(w -> w.asJsonObject()).toList();
    assertEquals(2, wishes.size());
    assertEquals(codes.get(0), wishes.get(0).getString("programmeCode"));
    assertEquals(1, wishes.get(0).getInt("preference"));
    assertEquals(codes.get(1), wishes.get(1).getString("programmeCode"));
    assertEquals(
        0,
        new BigDecimal("15.25")
            .compareTo(wishes.get(0).getJsonNumber("gradeAverage").bigDecimalValue()));
    assertTrue(wishes.get(0).getBoolean("eligible"));

    String id = application.getString("id");
    assertEquals(application, api.get("/api/v1/applications/" + id, officer).json());
    List<JsonObject> history =
        api.get("/api/v1/history/" + id, api.cityToken(CITY, "city-director")).array().stream()
            .map(e -> e.asJsonObject())
            .toList();
    assertEquals(1, history.size(), history::toString);
    assertEquals("application.submitted", history.get(0).getString("action"));
    assertTrue(
        history.get(0).getString("actor").startsWith("demo.admissions-officer@" + CITY),
        history::toString);

    // JPA takes over the rows the import wrote: version, wishes and all.
    Api.Reply changed =
        api.put(
            "/api/v1/applications/" + id + "/wishes",
            officer,
            Json.createObjectBuilder()
                .add("version", application.getJsonNumber("version").longValue())
                .add(
                    "wishes",
                    Json.createArrayBuilder().add(Applications.wish(codes.get(1), "15.25")))
                .build());
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(1, changed.json().getJsonArray("wishes").size());
    assertEquals(
        codes.get(1),
        changed.json().getJsonArray("wishes").getJsonObject(0).getString("programmeCode"));

    String other = api.cityToken(OTHER_CITY, "admissions-officer");
    assertEquals(404, api.get("/api/v1/applications/" + id, other).status());
    assertEquals(
        0,
        api.get("/api/v1/applications?q=" + cin, other).json().getJsonNumber("total").intValue());
  }

  @Test
  void aPersonIsOneApplicantWhateverTheFileRepeats() {
    String director = api.cityToken(CITY, "city-director");
    String officer = api.cityToken(CITY, "admissions-officer");
    String code = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN").get(2);
    JsonObject programme =
        api.get("/api/v1/programmes?size=1&q=" + code, officer)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    Api.Reply intake =
        api.put(
            "/api/v1/programmes/" + programme.getString("id") + "/intakes/2026-2027",
            director,
            Offers.intake(60, 30));
    assertTrue(intake.status() == 200 || intake.status() == 201, intake::toString);

    String typedIn = Applications.uniqueCin();
    Api.Reply submitted =
        api.post(
            "/api/v1/applications",
            officer,
            Applications.application(
                Applications.applicant(typedIn, "2006-05-01", "BACCALAUREATE"),
                Applications.wish(code, "13.00")));
    assertEquals(201, submitted.status(), submitted::toString);
    String applicantId = submitted.json().getJsonObject("applicant").getString("id");

    String twice = Applications.uniqueCin();
    String csv =
        HEADER
            + row(twice, "Amrani", "2025-2026", code)
            + row(twice, "Amrani-bis", "2025-2026", code)
            + row(typedIn, "Bennani", "2025-2026", code)
            + row(typedIn, "Bennani", "2026-2027", code);
    JsonObject job = importAndWait(officer, csv);
    assertEquals(4, job.getInt("rowsRead"), job::toString);
    assertEquals(2, job.getInt("imported"), job::toString);
    assertEquals(2, job.getInt("alreadyPresent"), job::toString);
    assertEquals(0, job.getInt("rejected"), job::toString);

    JsonObject first = only(officer, twice);
    assertEquals(
        "Amrani", first.getJsonObject("applicant").getJsonObject("lastName").getString("fr"));
    JsonObject nextYear =
        api.get("/api/v1/applications?academicYear=2026-2027&q=" + typedIn, officer)
            .json()
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals(
        applicantId,
        nextYear.getJsonObject("applicant").getString("id"),
        "the person who applied last year is the same applicant");
    assertEquals(
        2,
        api.get("/api/v1/applications?q=" + typedIn, officer)
            .json()
            .getJsonNumber("total")
            .intValue());
  }

  @Test
  void twoJobsImportingTheSameLargeFileAtOnceStoreEachPersonOnce() throws InterruptedException {
    String officer = api.cityToken(CITY, "admissions-officer");
    List<String> codes = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN");
    int rows = 4_500; // three batches of the server's 2,000, written by two writers at once
    String surname = "Concurrent" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < rows; i++) {
      csv.append(row(Applications.uniqueCin(), surname, "2025-2026", codes.get(i % codes.size())));
    }
    String file = csv.toString();

    java.time.Instant before = analysedAt("application_wish");
    // Both uploads are accepted before either job is followed: the server runs them side by side.
    Api.Reply one = Imports.upload(api, officer, "2025-2026", file);
    Api.Reply two = Imports.upload(api, officer, "2025-2026", file);
    assertEquals(202, one.status(), one::toString);
    assertEquals(202, two.status(), two::toString);
    JsonObject a = Imports.waitFor(api, officer, one.json().getString("id"));
    JsonObject b = Imports.waitFor(api, officer, two.json().getString("id"));
    assertEquals("COMPLETED", a.getString("status"), a::toString);
    assertEquals("COMPLETED", b.getString("status"), b::toString);
    assertEquals(0, a.getInt("rejected") + b.getInt("rejected"), () -> a + " " + b);
    assertEquals(rows, a.getInt("imported") + b.getInt("imported"), () -> a + " " + b);
    assertEquals(rows, a.getInt("alreadyPresent") + b.getInt("alreadyPresent"), () -> a + " " + b);
    // The import refreshed the planner's statistics before it said it was done (last_analyze is
    // set by an explicit ANALYZE only, never by autovacuum); the statistics view may lag a moment.
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(15);
    while (!analysedAt("application_wish").isAfter(before)
        && java.time.Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertTrue(analysedAt("application_wish").isAfter(before), "the wishes were analysed");
    assertEquals(
        rows,
        api.get("/api/v1/applications?size=1&q=" + surname, officer)
            .json()
            .getJsonNumber("total")
            .intValue());
    assertEquals(
        0,
        api.get("/api/v1/applications?size=1&q=" + surname, api.cityToken(OTHER_CITY, "registrar"))
            .json()
            .getJsonNumber("total")
            .intValue());
  }

  /** When the table was last analysed on request (the epoch if never). */
  private static java.time.Instant analysedAt(String table) {
    try (java.sql.Connection superuser =
            testPlatform().database().superuser(testPlatform().database().roles().database());
        java.sql.PreparedStatement query =
            superuser.prepareStatement(
                "select coalesce(last_analyze, 'epoch') from pg_stat_all_tables"
                    + " where schemaname = 'public' and relname = ?")) {
      query.setString(1, table);
      try (java.sql.ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), table);
        return row.getTimestamp(1).toInstant();
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot read the statistics of " + table, e);
    }
  }

  private JsonObject only(String token, String nationalId) {
    JsonObject page = api.get("/api/v1/applications?q=" + nationalId, token).json();
    assertEquals(1, page.getJsonNumber("total").intValue(), page::toString);
    return page.getJsonArray("items").getJsonObject(0);
  }

  private static String row(String cin, String lastName, String year, String wish) {
    return String.join(
            ";",
            cin,
            lastName,
            "Youssef",
            "العمراني",
            "يوسف",
            "2006-04-02",
            "M",
            "Béni Mellal",
            "non",
            "non",
            "Baccalauréat",
            "0523456789",
            "",
            year,
            "12,75",
            "",
            "",
            wish,
            "")
        + "\n";
  }

  private JsonObject importAndWait(String token, String csv) {
    return Imports.importAndWait(api, token, csv);
  }
}
