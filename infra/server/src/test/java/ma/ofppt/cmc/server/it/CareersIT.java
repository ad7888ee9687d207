package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The career centre of Souss-Massa on real graduates (intakes 2043-2044 and 2044-2045 enrolled
 * through the API and graduated by the registrar), with Guelmim-Oued Noun as the other city: tracer
 * waves and their figures worked out by hand, guidance interactions, the incubator, and one wave
 * opened by eight advisors at once.
 */
class CareersIT extends PlatformIT {
  private static final String CITY = "souss-massa";
  private static final String OTHER = "guelmim-oued-noun";
  private static final String YEAR = "2043-2044";
  private static final String RACE_YEAR = "2044-2045";
  private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

  /** Souss-Massa 2043-2044: four trainees, the first three graduated at setup. */
  private static List<Cohorts.Enrolled> cohort;

  /** Souss-Massa 2044-2045: two graduated, the third dropped out. */
  private static List<Cohorts.Enrolled> raceCohort;

  /** Guelmim-Oued Noun 2043-2044: one graduate. */
  private static List<Cohorts.Enrolled> otherCohort;

  private static AssertionError setupFailure;

  private synchronized void cohorts() {
    if (setupFailure != null) {
      throw setupFailure;
    }
    if (cohort != null) {
      return;
    }
    try {
      enrolCohorts();
    } catch (AssertionError | RuntimeException e) {
      // Selection runs once per city and intake: a second attempt could only fail differently.
      setupFailure = new AssertionError("cohort setup failed", e);
      throw setupFailure;
    }
  }

  private void enrolCohorts() {
    String registrar = api.cityToken(CITY, "registrar");
    List<Cohorts.Enrolled> main = enrol(CITY, YEAR, "F", "M", "F", "M");
    for (int i = 0; i < 3; i++) {
      graduate(registrar, main.get(i));
    }
    List<Cohorts.Enrolled> race = enrol(CITY, RACE_YEAR, "F", "M", "F");
    graduate(registrar, race.get(0));
    graduate(registrar, race.get(1));
    Api.Reply dropped =
        api.post(
            "/api/v1/trainees/" + race.get(2).traineeId() + "/dropout",
            registrar,
            Json.createObjectBuilder().add("reason", "a quitté la région").build());
    assertEquals(200, dropped.status(), dropped::toString);
    List<Cohorts.Enrolled> other = enrol(OTHER, YEAR, "F");
    graduate(api.cityToken(OTHER, "registrar"), other.get(0));
    raceCohort = race;
    otherCohort = other;
    cohort = main;
  }

  private List<Cohorts.Enrolled> enrol(String city, String academicYear, String... sexes) {
    return Cohorts.enrolInQualifyingCourse(api, city, academicYear, sexes);
  }

  private void graduate(String registrar, Cohorts.Enrolled trainee) {
    Api.Reply graduated =
        api.post("/api/v1/trainees/" + trainee.traineeId() + "/graduation", registrar, null);
    assertEquals(200, graduated.status(), graduated::toString);
  }

