package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The boarding house of Rabat-Salé-Kénitra (Tamesna) and of the Oriental at once: wings, rooms, the
 * year's policy, applications of real trainees, an allocation run worked out by hand, the waitlist
 * moving up on a check-out and a withdrawal, the figures, and another city that sees and changes
 * none of it; two campus managers racing for one bed; and the database refusing an overlapping row
 * written past the code.
 */
class BoardingIT extends PlatformIT {
  private static final String CITY = "rabat-sale-kenitra";
  private static final String OTHER = "oriental";
  private static final String YEAR = "2035-2036";

  @Test
  void allocationWaitlistCheckInOutAndFiguresInTwoCities() {
    String manager = api.cityToken(CITY, "campus-manager");
    String director = api.cityToken(CITY, "city-director");
    List<Cohorts.Enrolled> t = Cohorts.enrol(api, CITY, YEAR, "F", "F", "F", "M", "M");
    JsonObject before = figures(manager, YEAR, "2035-09-01");

    String wingF = wing(manager, "F");
    String wingM = wing(manager, "M");
    JsonObject roomF = room(manager, wingF, 2);
    JsonObject roomM = room(manager, wingM, 1);
    String bedF1 = bed(roomF, 0);
    String bedF2 = bed(roomF, 1);
    String bedM = bed(roomM, 0);
    assertEquals("F", roomF.getString("sex"));
    assertEquals(
        roomF.getString("code") + "-2",
        roomF.getJsonArray("beds").getJsonObject(1).getString("code"));

    assertEquals(
        403,
        api.put("/api/v1/boarding/policies/" + YEAR, manager, policy(YEAR)).status(),
        "the director sets the priorities");
    Api.Reply policy = api.put("/api/v1/boarding/policies/" + YEAR, director, policy(YEAR));
    assertEquals(200, policy.status(), policy::toString);

    // Every Cohorts trainee lives in a remote area (40 points); distance 2 points per 10 km;
    // social need 30.
    String f1 = apply(manager, t.get(0), YEAR, 100, true); // 40 + 20 + 30 = 90
    String f2 = apply(manager, t.get(1), YEAR, 300, false); // 40 + 60 = 100
    String f3 = apply(manager, t.get(2), YEAR, 50, true); // 40 + 10 + 30 = 80
    String m1 = apply(manager, t.get(3), YEAR, 200, false); // 80, applied first
    String m2 = apply(manager, t.get(4), YEAR, 200, false); // 80, applied second
    Api.Reply twice = applyReply(manager, t.get(0).traineeId(), YEAR, 10, false);
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("traineeId", twice.problemField());
    assertEquals(
        "distanceKm", applyReply(manager, t.get(1).traineeId(), YEAR, -5, false).problemField());
    assertEquals(
        "academicYear",
        applyReply(manager, t.get(1).traineeId(), "2035-2037", 5, false).problemField());

    Api.Reply run = runAllocation(manager, YEAR, wingF, wingM);
    assertEquals(200, run.status(), run::toString);
    assertEquals(5, run.json().getInt("ranked"));
    assertEquals(3, run.json().getInt("assigned"));
    assertEquals(2, run.json().getInt("waitlisted"));
    assertEquals("HOUSED", application(manager, f2).getString("status"));
    assertEquals(100, application(manager, f2).getInt("score"));
    assertEquals("HOUSED", application(manager, f1).getString("status"));
    assertEquals("WAITLISTED", application(manager, f3).getString("status"));
    assertEquals("HOUSED", application(manager, m1).getString("status"), "tie: applied first");
    assertEquals("WAITLISTED", application(manager, m2).getString("status"));
    JsonObject aF2 = assignmentOf(manager, f2);
    JsonObject aF1 = assignmentOf(manager, f1);
    JsonObject aM1 = assignmentOf(manager, m1);
    assertEquals(bedF1, aF2.getString("bedId"), "the first in priority gets the first bed");
    assertEquals(bedF2, aF1.getString("bedId"));
    assertEquals(bedM, aM1.getString("bedId"));
    assertEquals("2035-09-01", aF2.getString("startsOn"));
    assertEquals("2036-07-01", aF2.getString("endsOn"));
    JsonObject waitF =
        api.get("/api/v1/boarding/allocation/" + YEAR + "/waitlist?sex=F", manager)
            .array()
            .getJsonObject(0);
    assertEquals(1, waitF.getInt("position"));
    assertEquals(f3, waitF.getString("applicationId"));
    assertEquals(80, waitF.getInt("score"));

    // A woman is never given a bed of the men's wing; a taken bed is a 409 naming it.
    Api.Reply wrongWing = assign(manager, f3, bedM);
    assertEquals(422, wrongWing.status(), wrongWing::toString);
    assertEquals("bedId", wrongWing.problemField());
    Api.Reply taken = assign(manager, f3, bedF1);
    assertEquals(409, taken.status(), taken::toString);
    assertEquals("bedId", taken.problemField());

    String path = "/api/v1/boarding/assignments/";
    Api.Reply early =
        api.post(path + aF2.getString("id") + "/check-in", manager, day("2035-08-31"));
    assertEquals(422, early.status(), early::toString);
    assertEquals("on", early.problemField());
    assertEquals(
        400, api.post(path + aF2.getString("id") + "/check-in", manager, day("1 sept")).status());
    assertEquals(
        "CHECKED_IN",
        api.post(path + aF2.getString("id") + "/check-in", manager, day("2035-09-01"))
            .json()
            .getString("status"));
    assertEquals(
        "CHECKED_IN",
        api.post(path + aF1.getString("id") + "/check-in", manager, day("2035-09-02"))
            .json()
            .getString("status"));

    JsonObject sept1 = figures(manager, YEAR, "2035-09-01");
    JsonObject sept2 = figures(manager, YEAR, "2035-09-02");
    long beds = sept1.getJsonObject("house").getInt("beds");
    assertEquals(before.getJsonObject("house").getInt("beds") + 3, beds, "the 3 beds added");
    assertEquals(3, sept1.getJsonObject("house").getInt("allocatedBeds"));
    assertEquals(1, sept1.getJsonObject("house").getInt("occupiedBeds"));
    assertEquals(2, sept2.getJsonObject("house").getInt("occupiedBeds"));
    assertEquals(
        percent(2, beds),
        sept2.getJsonObject("house").getJsonNumber("occupancyRate").bigDecimalValue());
    assertEquals(2, sept2.getJsonObject("house").getInt("waitlisted"));
    assertEquals(5, sept2.getInt("trainees"));
    assertEquals(3, sept2.getInt("housedTrainees"));
    assertEquals("60.0", sept2.getJsonNumber("housedShare").toString());
    assertEquals("16.0", sept2.getJsonNumber("targetShare").toString());
    assertEquals(1, sept2.getInt("housedAtTarget"), "⌈5 × 16 %⌉");
    assertEquals(0, sept2.getInt("shortfall"));
    assertEquals(2, sept2.getJsonObject("catering").getInt("boardersPresent"));
    assertEquals(6, sept2.getJsonObject("catering").getInt("mealsPerDay"));
    JsonObject women = bySex(sept2, "F");
    assertEquals(2, women.getInt("allocatedBeds"));
    assertEquals(1, women.getInt("waitlisted"));

    // F1 leaves on 15 October: her bed goes to F3 from that day. M1 withdraws before arriving:
    // the men's bed goes to M2 for the whole period.
    Api.Reply out = api.post(path + aF1.getString("id") + "/check-out", manager, day("2035-10-15"));
    assertEquals(200, out.status(), out::toString);
    assertEquals("2035-10-15", out.json().getString("endsOn"));
    assertEquals("LEFT", application(manager, f1).getString("status"));
    JsonObject aF3 = assignmentOf(manager, f3);
    assertEquals(bedF2, aF3.getString("bedId"));
    assertEquals("2035-10-15", aF3.getString("startsOn"));
    assertEquals("RESERVED", aF3.getString("status"));
    Api.Reply checkedIn =
        api.post("/api/v1/boarding/applications/" + f2 + "/withdrawal", manager, null);
    assertEquals(409, checkedIn.status(), "a checked-in trainee checks out instead");
    assertEquals(
        "WITHDRAWN",
        api.post("/api/v1/boarding/applications/" + m1 + "/withdrawal", manager, null)
            .json()
            .getString("status"));
    assertEquals(
        "CANCELLED", api.get(path + aM1.getString("id"), manager).json().getString("status"));
    JsonObject aM2 = assignmentOf(manager, m2);
    assertEquals(bedM, aM2.getString("bedId"));
    assertEquals("2035-09-01", aM2.getString("startsOn"));
    assertTrue(
        api.get("/api/v1/boarding/allocation/" + YEAR + "/waitlist?sex=M", manager)
            .array()
            .isEmpty());

    JsonObject oct10 = figures(manager, YEAR, "2035-10-10");
    assertEquals(3, oct10.getJsonObject("house").getInt("allocatedBeds"), "F2, F1, M2");
    assertEquals(2, oct10.getJsonObject("house").getInt("occupiedBeds"), "F2 and F1");
    JsonObject oct20 = figures(manager, YEAR, "2035-10-20");
    assertEquals(3, oct20.getJsonObject("house").getInt("allocatedBeds"), "F2, F3, M2");
    assertEquals(1, oct20.getJsonObject("house").getInt("occupiedBeds"), "F2 only");
    assertEquals(0, oct20.getJsonObject("house").getInt("waitlisted"));
    assertEquals(3, oct20.getJsonObject("catering").getInt("mealsPerDay"));
    assertEquals(
        "on", api.get("/api/v1/boarding/figures/" + YEAR + "?on=tomorrow", manager).problemField());

    // The Oriental runs its own boarding house at the same time.
    String otherManager = api.cityToken(OTHER, "campus-manager");
    String otherDirector = api.cityToken(OTHER, "city-director");
    Cohorts.Enrolled theirs = Cohorts.enrol(api, OTHER, YEAR, "F").get(0);
    String otherWing = wing(otherManager, "F");
    String otherBed = bed(room(otherManager, otherWing, 1), 0);
    assertEquals(
        200, api.put("/api/v1/boarding/policies/" + YEAR, otherDirector, policy(YEAR)).status());
    Api.Reply foreignTrainee = applyReply(otherManager, t.get(2).traineeId(), YEAR, 10, false);
    assertEquals(422, foreignTrainee.status(), foreignTrainee::toString);
    assertEquals("traineeId", foreignTrainee.problemField());
    String otherApplication = apply(otherManager, theirs, YEAR, 400, true);
    Api.Reply otherAssigned = assign(otherManager, otherApplication, otherBed);
    assertEquals(201, otherAssigned.status(), otherAssigned::toString);
    api.post(
        path + otherAssigned.json().getString("id") + "/check-in", otherManager, day("2035-09-05"));
    JsonObject otherFigures = figures(otherManager, YEAR, "2035-10-20");
    assertEquals(1, otherFigures.getJsonObject("house").getInt("allocatedBeds"));
    assertEquals(1, otherFigures.getJsonObject("house").getInt("occupiedBeds"));
    assertEquals(1, otherFigures.getInt("trainees"));
    assertEquals("100.0", otherFigures.getJsonNumber("housedShare").toString());
    assertEquals(
        3,
        figures(manager, YEAR, "2035-10-20").getJsonObject("house").getInt("allocatedBeds"),
        "unchanged by the other city");

    // The other city reaches none of this city's records, and changes none of them.
    for (String id : List.of(wingF)) {
      assertEquals(404, api.get("/api/v1/boarding/wings/" + id, otherManager).status());
    }
    assertEquals(
        404, api.get("/api/v1/boarding/rooms/" + roomF.getString("id"), otherManager).status());
    assertEquals(404, api.get("/api/v1/boarding/applications/" + f3, otherManager).status());
    assertEquals(404, api.get(path + aF3.getString("id"), otherManager).status());
    Api.Reply otherWings = api.get("/api/v1/boarding/wings", otherManager);
    assertEquals(200, otherWings.status());
    assertFalse(otherWings.body().contains(wingF));
    assertTrue(otherWings.body().contains(otherWing));
    Api.Reply otherRooms = api.get("/api/v1/boarding/rooms?wing=" + wingF, otherManager);
    assertEquals(200, otherRooms.status(), otherRooms::toString);
    assertEquals(0, otherRooms.json().getInt("total"));
    Api.Reply otherApplications =
        api.get("/api/v1/boarding/applications?academicYear=" + YEAR, otherManager);
    assertEquals(200, otherApplications.status());
    assertEquals(1, otherApplications.json().getInt("total"));
    assertFalse(otherApplications.body().contains(f3));
    Api.Reply otherAssignments =
        api.get("/api/v1/boarding/assignments?academicYear=" + YEAR, otherManager);
    assertEquals(200, otherAssignments.status());
    assertFalse(otherAssignments.body().contains(aF3.getString("id")));
    assertFalse(otherAssignments.body().contains(bedF2));
    Api.Reply otherWaitlist =
        api.get("/api/v1/boarding/allocation/" + YEAR + "/waitlist?sex=F", otherManager);
    assertEquals(200, otherWaitlist.status());
    assertTrue(otherWaitlist.array().isEmpty());

    String aF3Before = api.get(path + aF3.getString("id"), manager).body();
    String f3Before = api.get("/api/v1/boarding/applications/" + f3, manager).body();
    String roomBefore = api.get("/api/v1/boarding/rooms/" + roomF.getString("id"), manager).body();
    String policyBefore = api.get("/api/v1/boarding/policies/" + YEAR, manager).body();
    assertEquals(
        404,
        api.post(path + aF3.getString("id") + "/check-in", otherManager, day("2035-10-16"))
            .status());
    assertEquals(
        404,
        api.post(path + aF2.getString("id") + "/check-out", otherManager, day("2035-10-16"))
            .status());
    assertEquals(
        404,
        api.post("/api/v1/boarding/applications/" + f3 + "/withdrawal", otherManager, null)
            .status());
    assertEquals(
        404,
        api.put("/api/v1/boarding/applications/" + f3 + "/criteria", otherManager, criteria(1, 0))
            .status());
    Api.Reply foreignAssign = assign(otherManager, f3, bedF2);
    assertEquals(422, foreignAssign.status(), foreignAssign::toString);
    assertEquals("applicationId", foreignAssign.problemField());
    Api.Reply foreignBed = assign(otherManager, otherApplication, bedF2);
    assertEquals(422, foreignBed.status(), foreignBed::toString);
    assertEquals("bedId", foreignBed.problemField(), "another city's bed is not found");
    Api.Reply foreignRoom =
        api.post(
            "/api/v1/boarding/rooms",
            otherManager,
            Json.createObjectBuilder()
                .add("code", code())
                .add("wingId", wingF)
                .add("beds", 2)
                .build());
    assertEquals(422, foreignRoom.status(), foreignRoom::toString);
    assertEquals("wingId", foreignRoom.problemField());
    Api.Reply foreignRun = runAllocation(otherManager, YEAR, wingF);
    assertEquals(422, foreignRun.status(), foreignRun::toString);
    assertEquals("wingIds", foreignRun.problemField());
    assertEquals(
        200,
        api.put(
                "/api/v1/boarding/policies/" + YEAR,
                otherDirector,
                Json.createObjectBuilder(policy(YEAR)).add("disabilityPoints", 999).build())
            .status());
    assertEquals(200, runAllocation(otherManager, YEAR).status());
    assertEquals(aF3Before, api.get(path + aF3.getString("id"), manager).body());
    assertEquals(f3Before, api.get("/api/v1/boarding/applications/" + f3, manager).body());
    assertEquals(
        roomBefore, api.get("/api/v1/boarding/rooms/" + roomF.getString("id"), manager).body());
    assertEquals(policyBefore, api.get("/api/v1/boarding/policies/" + YEAR, manager).body());
    assertEquals(
        3, figures(manager, YEAR, "2035-10-20").getJsonObject("house").getInt("allocatedBeds"));
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    String manager = api.cityToken(CITY, "campus-manager");
    String director = api.cityToken(CITY, "city-director");
    Api.Reply sex = api.post("/api/v1/boarding/wings", manager, wingRequest(code(), "X"));
    assertEquals(400, sex.status(), sex::toString);
    assertTrue(sex.isProblem());
    assertEquals("sex", sex.problemField());
    Api.Reply arabic =
        api.post(
            "/api/v1/boarding/wings",
            manager,
            Json.createObjectBuilder()
                .add("code", code())
                .add("sex", "F")
                .add("name", Json.createObjectBuilder().add("fr", "Aile").add("ar", "Aile"))
                .build());
    assertEquals(422, arabic.status(), arabic::toString);
    assertEquals("name.ar", arabic.problemField());
    String wing = wing(manager, "F");
    Api.Reply sameCode =
        api.post(
            "/api/v1/boarding/wings",
            manager,
            wingRequest(
                api.get("/api/v1/boarding/wings/" + wing, manager).json().getString("code"), "M"));
    assertEquals(409, sameCode.status());
    assertEquals("code", sameCode.problemField());
    Api.Reply noBeds =
        api.post(
            "/api/v1/boarding/rooms",
            manager,
            Json.createObjectBuilder()
                .add("code", code())
                .add("wingId", wing)
                .add("beds", 0)
                .build());
    assertEquals(400, noBeds.status(), noBeds::toString);
    assertEquals("beds", noBeds.problemField());
    Api.Reply late =
        api.put(
            "/api/v1/boarding/policies/2038-2039",
            director,
            Json.createObjectBuilder(policy("2038-2039")).add("startsOn", "2040-09-01").build());
    assertEquals(422, late.status(), late::toString);
    assertEquals("startsOn", late.problemField());
    Api.Reply badDate =
        api.put(
            "/api/v1/boarding/policies/2038-2039",
            director,
            Json.createObjectBuilder(policy("2038-2039")).add("endsOn", "juillet").build());
    assertEquals(400, badDate.status(), badDate::toString);
    assertEquals("endsOn", badDate.problemField());
    Api.Reply noPolicy = runAllocation(manager, "2038-2039");
    assertEquals(409, noPolicy.status(), noPolicy::toString);
    assertEquals("policy", noPolicy.problemField());
    assertEquals(404, api.get("/api/v1/boarding/policies/2038-2039", manager).status());
    assertEquals(
        "sex",
        api.get("/api/v1/boarding/allocation/" + YEAR + "/waitlist?sex=X", manager).problemField());
    assertEquals(
        "status",
        api.get("/api/v1/boarding/applications?academicYear=" + YEAR + "&status=GONE", manager)
            .problemField());
    assertEquals("size", api.get("/api/v1/boarding/rooms?size=0", manager).problemField());
    assertEquals(
        403,
        api.post("/api/v1/boarding/wings", api.cityToken(CITY, "trainer"), wingRequest(code(), "F"))
            .status());
  }

