package ma.ofppt.cmc.server.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.concurrent.atomic.AtomicInteger;

/** Typed builders of application requests; each applicant gets a national id unique to the run. */
final class Applications {
  private static final AtomicInteger SEQUENCE =
      new AtomicInteger((int) (System.nanoTime() % 100_000));

  private Applications() {}

  /** A CIN no other test uses in this run: two letters and six digits. */
  static String uniqueCin() {
    return "IT" + String.format("%06d", SEQUENCE.incrementAndGet() % 1_000_000);
  }

  static JsonObjectBuilder applicant(String nationalId, String birthDate, String educationLevel) {
    return Json.createObjectBuilder()
        .add("nationalId", nationalId)
        .add(
            "name",
            Json.createObjectBuilder()
                .add("first", Json.createObjectBuilder().add("fr", "Salma").add("ar", "سلمى"))
                .add("last", Json.createObjectBuilder().add("fr", "Bennani").add("ar", "بناني")))
        .add("birthDate", birthDate)
        .add("sex", "F")
        .add("province", "Al Haouz")
        .add("remoteArea", true)
        .add("disability", false)
        .add("educationLevel", educationLevel)
        .add("phone", "0612345678");
  }

  static JsonObjectBuilder wish(String programmeCode, String gradeAverage) {
    return Json.createObjectBuilder()
        .add("programmeCode", programmeCode)
        .add("gradeAverage", new java.math.BigDecimal(gradeAverage));
  }

  static JsonObject application(JsonObjectBuilder applicant, JsonObjectBuilder... wishes) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObjectBuilder wish : wishes) {
      list.add(wish);
    }
    return Json.createObjectBuilder()
        .add("applicant", applicant)
        .add("academicYear", "2025-2026")
        .add("wishes", list)
        .build();
  }

  /** Codes of programmes the city offers in 2025-2026 at a level, from its own API. */
  static java.util.List<String> offeredCodes(Api api, String token, String level) {
    JsonObject page =
        api.get("/api/v1/programmes?size=500&status=ACTIVE&level=" + level, token).json();
    return page.getJsonArray("items").stream()
        .map(p -> p.asJsonObject())
        .filter(
            p ->
                p.getJsonArray("intakes").stream()
                    .anyMatch(i -> i.asJsonObject().getString("academicYear").equals("2025-2026")))
        .map(p -> p.getString("code"))
        .toList();
  }
}