  @Test
  void aTracerWaveFromGraduatesToFigures() {
    cohorts();
    String advisor = api.cityToken(CITY, "career-advisor");
    String director = api.cityToken(CITY, "city-director");

    assertProblem(api.post("/api/v1/tracer-waves", advisor, wave("2043", 6)), 422, "academicYear");
    assertProblem(api.post("/api/v1/tracer-waves", advisor, wave(YEAR, 9)), 422, "horizonMonths");
    assertProblem(
        api.post("/api/v1/tracer-waves", advisor, wave("2047-2048", 6)), 422, "academicYear");
    assertEquals(403, api.post("/api/v1/tracer-waves", director, wave(YEAR, 6)).status());

    Api.Reply opened = api.post("/api/v1/tracer-waves", advisor, wave(YEAR, 6));
    assertEquals(201, opened.status(), opened::toString);
    String waveId = opened.json().getString("id");
    assertEquals(3, opened.json().getInt("surveys"), "one survey per graduate, not the 4th");
    assertProblem(api.post("/api/v1/tracer-waves", advisor, wave(YEAR, 6)), 409, "horizonMonths");

    JsonObject page = api.get("/api/v1/tracer-waves/" + waveId + "/surveys", advisor).json();
    assertEquals(3, page.getInt("total"));
    List<JsonObject> surveys =
        page.getJsonArray("items").stream().map(v -> (JsonObject) v).toList();
    for (JsonObject survey : surveys) {
      assertEquals("PENDING", survey.getString("state"));
      assertEquals(TODAY.toString(), survey.getString("graduatedOn"));
      assertEquals(TODAY.plusMonths(6).toString(), survey.getString("dueOn"));
      assertEquals(cohort.get(0).programmeId(), survey.getString("programmeId"));
    }
    String employed = surveyOf(surveys, cohort.get(0));
    String abroad = surveyOf(surveys, cohort.get(1));
    String unreachable = surveyOf(surveys, cohort.get(2));

    // Bad answers name their field and change nothing.
    String path = "/api/v1/tracer-surveys/";
    assertProblem(
        api.post(path + employed + "/response", advisor, answer("EMPLOYED").build()),
        422,
        "sectorCode");
    assertProblem(
        api.post(
            path + employed + "/response",
            advisor,
            answer("EMPLOYED").add("sectorCode", "digital-ai").build()),
        422,
        "contractType");
    assertProblem(
        api.post(path + employed + "/response", advisor, answer("WORKING").build()),
        400,
        "situation");
    assertProblem(
        api.post(
            path + employed + "/response",
            advisor,
            answer("SEEKING").add("respondedOn", "hier").build()),
        400,
        "respondedOn");
    assertProblem(
        api.post(
            path + employed + "/response",
            advisor,
            answer("SEEKING").add("respondedOn", TODAY.plusDays(1).toString()).build()),
        422,
        "respondedOn");
    assertProblem(
        api.post(
            path + abroad + "/response",
            advisor,
            answer("INTERNATIONAL_MOBILITY").add("country", "MA").build()),
        422,
        "country");
    assertEquals("PENDING", api.get(path + employed, advisor).json().getString("state"));
    assertEquals(
        403,
        api.post(path + employed + "/response", director, employedAnswer().build()).status(),
        "the director reads, the advisor writes");

    Api.Reply answered = api.post(path + employed + "/response", advisor, employedAnswer().build());
    assertEquals(200, answered.status(), answered::toString);
    assertEquals("RESPONDED", answered.json().getString("state"));
    assertEquals("FIXED_TERM", answered.json().getJsonObject("answer").getString("contractType"));
    assertProblem(
        api.post(path + employed + "/response", advisor, employedAnswer().build()), 409, "state");
    Api.Reply thamm =
        api.post(
            path + abroad + "/response",
            advisor,
            answer("INTERNATIONAL_MOBILITY")
                .add("country", "de")
                .add("mobilityProgramme", "THAMM")
                .build());
    assertEquals(200, thamm.status(), thamm::toString);
    assertEquals("DE", thamm.json().getJsonObject("answer").getString("country"));

    for (int i = 0; i < 2; i++) {
      assertEquals(
          200, api.post(path + unreachable + "/contact-attempts", advisor, attempt()).status());
    }
    assertProblem(
        api.post(path + unreachable + "/unreachable", advisor, closing()), 422, "contactAttempts");
    assertProblem(
        api.post(
            path + unreachable + "/contact-attempts",
            advisor,
            Json.createObjectBuilder()
                .add("attemptedOn", TODAY.toString())
                .add("channel", "PIGEON")
                .build()),
        400,
        "channel");
    assertEquals(
        200, api.post(path + unreachable + "/contact-attempts", advisor, attempt()).status());
    JsonObject closed = api.post(path + unreachable + "/unreachable", advisor, closing()).json();
    assertEquals("UNREACHABLE", closed.getString("state"), closed::toString);
    assertEquals(3, closed.getInt("contactAttempts"));

    // The fourth trainee graduates after the wave opened: a graduate, not surveyed.
    graduate(api.cityToken(CITY, "registrar"), cohort.get(3));

    JsonObject figures = api.get("/api/v1/tracer-waves/" + waveId + "/figures", director).json();
    JsonObject programme = programmeFigures(figures, cohort.get(0).programmeId());
    assertEquals(4, programme.getInt("graduates"));
    assertEquals(3, programme.getInt("surveyed"));
    assertEquals(3, programme.getInt("contacted"));
    assertEquals(2, programme.getInt("responses"));
    assertEquals(1, programme.getInt("unreachable"));
    assertEquals(0, programme.getInt("pending"));
    assertEquals(1, programme.getJsonObject("situations").getInt("EMPLOYED"));
    assertEquals(1, programme.getJsonObject("situations").getInt("INTERNATIONAL_MOBILITY"));
    assertEquals(0, programme.getJsonObject("situations").getInt("FURTHER_STUDY"));
    assertEquals(1, programme.getInt("employedInField"));
    JsonObject response = programme.getJsonObject("responseRate");
    assertEquals("66.7", response.getJsonNumber("value").toString(), "2 of 3 surveyed");
    assertEquals(3, response.getInt("base"));
    assertTrue(response.getBoolean("smallBase"));
    JsonObject insertion = programme.getJsonObject("insertionRate");
    assertEquals("100.0", insertion.getJsonNumber("value").toString(), "2 of 2 respondents");
    assertEquals(2, insertion.getInt("base"));
    JsonObject city = figures.getJsonObject("city");
    assertEquals(4, city.getInt("graduates"), "the city has no other graduate of this intake");
    assertEquals(2, city.getInt("responses"));
    String poleId =
        figures.getJsonArray("byProgramme").stream()
            .map(v -> (JsonObject) v)
            .filter(p -> p.getString("programmeId").equals(cohort.get(0).programmeId()))
            .findFirst()
            .orElseThrow()
            .getString("poleId");
    JsonObject pole =
        figures.getJsonArray("byPole").stream()
            .map(v -> (JsonObject) v)
            .filter(p -> p.getString("poleId").equals(poleId))
            .findFirst()
            .orElseThrow()
            .getJsonObject("figures");
    assertEquals(3, pole.getInt("surveyed"));
    Api.Reply intake = api.get("/api/v1/careers/" + YEAR + "/figures", advisor);
    assertEquals(200, intake.status(), intake::toString);
    assertTrue(intake.body().contains(waveId));
    assertProblem(api.get("/api/v1/careers/2043/figures", advisor), 400, "academicYear");

    // Another city: 404 for every id, nothing of ours in its lists and figures, no change.
    String otherAdvisor = api.cityToken(OTHER, "career-advisor");
    assertEquals(404, api.get("/api/v1/tracer-waves/" + waveId, otherAdvisor).status());
    assertEquals(
        404, api.get("/api/v1/tracer-waves/" + waveId + "/surveys", otherAdvisor).status());
    assertEquals(
        404, api.get("/api/v1/tracer-waves/" + waveId + "/figures", otherAdvisor).status());
    assertEquals(404, api.get(path + employed, otherAdvisor).status());
    assertEquals(
        404, api.post(path + abroad + "/contact-attempts", otherAdvisor, attempt()).status());
    assertEquals(404, api.post(path + unreachable + "/refusal", otherAdvisor, closing()).status());
    assertEquals(
        404, api.post(path + unreachable + "/unreachable", otherAdvisor, closing()).status());
    assertEquals(
        404,
        api.post(path + employed + "/response", otherAdvisor, answer("SEEKING").build()).status());
    Api.Reply otherWaves = api.get("/api/v1/tracer-waves?academicYear=" + YEAR, otherAdvisor);
    assertEquals(200, otherWaves.status(), otherWaves::toString);
    assertFalse(otherWaves.body().contains(waveId));
    // Its own wave of the same intake and horizon is its own: one survey, its graduate.
    Api.Reply otherWave = api.post("/api/v1/tracer-waves", otherAdvisor, wave(YEAR, 6));
    assertEquals(201, otherWave.status(), otherWave::toString);
    assertEquals(1, otherWave.json().getInt("surveys"));
    Api.Reply otherFigures = api.get("/api/v1/careers/" + YEAR + "/figures", otherAdvisor);
    assertEquals(200, otherFigures.status(), otherFigures::toString);
    assertFalse(otherFigures.body().contains(waveId));
    assertFalse(otherFigures.body().contains(cohort.get(0).programmeId()));
    assertEquals(
        1,
        otherFigures.array().getJsonObject(0).getJsonObject("city").getInt("graduates"),
        otherFigures::toString);
    assertEquals(
        figures.toString(),
        api.get("/api/v1/tracer-waves/" + waveId + "/figures", director).json().toString(),
        "the other city changed nothing here");
    JsonObject reread = api.get(path + employed, advisor).json();
    assertEquals("EMPLOYED", reread.getJsonObject("answer").getString("situation"));
    assertEquals(0, api.get(path + abroad, advisor).json().getInt("contactAttempts"));
  }