  @Test
  void twoManagersRacingForOneBedGetOneBedOneConflict() throws Exception {
    String year = "2036-2037";
    String manager = api.cityToken(CITY, "campus-manager");
    List<Cohorts.Enrolled> t = Cohorts.enrol(api, CITY, year, "F", "F", "F", "F", "F", "F");
    assertEquals(
        200,
        api.put(
                "/api/v1/boarding/policies/" + year,
                api.cityToken(CITY, "city-director"),
                policy(year))
            .status());
    String bed = bed(room(manager, wing(manager, "F"), 1), 0);
    List<String> applications = new ArrayList<>();
    for (Cohorts.Enrolled trainee : t) {
      applications.add(apply(manager, trainee, year, 100, false));
    }
    ExecutorService pool = Executors.newFixedThreadPool(applications.size());
    List<Callable<Api.Reply>> attempts = new ArrayList<>();
    for (String application : applications) {
      String token = api.cityToken(CITY, "campus-manager");
      attempts.add(() -> assign(token, application, bed));
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
    assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(
        applications.size() - 1,
        statuses.stream().filter(s -> s == 409).count(),
        statuses::toString);
    assertTrue(
        replies.stream()
            .filter(r -> r.status() == 409)
            .allMatch(r -> "bedId".equals(r.problemField())));
    JsonObject assignments =
        api.get("/api/v1/boarding/assignments?academicYear=" + year, manager).json();
    assertEquals(1, assignments.getInt("total"));
    assertEquals(bed, assignments.getJsonArray("items").getJsonObject(0).getString("bedId"));
    assertEquals(
        1,
        api.get("/api/v1/boarding/applications?academicYear=" + year + "&status=HOUSED", manager)
            .json()
            .getInt("total"));
  }

  @Test
  void theDatabaseRefusesAnOverlappingRowWrittenPastTheCode() throws SQLException {
    // The Oriental this time: Cohorts' applicants are too old for a diploma programme after
    // 2036-2037, and each city selects an intake once.
    String year = "2036-2037";
    String manager = api.cityToken(OTHER, "campus-manager");
    List<Cohorts.Enrolled> t = Cohorts.enrol(api, OTHER, year, "F", "F", "M");
    assertEquals(
        200,
        api.put(
                "/api/v1/boarding/policies/" + year,
                api.cityToken(OTHER, "city-director"),
                policy(year))
            .status());
    JsonObject room = room(manager, wing(manager, "F"), 2);
    String bed1 = bed(room, 0);
    String bed2 = bed(room, 1);
    String a = apply(manager, t.get(0), year, 10, false);
    String b = apply(manager, t.get(1), year, 10, false);
    String m = apply(manager, t.get(2), year, 10, false);
    assertEquals(201, assign(manager, a, bed1).status());

    try (Connection app = testPlatform().asApplication()) {
      app.setAutoCommit(false);
      try (PreparedStatement bind =
          app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, OTHER);
        bind.executeQuery().close();
      }
      // B on A's bed, overlapping A's period by one day: refused by the exclusion constraint.
      assertRefused(
          app, "23P01", bed1, b, t.get(1).traineeId(), "F", "2037-06-30", "2037-08-01", "RESERVED");
      // A on a second bed at the same time: one trainee never holds two beds.
      assertRefused(
          app, "23P01", bed2, a, t.get(0).traineeId(), "F", "2036-10-01", "2036-11-01", "RESERVED");
      // M (a man) on a bed of the women's wing: refused by the composite key carrying the sex.
      assertRefused(
          app, "23503", bed2, m, t.get(2).traineeId(), "M", "2036-10-01", "2036-11-01", "RESERVED");
      // The same rows that do not overlap, or no longer hold, are accepted: the test can pass.
      assertEquals(
          1,
          insert(app, bed1, b, t.get(1).traineeId(), "F", "2037-07-01", "2037-08-01", "RESERVED"));
      assertEquals(
          1,
          insert(app, bed1, b, t.get(1).traineeId(), "F", "2036-09-01", "2037-07-01", "CANCELLED"));
      app.rollback();
    }
    assertEquals(
        1,
        api.get("/api/v1/boarding/assignments?academicYear=" + year, manager)
            .json()
            .getInt("total"));
  }

