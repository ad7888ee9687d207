package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Real trainees for tests of the modules that serve them (boarding, careers, staff): a new
 * programme with exactly {@code sexes.length} first-year seats in the intake, one application per
 * seat, the intake's selection run, and every offer accepted, all through the API as a city's staff
 * would. The selection of an intake runs once per city, so each call needs a city and academic year
 * that no other test selects in.
 */
final class Cohorts {
  private Cohorts() {}

  /** A trainee as enrolled: the trainee record and what it was enrolled in. */
  record Enrolled(String traineeId, String applicationId, String programmeId, String groupId) {}

  /**
   * Nineteen on 31 December of the intake's first year where possible, but at least 13 today (an
   * applicant's age must be plausible now, 12 to 70): so the far-future academic years the module
   * tests use still fall within the diploma levels' target ages (15-30) up to 2043-2044.
   */
  static String birthDateFor(String academicYear) {
    int firstYear = Integer.parseInt(academicYear.substring(0, 4));
    return Math.min(firstYear - 19, java.time.LocalDate.now().getYear() - 13) + "-02-01";
  }

  /**
   * Enrols one trainee per entry of {@code sexes} ("F" or "M") in a new diploma programme of the
   * city (up to the 2043-2044 intake: see {@link #birthDateFor}).
   *
   * @return the trainees, in the order of {@code sexes}
   */
  static List<Enrolled> enrol(Api api, String city, String academicYear, String... sexes) {
    return enrol(
        api, city, academicYear, null, UnaryOperator.identity(), birthDateFor(academicYear), sexes);
  }

  /** As {@link #enrol}, in a new programme of the given pole (a {@code /api/v1/poles} item). */
  static List<Enrolled> enrolInPole(
      Api api, String city, String academicYear, JsonObject pole, String... sexes) {
    return enrol(
        api, city, academicYear, pole, UnaryOperator.identity(), birthDateFor(academicYear), sexes);
  }

  /**
   * As {@link #enrol}, in a qualifying course for ages 15 to 45, for intakes so far ahead that no
   * applicant plausible today is young enough for a diploma level (15-30) by then.
   */
  static List<Enrolled> enrolInQualifyingCourse(
      Api api, String city, String academicYear, String... sexes) {
    return enrol(
        api,
        city,
        academicYear,
        null,
        programme ->
            programme
                .with("level", "QUALIFYING")
                .with("durationMonths", 6)
                .with("targetAgeMin", 15)
                .with("targetAgeMax", 45),
        "2006-02-01",
        sexes);
  }

  private static List<Enrolled> enrol(
      Api api,
      String city,
      String academicYear,
      JsonObject inPole,
      UnaryOperator<Offers.ProgrammeJson> programmeShape,
      String birthDate,
      String... sexes) {
    String director = api.cityToken(city, "city-director");
    String officer = api.cityToken(city, "admissions-officer");
    JsonObject pole =
        inPole != null ? inPole : api.get("/api/v1/poles", director).array().getJsonObject(0);
    Api.Reply created =
        api.post(
            "/api/v1/programmes",
            director,
            programmeShape
                .apply(Offers.programme(pole.getString("id"), pole.getString("sectorCode")))
                .build());
    assertEquals(201, created.status(), created::toString);
    JsonObject programme = created.json();
    Api.Reply intake =
        api.put(
            "/api/v1/programmes/" + programme.getString("id") + "/intakes/" + academicYear,
            director,
            Offers.intake(sexes.length * 2, sexes.length));
    assertEquals(200, intake.status(), intake::toString);

    List<String> applications = new ArrayList<>();
    for (String sex : sexes) {
      JsonObject request =
          Json.createObjectBuilder()
              .add(
                  "applicant",
                  Applications.applicant(Applications.uniqueCin(), birthDate, "BACCALAUREATE")
                      .add("sex", sex))
              .add("academicYear", academicYear)
              .add(
                  "wishes",
                  Json.createArrayBuilder()
                      .add(Applications.wish(programme.getString("code"), "14.00")))
              .build();
      Api.Reply application = api.post("/api/v1/applications", officer, request);
      assertEquals(201, application.status(), application::toString);
      assertEquals("ELIGIBLE", application.json().getString("status"), application::toString);
      applications.add(application.json().getString("id"));
    }

    Api.Reply run =
        api.post(
            "/api/v1/selection/" + academicYear + "/run",
            director,
            Json.createObjectBuilder().add("seed", city + "-" + academicYear).build());
    assertEquals(201, run.status(), run::toString);

    List<JsonObject> offers =
        api.get("/api/v1/offers?academicYear=" + academicYear, officer).array().stream()
            .map(o -> o.asJsonObject())
            .toList();
    List<Enrolled> trainees = new ArrayList<>();
    for (String application : applications) {
      String offer =
          offers.stream()
              .filter(o -> o.getString("applicationId").equals(application))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no offer for " + application))
              .getString("id");
      Api.Reply accepted = api.post("/api/v1/offers/" + offer + "/acceptance", officer, null);
      assertEquals(200, accepted.status(), accepted::toString);
      JsonObject trainee = accepted.json();
      trainees.add(
          new Enrolled(
              trainee.getString("id"),
              application,
              programme.getString("id"),
              trainee.getString("groupId")));
    }
    return trainees;
  }
}