  @Test
  void guidanceInteractionsWithTraineesAndProspects() {
    cohorts();
    String advisor = api.cityToken(CITY, "career-advisor");
    String trainee = cohort.get(3).traineeId();
    Api.Reply created =
        api.post(
            "/api/v1/guidance-interactions",
            advisor,
            Json.createObjectBuilder()
                .add("traineeId", trainee)
                .add("kind", "CV_COACHING")
                .add("occurredOn", TODAY.toString())
                .add("notes", "CV revu, lettre de motivation à reprendre")
                .build());
    assertEquals(201, created.status(), created::toString);
    String id = created.json().getString("id");
    assertFalse(created.json().getString("advisor").isBlank(), "defaults to the caller");
    Api.Reply prospect =
        api.post(
            "/api/v1/guidance-interactions",
            advisor,
            Json.createObjectBuilder()
                .add("prospectName", "Yassine Amrani")
                .add("kind", "ORIENTATION")
                .add("occurredOn", TODAY.minusDays(3).toString())
                .add("advisor", "Mme Idrissi")
                .build());
    assertEquals(201, prospect.status(), prospect::toString);

    JsonObjectBuilder both =
        Json.createObjectBuilder()
            .add("traineeId", trainee)
            .add("prospectName", "X")
            .add("kind", "JOB_FAIR")
            .add("occurredOn", TODAY.toString());
    assertProblem(
        api.post("/api/v1/guidance-interactions", advisor, both.build()), 422, "prospectName");
    assertProblem(
        api.post(
            "/api/v1/guidance-interactions",
            advisor,
            Json.createObjectBuilder()
                .add("kind", "JOB_FAIR")
                .add("occurredOn", TODAY.toString())
                .build()),
        422,
        "traineeId");
    assertProblem(
        api.post(
            "/api/v1/guidance-interactions",
            advisor,
            Json.createObjectBuilder()
                .add("traineeId", otherCohort.get(0).traineeId())
                .add("kind", "JOB_FAIR")
                .add("occurredOn", TODAY.toString())
                .build()),
        422,
        "traineeId");
    assertProblem(
        api.post(
            "/api/v1/guidance-interactions",
            advisor,
            Json.createObjectBuilder()
                .add("traineeId", trainee)
                .add("kind", "PARTY")
                .add("occurredOn", TODAY.toString())
                .build()),
        400,
        "kind");
    assertProblem(
        api.post(
            "/api/v1/guidance-interactions",
            advisor,
            Json.createObjectBuilder()
                .add("traineeId", trainee)
                .add("kind", "JOB_FAIR")
                .add("occurredOn", TODAY.plusDays(2).toString())
                .build()),
        422,
        "occurredOn");

    JsonObject mine = api.get("/api/v1/guidance-interactions?traineeId=" + trainee, advisor).json();
    assertEquals(1, mine.getInt("total"), mine::toString);
    assertEquals(id, mine.getJsonArray("items").getJsonObject(0).getString("id"));
    // The whole log lists the prospect's interaction too (it has no trainee to read).
    Api.Reply all = api.get("/api/v1/guidance-interactions?size=500", advisor);
    assertEquals(200, all.status(), all::toString);
    assertTrue(all.body().contains(prospect.json().getString("id")), all::toString);
    Api.Reply byDirector =
        api.get("/api/v1/guidance-interactions/" + id, api.cityToken(CITY, "city-director"));
    assertEquals(200, byDirector.status(), byDirector::toString);
    assertEquals("CV_COACHING", byDirector.json().getString("kind"));

    String otherAdvisor = api.cityToken(OTHER, "career-advisor");
    assertEquals(404, api.get("/api/v1/guidance-interactions/" + id, otherAdvisor).status());
    Api.Reply otherList =
        api.get("/api/v1/guidance-interactions?traineeId=" + trainee + "&size=500", otherAdvisor);
    assertEquals(200, otherList.status(), otherList::toString);
    assertEquals(0, otherList.json().getInt("total"));
    Api.Reply otherAll = api.get("/api/v1/guidance-interactions?size=500", otherAdvisor);
    assertEquals(200, otherAll.status());
    assertFalse(otherAll.body().contains(id));
    assertFalse(otherAll.body().contains(prospect.json().getString("id")));
    assertProblem(
        api.post(
            "/api/v1/guidance-interactions",
            otherAdvisor,
            Json.createObjectBuilder()
                .add("traineeId", trainee)
                .add("kind", "JOB_FAIR")
                .add("occurredOn", TODAY.toString())
                .build()),
        422,
        "traineeId");
    assertEquals(
        1,
        api.get("/api/v1/guidance-interactions?traineeId=" + trainee, advisor)
            .json()
            .getInt("total"));
  }