  private static void assertRefused(Connection app, String state, Object... row)
      throws SQLException {
    Savepoint savepoint = app.setSavepoint();
    try {
      insert(
          app,
          (String) row[0],
          (String) row[1],
          (String) row[2],
          (String) row[3],
          (String) row[4],
          (String) row[5],
          (String) row[6]);
      throw new AssertionError("the database accepted " + List.of(row));
    } catch (SQLException e) {
      assertEquals(state, e.getSQLState(), e::getMessage);
    } finally {
      app.rollback(savepoint);
    }
  }

  private static int insert(
      Connection app,
      String bed,
      String application,
      String trainee,
      String sex,
      String from,
      String to,
      String status)
      throws SQLException {
    try (PreparedStatement insert =
        app.prepareStatement(
            "insert into bed_assignment (tenant_id, id, version, bed_id, application_id, trainee_id,"
                + " academic_year, sex, starts_on, ends_on, status, assigned_at)"
                + " values (?, ?, 1, ?::uuid, ?::uuid, ?::uuid, '2036-2037', ?, ?::date, ?::date, ?, now())")) {
      insert.setString(1, OTHER);
      insert.setObject(2, UUID.randomUUID());
      insert.setString(3, bed);
      insert.setString(4, application);
      insert.setString(5, trainee);
      insert.setString(6, sex);
      insert.setString(7, from);
      insert.setString(8, to);
      insert.setString(9, status);
      return insert.executeUpdate();
    }
  }

