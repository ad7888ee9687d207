package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Selection to enrolment on an intake built for the test (2026-2027, small programmes), worked out
 * by hand: deferred acceptance, waitlists, the explanation, a decline passing the seat down the
 * waitlist (and moving an applicant up to a preferred wish), a missed deadline, enrolment in a
 * group, the trainee lifecycle, and the last seat raced for by eight officers.
 */
class SelectionIT extends PlatformIT {
  private static final String YEAR = "2026-2027";

  @Test
  void fromApplicationsToTrainees() throws SQLException {
    String city = "dakhla-oued-ed-dahab";
    String director = api.cityToken(city, "city-director");
    String officer = api.cityToken(city, "admissions-officer");
    String registrar = api.cityToken(city, "registrar");
    JsonObject p1 = programmeWithSeats(director, 2);
    JsonObject p2 = programmeWithSeats(director, 1);
    String c1 = p1.getString("code");
    String c2 = p2.getString("code");
    Api.Reply criteria =
        api.put(
            "/api/v1/selection/" + YEAR + "/criteria/" + p2.getString("id"),
            director,
            Json.createObjectBuilder()
                .add("gradeWeight", 0.5)
                .add("testWeight", 0.5)
                .add("interviewWeight", 0)
                .build());
    assertEquals(200, criteria.status(), criteria::toString);

    String a = apply(officer, wish(c1, "18", null));
    String b = apply(officer, wish(c1, "17", null), wish(c2, "17", "10"));
    String c = apply(officer, wish(c1, "16", null), wish(c2, "16", "19"));
    String d = apply(officer, wish(c2, "15", "15"), wish(c1, "15", null));
    String e = apply(officer, wish(c1, "12", null));

    JsonObject seed = Json.createObjectBuilder().add("seed", "dakhla-" + YEAR).build();
    JsonObject first = api.post("/api/v1/selection/" + YEAR + "/simulation", officer, seed).json();
    JsonObject second = api.post("/api/v1/selection/" + YEAR + "/simulation", officer, seed).json();
    assertEquals(first, second, "the same data and seed give the same result");
    assertEquals(3, first.getInt("admitted"));

    Api.Reply run = api.post("/api/v1/selection/" + YEAR + "/run", director, seed);
    assertEquals(201, run.status(), run::toString);
    assertEquals(first.getInt("admitted"), run.json().getInt("admitted"));
    assertEquals(first.getInt("waitlisted"), run.json().getInt("waitlisted"));
    assertEquals(
        409,
        api.post("/api/v1/selection/" + YEAR + "/run", director, seed).status(),
        "once per intake");

    assertEquals("OFFERED", status(officer, a));
    assertEquals("OFFERED", status(officer, b));
    assertEquals("OFFERED", status(officer, c));
    assertEquals("WAITLISTED", status(officer, d));
    assertEquals("WAITLISTED", status(officer, e));

    JsonObject explanation = api.get("/api/v1/applications/" + c + "/explanation", officer).json();
    JsonObject firstWish = explanation.getJsonArray("wishes").getJsonObject(0);
    assertEquals("WAITLISTED", firstWish.getString("outcome"));
    assertEquals(1, firstWish.getInt("waitlistPosition"));
    assertEquals(3, firstWish.getInt("rank"));
    assertEquals(5, firstWish.getInt("rankedAmong"));
    assertEquals(
        "ADMITTED", explanation.getJsonArray("wishes").getJsonObject(1).getString("outcome"));
    assertEquals(c2, explanation.getJsonObject("currentOffer").getString("programmeCode"));
    assertEquals("dakhla-" + YEAR, explanation.getString("lotterySeed"));

    // A declines: the seat of P1 goes to C (first on P1's waitlist, moving up from P2), and C's
    // seat
    // of P2 goes on to D.
    Api.Reply declined =
        api.post(
            "/api/v1/offers/" + offerOf(officer, a) + "/decline",
            officer,
            Json.createObjectBuilder().add("reason", "part à l'étranger").build());
    assertEquals("DECLINED", declined.json().getString("status"), declined::toString);
    assertEquals(p1.getString("id"), offer(officer, c).getString("programmeId"));
    assertEquals(p2.getString("id"), offer(officer, d).getString("programmeId"));
    assertEquals("DECLINED", status(officer, a));
    assertSeats(officer, p1, 2, 2);
    assertSeats(officer, p2, 1, 1);

    // B accepts and is enrolled in the first group of P1.
    Api.Reply accepted =
        api.post("/api/v1/offers/" + offerOf(officer, b) + "/acceptance", officer, null);
    assertEquals(200, accepted.status(), accepted::toString);
    JsonObject trainee = accepted.json();
    assertEquals(c1 + "-2026-G1", trainee.getString("groupCode"));
    assertEquals("ENROLLED", status(officer, b));

    // D misses the deadline: the seat of P2 is passed on (nobody else waits for P2).
    expireOfferOf(officer, d);
    awaitStatus(officer, d, "DECLINED");
    assertEquals(
        0,
        api.post("/api/v1/offers/expiry", officer, null).json().getInt("expired"),
        "nothing left overdue");
    assertSeats(officer, p2, 1, 0);
    Api.Reply nobody =
        api.post("/api/v1/seats/" + p2.getString("id") + "/" + YEAR + "/next-offer", officer, null);
    assertEquals(409, nobody.status(), nobody::toString);

    // The registrar suspends, reinstates and transfers B to P2 (the seat D left free).
    String path = "/api/v1/trainees/" + trainee.getString("id");
    assertEquals(
        422,
        api.post(
                path + "/dropout", registrar, Json.createObjectBuilder().add("reason", " ").build())
            .status());
    assertEquals(
        "SUSPENDED",
        api.post(
                path + "/suspension",
                registrar,
                Json.createObjectBuilder().add("reason", "absences").build())
            .json()
            .getString("status"));
    assertEquals("ACTIVE", api.delete(path + "/suspension", registrar).json().getString("status"));
    Api.Reply moved =
        api.post(
            path + "/transfer",
            registrar,
            Json.createObjectBuilder().add("programmeCode", c2).build());
    assertEquals(200, moved.status(), moved::toString);
    assertEquals(p2.getString("id"), moved.json().getString("programmeId"));
    assertEquals(trainee.getString("id"), moved.json().getString("transferredFrom"));
    assertEquals("TRANSFERRED", api.get(path, registrar).json().getString("status"));
    assertSeats(officer, p2, 1, 1);
    assertSeats(officer, p1, 2, 1);
    Api.Reply same =
        api.post(
            "/api/v1/trainees/" + moved.json().getString("id") + "/transfer",
            registrar,
            Json.createObjectBuilder().add("programmeCode", c2).build());
    assertEquals(422, same.status(), same::toString);
    assertEquals("programmeCode", same.problemField());
    JsonObject graduate =
        api.post(
                "/api/v1/trainees/" + moved.json().getString("id") + "/graduation", registrar, null)
            .json();
    assertEquals("GRADUATED", graduate.getString("status"));
    assertEquals(
        java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
        graduate.getString("graduatedOn"),
        "the day is kept: tracer surveys are due 6 and 12 months after it");

    // The intake's figures, worked out from the story above.
    JsonObject figures = api.get("/api/v1/admissions/" + YEAR + "/figures", director).json();
    JsonObject f1 = programmeFigures(figures, p1.getString("id"));
    assertEquals(2, f1.getInt("firstYearSeats"));
    assertEquals(5, f1.getInt("applications"));
    assertEquals(4, f1.getInt("firstChoices"));
    assertEquals("250.0", f1.getJsonNumber("demandRate").toString());
    assertEquals("2.00", f1.getJsonNumber("applicantsPerSeat").toString());
    assertEquals(3, f1.getInt("offers"), "A declined, B accepted, C moved up");
    assertEquals(1, f1.getInt("acceptances"));
    assertEquals(0, f1.getInt("enrolled"), "B transferred out");
    JsonObject f2 = programmeFigures(figures, p2.getString("id"));
    assertEquals(3, f2.getInt("applications"));
    assertEquals(1, f2.getInt("firstChoices"));
    assertEquals(2, f2.getInt("offers"), "C's (left for P1) and D's (expired)");
    assertEquals(1, f2.getInt("enrolled"), "B, transferred in and graduated");
    assertEquals("100.0", f2.getJsonNumber("fillRate").toString());
    JsonObject whole = figures.getJsonObject("city");
    assertEquals(8, whole.getInt("applications"));
    assertEquals(
        "266.7",
        whole.getJsonNumber("demandRate").toString(),
        "8 ÷ 3, from the sums, not an average");

    // Another city sees none of it.
    String other = api.cityToken("guelmim-oued-noun", "city-director");
    assertEquals(404, api.get("/api/v1/applications/" + c + "/explanation", other).status());
    assertEquals(404, api.get("/api/v1/offers/" + offerOf(officer, c), other).status());
    assertEquals(
        404,
        api.post("/api/v1/offers/" + offerOf(officer, c) + "/acceptance", other, null).status());
    assertEquals(404, api.get(path, other).status());
    assertEquals(404, api.post(path + "/graduation", other, null).status());
    assertEquals(404, api.get("/api/v1/selection/" + YEAR + "/run", other).status());
    Api.Reply otherFigures = api.get("/api/v1/admissions/" + YEAR + "/figures", other);
    assertEquals(200, otherFigures.status(), otherFigures::toString);
    assertFalse(otherFigures.body().contains(p1.getString("id")));
    assertFalse(otherFigures.body().contains(p2.getString("id")));
    assertTrue(api.get("/api/v1/offers?academicYear=" + YEAR, other).array().isEmpty());
    assertEquals(
        404,
        api.post(
                "/api/v1/offers/" + offerOf(officer, c) + "/decline",
                other,
                Json.createObjectBuilder().add("reason", "x").build())
            .status());
    String moved1 = "/api/v1/trainees/" + moved.json().getString("id");
    assertEquals(
        404,
        api.post(
                moved1 + "/suspension",
                other,
                Json.createObjectBuilder().add("reason", "x").build())
            .status());
    assertEquals(
        404,
        api.post(moved1 + "/dropout", other, Json.createObjectBuilder().add("reason", "x").build())
            .status());
    assertEquals(
        404,
        api.post(
                moved1 + "/transfer",
                other,
                Json.createObjectBuilder().add("programmeCode", c1).build())
            .status());
    assertEquals(404, api.delete(moved1 + "/suspension", other).status());
    assertEquals(
        404,
        api.post("/api/v1/seats/" + p1.getString("id") + "/" + YEAR + "/next-offer", other, null)
            .status());
    assertEquals(
        404,
        api.put(
                "/api/v1/selection/" + YEAR + "/criteria/" + p1.getString("id"),
                other,
                Json.createObjectBuilder()
                    .add("gradeWeight", 1)
                    .add("testWeight", 0)
                    .add("interviewWeight", 0)
                    .build())
            .status());
    Api.Reply otherSeats = api.get("/api/v1/seats?academicYear=" + YEAR, other);
    assertEquals(200, otherSeats.status(), otherSeats::toString);
    assertFalse(otherSeats.body().contains(p1.getString("id")));
    assertFalse(otherSeats.body().contains(p2.getString("id")));
    Api.Reply otherSimulation =
        api.post(
            "/api/v1/selection/" + YEAR + "/simulation",
            other,
            Json.createObjectBuilder().add("seed", "x").build());
    assertEquals(200, otherSimulation.status(), otherSimulation::toString);
    assertFalse(otherSimulation.body().contains(p1.getString("id")));
    assertFalse(otherSimulation.body().contains(a));

    // The other city's own expiry sweep and selection run leave this city's intake as it was.
    List<String> before = List.of(a, b, c, d, e).stream().map(x -> status(officer, x)).toList();
    String offersBefore = api.get("/api/v1/offers?academicYear=" + YEAR, officer).body();
    Api.Reply otherExpiry = api.post("/api/v1/offers/expiry", other, null);
    assertEquals(200, otherExpiry.status(), otherExpiry::toString);
    Api.Reply otherRun =
        api.post(
            "/api/v1/selection/" + YEAR + "/run",
            other,
            Json.createObjectBuilder().add("seed", "guelmim-" + YEAR).build());
    assertEquals(201, otherRun.status(), otherRun::toString);
    assertFalse(otherRun.body().contains(a), otherRun::toString);
    assertEquals(before, List.of(a, b, c, d, e).stream().map(x -> status(officer, x)).toList());
    assertEquals(offersBefore, api.get("/api/v1/offers?academicYear=" + YEAR, officer).body());
    assertEquals(
        "dakhla-" + YEAR,
        api.get("/api/v1/selection/" + YEAR + "/run", officer).json().getString("seed"),
        "this city's run is still its own");
    assertEquals(
        "GRADUATED", api.get(moved1, registrar).json().getString("status"), "nothing changed");
    assertEquals(0, api.get("/api/v1/trainees?academicYear=" + YEAR, other).json().getInt("total"));
  }