  @Test
  void incubatorProjectsWithFoundersAndSessions() {
    cohorts();
    String advisor = api.cityToken(CITY, "career-advisor");
    String code = Offers.uniqueCode("INC");
    JsonObject request =
        Json.createObjectBuilder()
            .add("code", code)
            .add(
                "name",
                Json.createObjectBuilder()
                    .add("fr", "Atelier solaire")
                    .add("ar", "ورشة الطاقة الشمسية"))
            .add("sectorCode", "industry")
            .add("recordedOn", TODAY.minusDays(10).toString())
            .build();
    Api.Reply created = api.post("/api/v1/incubator-projects", advisor, request);
    assertEquals(201, created.status(), created::toString);
    assertEquals("IDEA", created.json().getString("status"));
    String id = created.json().getString("id");
    String path = "/api/v1/incubator-projects/" + id;
    assertProblem(api.post("/api/v1/incubator-projects", advisor, request), 409, "code");
    assertProblem(
        api.post(
            "/api/v1/incubator-projects",
            advisor,
            Json.createObjectBuilder(request)
                .add("code", Offers.uniqueCode("INC"))
                .add("sectorCode", "space")
                .build()),
        422,
        "sectorCode");
    assertProblem(
        api.post(
            "/api/v1/incubator-projects",
            advisor,
            Json.createObjectBuilder(request)
                .add("code", Offers.uniqueCode("INC"))
                .add("name", Json.createObjectBuilder().add("fr", "Atelier").add("ar", "Atelier"))
                .build()),
        422,
        "name.ar");

    assertProblem(api.post(path + "/launch", advisor, step(TODAY)), 409, "status");
    assertEquals(200, api.post(path + "/incubation", advisor, step(TODAY.minusDays(5))).status());
    assertProblem(api.post(path + "/launch", advisor, step(TODAY)), 422, "founders");
    assertEquals(
        200, api.post(path + "/founders", advisor, founder(cohort.get(0).traineeId())).status());
    assertEquals(
        200,
        api.post(path + "/founders", advisor, founder(raceCohort.get(0).traineeId())).status());
    assertProblem(
        api.post(path + "/founders", advisor, founder(cohort.get(0).traineeId())),
        409,
        "traineeId");
    assertProblem(
        api.post(path + "/founders", advisor, founder(raceCohort.get(2).traineeId())),
        422,
        "traineeId");
    assertProblem(
        api.post(path + "/founders", advisor, founder(otherCohort.get(0).traineeId())),
        422,
        "traineeId");
    assertProblem(api.post(path + "/founders", advisor, founder("nope")), 400, "traineeId");
    Api.Reply session =
        api.post(
            path + "/support-sessions",
            advisor,
            Json.createObjectBuilder()
                .add("heldOn", TODAY.minusDays(2).toString())
                .add("topic", "Étude de marché")
                .add("coach", "M. Benali")
                .build());
    assertEquals(200, session.status(), session::toString);
    assertProblem(api.post(path + "/launch", advisor, step(TODAY.minusDays(6))), 422, "on");
    JsonObject launched = api.post(path + "/launch", advisor, step(TODAY)).json();
    assertEquals("LAUNCHED", launched.getString("status"), launched::toString);
    assertEquals(2, launched.getJsonArray("founders").size());
    assertEquals(1, launched.getJsonArray("sessions").size());
    assertEquals(TODAY.toString(), launched.getString("launchedOn"));

    String director = api.cityToken(CITY, "city-director");
    assertEquals(403, api.post(path + "/closure", director, closure()).status());
    JsonObject list =
        api.get("/api/v1/incubator-projects?status=LAUNCHED&size=500", director).json();
    assertTrue(list.toString().contains(id));
    assertProblem(api.get("/api/v1/incubator-projects?status=DREAM", director), 400, "status");

    String otherAdvisor = api.cityToken(OTHER, "career-advisor");
    assertEquals(404, api.get(path, otherAdvisor).status());
    assertEquals(
        404,
        api.post(path + "/founders", otherAdvisor, founder(otherCohort.get(0).traineeId()))
            .status());
    assertEquals(404, api.post(path + "/incubation", otherAdvisor, step(TODAY)).status());
    assertEquals(404, api.post(path + "/launch", otherAdvisor, step(TODAY)).status());
    assertEquals(404, api.post(path + "/closure", otherAdvisor, closure()).status());
    assertEquals(
        404,
        api.post(
                path + "/support-sessions",
                otherAdvisor,
                Json.createObjectBuilder()
                    .add("heldOn", TODAY.toString())
                    .add("topic", "x")
                    .add("coach", "y")
                    .build())
            .status());
    Api.Reply otherList = api.get("/api/v1/incubator-projects?size=500", otherAdvisor);
    assertEquals(200, otherList.status(), otherList::toString);
    assertFalse(otherList.body().contains(id));
    assertTrue(otherList.body().contains("DEMO-INC-1"), "the other city's own demo projects");
    JsonObject reread = api.get(path, advisor).json();
    assertEquals("LAUNCHED", reread.getString("status"));
    assertEquals(2, reread.getJsonArray("founders").size());

    JsonObject closedProject = api.post(path + "/closure", advisor, closure()).json();
    assertEquals("CLOSED", closedProject.getString("status"), closedProject::toString);
    assertProblem(
        api.post(path + "/founders", advisor, founder(cohort.get(3).traineeId())), 409, "status");
  }