  static JsonObject policy(String year) {
    int first = Integer.parseInt(year.substring(0, 4));
    return Json.createObjectBuilder()
        .add("remoteAreaPoints", 40)
        .add("pointsPer10Km", 2)
        .add("socialNeedPoints", 30)
        .add("disabilityPoints", 50)
        .add("startsOn", first + "-09-01")
        .add("endsOn", (first + 1) + "-07-01")
        .build();
  }

  private static String code() {
    return "BT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
  }

  private static JsonObject wingRequest(String code, String sex) {
    return Json.createObjectBuilder()
        .add("code", code)
        .add("sex", sex)
        .add(
            "name",
            Json.createObjectBuilder().add("fr", "Aile d'essai " + code).add("ar", "جناح تجريبي"))
        .build();
  }

  private String wing(String token, String sex) {
    Api.Reply created = api.post("/api/v1/boarding/wings", token, wingRequest(code(), sex));
    assertEquals(201, created.status(), created::toString);
    assertEquals(sex, created.json().getString("sex"));
    return created.json().getString("id");
  }

  private JsonObject room(String token, String wing, int beds) {
    Api.Reply created =
        api.post(
            "/api/v1/boarding/rooms",
            token,
            Json.createObjectBuilder()
                .add("code", code())
                .add("wingId", wing)
                .add("beds", beds)
                .build());
    assertEquals(201, created.status(), created::toString);
    assertEquals(beds, created.json().getJsonArray("beds").size());
    return created.json();
  }

