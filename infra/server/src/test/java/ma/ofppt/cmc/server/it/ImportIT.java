package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Bulk import of an online-registration export: each valid row lands, each invalid row is reported
 * (row, field, reason) while the rest of the file goes on, a re-import duplicates nothing, a file
 * that cannot be read fails its job cleanly, and another city sees none of it.
 */
class ImportIT extends PlatformIT {
  private static final String HEADER =
      "CIN;Nom;Prénom;الاسم العائلي;الاسم الشخصي;Date de naissance;Sexe;Province;Zone enclavée;Handicap;"
          + "Niveau scolaire;Téléphone;Email;Année scolaire;Moyenne;Note test;Note entretien;Vœu 1;Vœu 2\n";

  @Test
  void validRowsLandInvalidRowsAreReportedAndAReimportDuplicatesNothing() {
    String officer = api.cityToken("fes-meknes", "admissions-officer");
    List<String> codes = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN");
    String first = codes.get(0);
    String second = codes.get(1);
    String csv =
        HEADER
            + row(Applications.uniqueCin(), "2006-04-02", first, second)
            + row(Applications.uniqueCin(), "2005-11-20", second, "")
            + row("12", "2006-04-02", first, "")
            + row(Applications.uniqueCin(), "2006-04-02", "NOPE-TS", "")
            + row(Applications.uniqueCin(), "31/02/2006", first, "")
            + row(Applications.uniqueCin(), "2007-01-09", first, second);

    JsonObject job = importAndWait(officer, csv);
    assertEquals("COMPLETED", job.getString("status"), job::toString);
    assertEquals(6, job.getInt("rowsRead"));
    assertEquals(3, job.getInt("imported"));
    assertEquals(3, job.getInt("rejected"));
    assertEquals(0, job.getInt("alreadyPresent"));
    assertEquals("demo.admissions-officer@fes-meknes", job.getString("createdBy"));

    Map<Long, List<String>> errors = errorsByRow(officer, job.getString("id"));
    assertEquals(List.of(4L, 5L, 6L), List.copyOf(errors.keySet()), errors::toString);
    assertTrue(errors.get(4L).contains("applicant.nationalId"), errors::toString);
    assertTrue(errors.get(5L).contains("wishes[0].programmeCode"), errors::toString);
    assertTrue(errors.get(6L).contains("applicant.birthDate"), errors::toString);

    JsonObject again = importAndWait(officer, csv);
    assertEquals("COMPLETED", again.getString("status"));
    assertEquals(0, again.getInt("imported"), "a re-import creates nothing");
    assertEquals(3, again.getInt("alreadyPresent"));
    assertEquals(3, again.getInt("rejected"));

    String other = api.cityToken("tanger-tetouan-al-hoceima", "admissions-officer");
    assertEquals(404, api.get("/api/v1/imports/" + job.getString("id"), other).status());
    assertEquals(
        404, api.get("/api/v1/imports/" + job.getString("id") + "/errors", other).status());
    Api.Reply ours = api.get("/api/v1/imports", officer);
    assertEquals(200, ours.status(), ours::toString);
    assertTrue(ours.body().contains(job.getString("id")), "the city lists its own jobs");
    Api.Reply theirs = api.get("/api/v1/imports", other);
    assertEquals(200, theirs.status(), theirs::toString);
    assertFalse(theirs.body().contains(job.getString("id")));
  }

  @Test
  void anUnreadableFileFailsItsJobAndBadRequestsNameTheirField() {
    String officer = api.cityToken("fes-meknes", "admissions-officer");
    byte[] oldExcel = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    Api.Reply started =
        api.sendBytes(
            "POST",
            "/api/v1/imports?academicYear=2025-2026&fileName=old.xls",
            officer,
            oldExcel,
            Map.of("Content-Type", "application/octet-stream"));
    assertEquals(202, started.status(), started::toString);
    JsonObject failed = waitFor(officer, started.json().getString("id"));
    assertEquals("FAILED", failed.getString("status"), failed::toString);
    assertTrue(failed.getString("failure").contains(".xls"), failed::toString);

    Api.Reply missingHeader = upload(officer, "2025-2026", "Nom;Prénom\nA;B\n");
    assertEquals(
        "FAILED", waitFor(officer, missingHeader.json().getString("id")).getString("status"));

    Api.Reply noYear =
        api.send("POST", "/api/v1/imports", officer, HEADER, Map.of("Content-Type", "text/csv"));
    assertEquals(422, noYear.status(), noYear::toString);
    assertEquals("academicYear", noYear.problemField());
    Api.Reply empty =
        api.send(
            "POST",
            "/api/v1/imports?academicYear=2025-2026",
            officer,
            null,
            Map.of("Content-Type", "text/csv"));
    assertEquals(400, empty.status(), empty::toString);
    assertEquals("body", empty.problemField());
    assertEquals(
        403, upload(api.cityToken("fes-meknes", "registrar"), "2025-2026", HEADER).status());
  }

  private static String row(String cin, String birthDate, String wish1, String wish2) {
    return String.join(
            ";",
            cin,
            "Alaoui",
            "Youssef",
            "العلوي",
            "يوسف",
            birthDate,
            "M",
            "Fès",
            "non",
            "non",
            "Baccalauréat",
            "0661234567",
            "",
            "2025-2026",
            "14,50",
            "",
            "",
            wish1,
            wish2)
        + "\n";
  }

  private Api.Reply upload(String token, String year, String csv) {
    return Imports.upload(api, token, year, csv);
  }

  private JsonObject importAndWait(String token, String csv) {
    return Imports.importAndWait(api, token, csv);
  }

  private JsonObject waitFor(String token, String jobId) {
    return Imports.waitFor(api, token, jobId);
  }

  private Map<Long, List<String>> errorsByRow(String token, String jobId) {
    return api
        .get("/api/v1/imports/" + jobId + "/errors?size=500", token)
        .json()
        .getJsonArray("items")
        .stream()
        .map(e -> e.asJsonObject())
        .collect(
            Collectors.groupingBy(
                e -> e.getJsonNumber("row").longValue(),
                java.util.TreeMap::new,
                Collectors.mapping(e -> e.getString("field"), Collectors.toList())));
  }
}