  @Test
  void aWaveOpensOnceWhenEightAdvisorsRace() throws Exception {
    cohorts();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Api.Reply>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String token = api.cityToken(CITY, "career-advisor");
      attempts.add(() -> api.post("/api/v1/tracer-waves", token, wave(RACE_YEAR, 12)));
    }
    List<Api.Reply> replies = new ArrayList<>();
    try {
      for (Future<Api.Reply> reply : pool.invokeAll(attempts, 2, TimeUnit.MINUTES)) {
        replies.add(reply.get());
      }
    } finally {
      pool.shutdownNow();
    }
    List<Integer> statuses = replies.stream().map(Api.Reply::status).toList();
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), replies::toString);
    assertEquals(7, statuses.stream().filter(s -> s == 409).count(), replies::toString);
    String advisor = api.cityToken(CITY, "career-advisor");
    List<JsonObject> waves =
        api.get("/api/v1/tracer-waves?academicYear=" + RACE_YEAR, advisor).array().stream()
            .map(v -> (JsonObject) v)
            .filter(w -> w.getInt("horizonMonths") == 12)
            .toList();
    assertEquals(1, waves.size());
    JsonObject surveys =
        api.get("/api/v1/tracer-waves/" + waves.get(0).getString("id") + "/surveys", advisor)
            .json();
    assertEquals(2, surveys.getInt("total"), "the two graduates, not the trainee who dropped out");
    assertEquals(
        TODAY.plusMonths(12).toString(),
        surveys.getJsonArray("items").getJsonObject(0).getString("dueOn"));
  }

  private static JsonObject wave(String year, int horizon) {
    return Json.createObjectBuilder()
        .add("academicYear", year)
        .add("horizonMonths", horizon)
        .build();
  }

  private static JsonObjectBuilder answer(String situation) {
    return Json.createObjectBuilder()
        .add("respondedOn", TODAY.toString())
        .add("situation", situation);
  }

  private static JsonObjectBuilder employedAnswer() {
    return answer("EMPLOYED")
        .add("sectorCode", "digital-ai")
        .add("contractType", "FIXED_TERM")
        .add("inFieldOfTraining", true);
  }

  private static JsonObject attempt() {
    return Json.createObjectBuilder()
        .add("attemptedOn", TODAY.toString())
        .add("channel", "PHONE")
        .add("note", "messagerie")
        .build();
  }

  private static JsonObject closing() {
    return Json.createObjectBuilder().add("on", TODAY.toString()).build();
  }

  private static JsonObject step(LocalDate on) {
    return Json.createObjectBuilder().add("on", on.toString()).build();
  }

  private static JsonObject closure() {
    return Json.createObjectBuilder()
        .add("on", TODAY.toString())
        .add("reason", "cessation d'activité")
        .build();
  }

  private static JsonObject founder(String traineeId) {
    return Json.createObjectBuilder().add("traineeId", traineeId).build();
  }

  private static String surveyOf(List<JsonObject> surveys, Cohorts.Enrolled trainee) {
    return surveys.stream()
        .filter(s -> s.getString("traineeId").equals(trainee.traineeId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no survey for " + trainee))
        .getString("id");
  }

  private static JsonObject programmeFigures(JsonObject figures, String programmeId) {
    return figures.getJsonArray("byProgramme").stream()
        .map(v -> (JsonObject) v)
        .filter(p -> p.getString("programmeId").equals(programmeId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figures for " + programmeId + ": " + figures))
        .getJsonObject("figures");
  }

  private static void assertProblem(Api.Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(field, reply.problemField(), reply::toString);
  }
}