  private static String bed(JsonObject room, int index) {
    return room.getJsonArray("beds").getJsonObject(index).getString("id");
  }

  private Api.Reply applyReply(String token, String trainee, String year, int km, boolean social) {
    return api.post(
        "/api/v1/boarding/applications",
        token,
        Json.createObjectBuilder()
            .add("traineeId", trainee)
            .add("academicYear", year)
            .add("distanceKm", km)
            .add("socialNeed", social)
            .build());
  }

  private String apply(
      String token, Cohorts.Enrolled trainee, String year, int km, boolean social) {
    Api.Reply created = applyReply(token, trainee.traineeId(), year, km, social);
    assertEquals(201, created.status(), created::toString);
    assertEquals("PENDING", created.json().getString("status"));
    assertTrue(created.json().getBoolean("remoteArea"), "copied from the trainee record");
    return created.json().getString("id");
  }

  private JsonObject application(String token, String id) {
    return api.get("/api/v1/boarding/applications/" + id, token).json();
  }

  private Api.Reply runAllocation(String token, String year, String... wings) {
    var ids = Json.createArrayBuilder();
    for (String wing : wings) {
      ids.add(wing);
    }
    return api.post(
        "/api/v1/boarding/allocation/" + year + "/runs",
        token,
        Json.createObjectBuilder().add("wingIds", ids).build());
  }