  @Test
  void theLastSeatGoesToOneOfficerOnly() throws Exception {
    String city = "laayoune-sakia-el-hamra";
    String director = api.cityToken(city, "city-director");
    String officer = api.cityToken(city, "admissions-officer");
    JsonObject programme = programmeWithSeats(director, 1);
    String code = programme.getString("code");
    for (String grade : List.of("18", "17", "16", "15", "14")) {
      apply(officer, wish(code, grade, null));
    }
    assertEquals(
        201,
        api.post("/api/v1/selection/" + YEAR + "/run", director, Json.createObjectBuilder().build())
            .status());
    assertSeats(officer, programme, 1, 1);

    // The director opens one more first-year seat; eight officers press "offer next" at once.
    assertEquals(
        200,
        api.put(
                "/api/v1/programmes/" + programme.getString("id") + "/intakes/" + YEAR,
                director,
                Offers.intake(2, 2))
            .status());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Callable<Api.Reply>> attempts = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String token = api.cityToken(city, "admissions-officer");
      attempts.add(
          () ->
              api.post(
                  "/api/v1/seats/" + programme.getString("id") + "/" + YEAR + "/next-offer",
                  token,
                  null));
    }
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Api.Reply> reply : pool.invokeAll(attempts, 2, TimeUnit.MINUTES)) {
        statuses.add(reply.get().status());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses::toString);
    assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
    assertSeats(officer, programme, 2, 2);
    assertEquals(
        2,
        api.get(
                "/api/v1/offers?academicYear="
                    + YEAR
                    + "&status=PENDING&programme="
                    + programme.getString("id"),
                officer)
            .array()
            .size());
  }

  private JsonObject programmeWithSeats(String director, int seats) {
    JsonObject pole = api.get("/api/v1/poles", director).array().getJsonObject(0);
    Api.Reply created =
        api.post(
            "/api/v1/programmes",
            director,
            Offers.programme(pole.getString("id"), pole.getString("sectorCode")).build());
    assertEquals(201, created.status(), created::toString);
    JsonObject programme = created.json();
    Api.Reply intake =
        api.put(
            "/api/v1/programmes/" + programme.getString("id") + "/intakes/" + YEAR,
            director,
            Offers.intake(seats * 2, seats));
    assertEquals(200, intake.status(), intake::toString);
    return programme;
  }

  private static JsonObject wish(String code, String grade, String test) {
    var wish =
        Json.createObjectBuilder()
            .add("programmeCode", code)
            .add("gradeAverage", new java.math.BigDecimal(grade));
    if (test != null) {
      wish.add("testScore", new java.math.BigDecimal(test));
    }
    return wish.build();
  }

  private String apply(String officer, JsonObject... wishes) {
    var list = Json.createArrayBuilder();
    for (JsonObject wish : wishes) {
      list.add(wish);
    }
    JsonObject request =
        Json.createObjectBuilder()
            .add(
                "applicant",
                Applications.applicant(Applications.uniqueCin(), "2007-02-01", "BACCALAUREATE"))
            .add("academicYear", YEAR)
            .add("wishes", list)
            .build();
    Api.Reply created = api.post("/api/v1/applications", officer, request);
    assertEquals(201, created.status(), created::toString);
    assertEquals("ELIGIBLE", created.json().getString("status"), created::toString);
    return created.json().getString("id");
  }

  private static JsonObject programmeFigures(JsonObject figures, String programmeId) {
    return figures.getJsonArray("byProgramme").stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("programmeId").equals(programmeId))
        .findFirst()
        .orElseThrow()
        .getJsonObject("figures");
  }

  /** The deadline check runs in the background every few seconds; wait for it (bounded). */
  private void awaitStatus(String token, String application, String expected) {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    while (!status(token, application).equals(expected)) {
      if (java.time.Instant.now().isAfter(deadline)) {
        throw new AssertionError(application + " did not become " + expected + " within 30 s");
      }
      java.util.concurrent.locks.LockSupport.parkNanos(200_000_000L);
    }
  }

  private String status(String token, String application) {
    return api.get("/api/v1/applications/" + application, token).json().getString("status");
  }

  private JsonObject offer(String token, String application) {
    return api.get("/api/v1/offers?academicYear=" + YEAR, token).array().stream()
        .map(o -> o.asJsonObject())
        .filter(
            o ->
                o.getString("applicationId").equals(application)
                    && o.getString("status").equals("PENDING"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pending offer for " + application));
  }

  private String offerOf(String token, String application) {
    return api.get("/api/v1/offers?academicYear=" + YEAR, token).array().stream()
        .map(o -> o.asJsonObject())
        .filter(o -> o.getString("applicationId").equals(application))
        .reduce((x, y) -> y)
        .orElseThrow()
        .getString("id");
  }

  private void assertSeats(String token, JsonObject programme, int capacity, int held) {
    JsonObject seats =
        api.get("/api/v1/seats?academicYear=" + YEAR, token).array().stream()
            .map(s -> s.asJsonObject())
            .filter(s -> s.getString("programmeId").equals(programme.getString("id")))
            .findFirst()
            .orElseThrow();
    assertEquals(capacity, seats.getInt("capacity"), seats::toString);
    assertEquals(held, seats.getInt("held"), seats::toString);
    assertEquals(capacity - held, seats.getInt("free"), seats::toString);
  }

  /** Time passes: the offer's deadline is moved into the past, as the clock would. */
  private void expireOfferOf(String token, String application) throws SQLException {
    String offer = offer(token, application).getString("id");
    try (Connection superuser = TestPlatform.get().asSuperuser();
        PreparedStatement update =
            superuser.prepareStatement(
                "update offer set offered_at = now() - interval '9 days', expires_at = now() - interval '1 day' where id = ?::uuid")) {
      update.setString(1, offer);
      assertEquals(1, update.executeUpdate());
    }
  }
}