  private Api.Reply assign(String token, String application, String bed) {
    return api.post(
        "/api/v1/boarding/assignments",
        token,
        Json.createObjectBuilder().add("applicationId", application).add("bedId", bed).build());
  }

  /** The live (reserved or checked-in) assignment of an application. */
  private JsonObject assignmentOf(String token, String application) {
    JsonObject page =
        api.get("/api/v1/boarding/assignments?academicYear=" + YEAR + "&size=500", token).json();
    return page.getJsonArray("items").stream()
        .map(JsonValue::asJsonObject)
        .filter(a -> a.getString("applicationId").equals(application))
        .filter(a -> List.of("RESERVED", "CHECKED_IN").contains(a.getString("status")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no live assignment for " + application));
  }

  private static JsonObject day(String on) {
    return Json.createObjectBuilder().add("on", on).build();
  }

  private static JsonObject criteria(int km, long version) {
    return Json.createObjectBuilder()
        .add("distanceKm", km)
        .add("socialNeed", false)
        .add("version", version)
        .build();
  }

  private JsonObject figures(String token, String year, String on) {
    Api.Reply reply = api.get("/api/v1/boarding/figures/" + year + "?on=" + on, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject bySex(JsonObject figures, String sex) {
    return figures.getJsonArray("bySex").stream()
        .map(JsonValue::asJsonObject)
        .filter(o -> sex.equals(o.getString("sex")))
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
