package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff through the API, in Casablanca-Settat with Tanger-Tétouan-Al Hoceïma as the other city:
 * recording trainers and administrative staff, teaching assignments that never pass a trainer's
 * weekly ceiling (even when two are made at the same moment), departures, the figures per pole, and
 * the tenant boundary on every endpoint.
 */
class StaffIT extends PlatformIT {
  private static final String CITY = "casablanca-settat";
  private static final String OTHER = "tanger-tetouan-al-hoceima";
  private static final String YEAR = "2031-2032";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

  // The intake's selection runs once per city and year: one cohort for the whole class.
  private static String group;
  private static String otherGroup;

  private String director;
  private String registrar;
  private String trainerRole;
  private String otherDirector;
  private String pole;

  @BeforeEach
  void city() {
    director = api.cityToken(CITY, "city-director");
    registrar = api.cityToken(CITY, "registrar");
    trainerRole = api.cityToken(CITY, "trainer");
    otherDirector = api.cityToken(OTHER, "city-director");
    pole = api.get("/api/v1/poles", director).array().getJsonObject(0).getString("id");
    synchronized (StaffIT.class) {
      if (group == null) {
        group = Cohorts.enrol(api, CITY, YEAR, "F", "M").get(0).groupId();
        otherGroup = Cohorts.enrol(api, OTHER, "2034-2035", "F").get(0).groupId();
      }
    }
  }

  private static String number(String prefix) {
    return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  private static String subject() {
    return "Module " + RUN + "-" + SEQUENCE.incrementAndGet();
  }

  private JsonObjectBuilder trainerJson(String poleId, int ceiling) {
    return Json.createObjectBuilder()
        .add("employeeNumber", number("T"))
        .add("name", Json.createObjectBuilder().add("fr", "Hamza Berrada").add("ar", "حمزة برادة"))
        .add("kind", "TRAINER")
        .add("contractType", "PERMANENT")
        .add("qualifications", Json.createArrayBuilder().add("Master génie industriel"))
        .add("poleId", poleId)
        .add("weeklyCeilingHours", ceiling)
        .add("hiredOn", "2031-09-01");
  }

  private JsonObjectBuilder adminJson(String poleId) {
    return Json.createObjectBuilder()
        .add("employeeNumber", number("A"))
        .add("name", Json.createObjectBuilder().add("fr", "Hind Chraibi").add("ar", "هند الشرايبي"))
        .add("kind", "ADMINISTRATIVE")
        .add("contractType", "FIXED_TERM")
        .add("contractEnd", "2033-08-31")
        .add("poleId", poleId)
        .add("hiredOn", "2031-09-01");
  }

  private JsonObject create(JsonObject body) {
    Api.Reply reply = api.post("/api/v1/staff", director, body);
    assertEquals(201, reply.status(), reply::toString);
    return reply.json();
  }

  private JsonObject trainer(int ceiling) {
    return create(trainerJson(pole, ceiling).build());
  }

  private Api.Reply assign(String token, String trainerId, String groupId, int hours) {
    return api.post(
        "/api/v1/teaching-assignments",
        token,
        Json.createObjectBuilder()
            .add("trainerId", trainerId)
            .add("groupId", groupId)
            .add("subject", subject())
            .add("weeklyHours", hours)
            .build());
  }

  private int assignedHours(String trainerId) {
    JsonObject page =
        api.get(
                "/api/v1/teaching-assignments?status=ACTIVE&academicYear="
                    + YEAR
                    + "&trainer="
                    + trainerId,
                director)
            .json();
    return page.getJsonArray("items").stream()
        .mapToInt(a -> a.asJsonObject().getInt("weeklyHours"))
        .sum();
  }

  private static void assertProblem(int status, String field, Api.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(field, reply.problemField(), reply::toString);
  }

  @Test
  void theDirectorRecordsStaffAndTrainersMayRead() {
    JsonObject created = trainer(26);
    String id = created.getString("id");
    assertEquals("TRAINER", created.getString("kind"));
    assertEquals(26, created.getInt("weeklyCeilingHours"));
    assertEquals("ACTIVE", created.getString("status"));
    assertEquals("حمزة برادة", created.getJsonObject("name").getString("ar"));
    JsonObject admin = create(adminJson(pole).build());
    assertEquals("2033-08-31", admin.getString("contractEnd"));
    assertTrue(
        !admin.containsKey("weeklyCeilingHours") || admin.isNull("weeklyCeilingHours"),
        admin::toString);

    Api.Reply read = api.get("/api/v1/staff/" + id, trainerRole);
    assertEquals(200, read.status(), read::toString);
    assertEquals(created.getString("employeeNumber"), read.json().getString("employeeNumber"));
    assertEquals(
        List.of("Master génie industriel"),
        read
            .json()
            .getJsonArray("qualifications")
            .getValuesAs(jakarta.json.JsonString.class)
            .stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    JsonObject trainers =
        api.get("/api/v1/staff?kind=TRAINER&size=500&pole=" + pole, registrar).json();
    List<String> ids =
        trainers.getJsonArray("items").stream().map(s -> s.asJsonObject().getString("id")).toList();
    assertTrue(ids.contains(id));
    assertFalse(ids.contains(admin.getString("id")));

    assertEquals(
        403, api.post("/api/v1/staff", trainerRole, trainerJson(pole, 20).build()).status());
    assertEquals(403, api.post("/api/v1/staff", registrar, trainerJson(pole, 20).build()).status());
    assertEquals(
        403,
        api.post("/api/v1/staff", api.cityToken(CITY, "finance-officer"), adminJson(pole).build())
            .status());
  }

  @Test
  void badInputIsAProblemNamingTheField() {
    assertProblem(
        422,
        "weeklyCeilingHours",
        api.post(
            "/api/v1/staff",
            director,
            trainerJson(pole, 20).add("weeklyCeilingHours", JsonValue.NULL).build()));
    assertProblem(
        422,
        "weeklyCeilingHours",
        api.post("/api/v1/staff", director, trainerJson(pole, 45).build()));
    assertProblem(
        422,
        "weeklyCeilingHours",
        api.post("/api/v1/staff", director, adminJson(pole).add("weeklyCeilingHours", 10).build()));
    assertProblem(
        422,
        "contractEnd",
        api.post(
            "/api/v1/staff", director, adminJson(pole).add("contractEnd", JsonValue.NULL).build()));
    assertProblem(
        400,
        "kind",
        api.post("/api/v1/staff", director, adminJson(pole).add("kind", "BOSS").build()));
    assertProblem(
        400,
        "contractType",
        api.post(
            "/api/v1/staff", director, adminJson(pole).add("contractType", "FOREVER").build()));
    assertProblem(
        422,
        "name.ar",
        api.post(
            "/api/v1/staff",
            director,
            adminJson(pole)
                .add("name", Json.createObjectBuilder().add("fr", "Hind").add("ar", "Hind"))
                .build()));
    assertProblem(
        422,
        "nationalId",
        api.post("/api/v1/staff", director, adminJson(pole).add("nationalId", "12").build()));
    assertProblem(
        400,
        "hiredOn",
        api.post("/api/v1/staff", director, adminJson(pole).add("hiredOn", "tomorrow").build()));
    // A pole of the other city, or no pole at all, is not a pole of this city.
    String otherPole =
        api.get("/api/v1/poles", otherDirector).array().getJsonObject(0).getString("id");
    assertProblem(422, "poleId", api.post("/api/v1/staff", director, adminJson(otherPole).build()));
    assertProblem(
        422,
        "poleId",
        api.post(
            "/api/v1/staff", director, adminJson(java.util.UUID.randomUUID().toString()).build()));
    assertProblem(400, "poleId", api.post("/api/v1/staff", director, adminJson("x").build()));

    JsonObject first =
        create(
            adminJson(pole)
                .add("nationalId", "BE" + (100000 + SEQUENCE.incrementAndGet()))
                .build());
    assertProblem(
        409,
        "employeeNumber",
        api.post(
            "/api/v1/staff",
            director,
            adminJson(pole).add("employeeNumber", first.getString("employeeNumber")).build()));
    assertProblem(
        409,
        "nationalId",
        api.post(
            "/api/v1/staff",
            director,
            adminJson(pole).add("nationalId", first.getString("nationalId")).build()));

    String trainerId = trainer(10).getString("id");
    assertProblem(
        422, "groupId", assign(director, trainerId, java.util.UUID.randomUUID().toString(), 2));
    assertProblem(422, "groupId", assign(director, trainerId, otherGroup, 2));
    assertProblem(
        422, "trainerId", assign(director, java.util.UUID.randomUUID().toString(), group, 2));
    assertProblem(422, "trainerId", assign(director, first.getString("id"), group, 2));
    assertProblem(400, "weeklyHours", assign(director, trainerId, group, 0));
    assertProblem(400, "groupId", assign(director, trainerId, "not-a-uuid", 1));
    assertProblem(
        400,
        "subject",
        api.post(
            "/api/v1/teaching-assignments",
            director,
            Json.createObjectBuilder()
                .add("trainerId", trainerId)
                .add("groupId", group)
                .add("weeklyHours", 2)
                .build()));
    assertProblem(
        400, "academicYear", api.get("/api/v1/teaching-assignments?academicYear=2031", director));
    assertProblem(400, "academicYear", api.get("/api/v1/staff-figures/2031-2033", director));
    assertProblem(400, "status", api.get("/api/v1/staff?status=GONE", director));
    assertEquals(0, assignedHours(trainerId));
  }

  @Test
  void aTrainerIsNeverAssignedBeyondTheCeiling() {
    JsonObject trainer = trainer(20);
    String id = trainer.getString("id");
    Api.Reply twelve = assign(director, id, group, 12);
    assertEquals(201, twelve.status(), twelve::toString);
    assertEquals(YEAR, twelve.json().getString("academicYear"));
    assertProblem(409, "weeklyHours", assign(registrar, id, group, 9));
    Api.Reply eight = assign(registrar, id, group, 8);
    assertEquals(201, eight.status(), eight::toString);
    assertEquals(20, assignedHours(id));
    assertProblem(409, "weeklyHours", assign(director, id, group, 1));
    assertEquals(403, assign(trainerRole, id, group, 1).status());

    // The same subject of a group is taught by one trainer at a time.
    String other = trainer(20).getString("id");
    Api.Reply taken =
        api.post(
            "/api/v1/teaching-assignments",
            director,
            Json.createObjectBuilder()
                .add("trainerId", other)
                .add("groupId", group)
                .add("subject", twelve.json().getString("subject"))
                .add("weeklyHours", 2)
                .build());
    assertProblem(409, "subject", taken);

    // Ending an assignment frees its hours.
    String twelveId = twelve.json().getString("id");
    Api.Reply ended =
        api.post(
            "/api/v1/teaching-assignments/" + twelveId + "/end",
            registrar,
            Json.createObjectBuilder().add("endedOn", "2032-01-31").build());
    assertEquals(200, ended.status(), ended::toString);
    assertEquals("ENDED", ended.json().getString("status"));
    assertProblem(
        409,
        "status",
        api.post(
            "/api/v1/teaching-assignments/" + twelveId + "/end",
            registrar,
            Json.createObjectBuilder().build()));
    assertEquals(8, assignedHours(id));
    assertEquals(201, assign(director, id, group, 9).status());
    assertEquals(17, assignedHours(id));

    // A ceiling below the hours already held is refused; down to them is fine.
    JsonObject current = api.get("/api/v1/staff/" + id, director).json();
    JsonObject lower =
        trainerJson(pole, 16).add("version", current.getJsonNumber("version").longValue()).build();
    assertProblem(409, "weeklyCeilingHours", api.put("/api/v1/staff/" + id, director, lower));
    Api.Reply seventeen =
        api.put(
            "/api/v1/staff/" + id,
            director,
            trainerJson(pole, 17)
                .add("contractType", "FIXED_TERM")
                .add("contractEnd", "2034-08-31")
                .add("version", current.getJsonNumber("version").longValue())
                .build());
    assertEquals(200, seventeen.status(), seventeen::toString);
    assertEquals(17, seventeen.json().getInt("weeklyCeilingHours"));
    assertEquals("FIXED_TERM", seventeen.json().getString("contractType"));
    assertEquals(trainer.getString("employeeNumber"), seventeen.json().getString("employeeNumber"));
    assertProblem(409, "version", api.put("/api/v1/staff/" + id, director, lower));
    assertProblem(409, "weeklyHours", assign(director, id, group, 1));
  }

  @Test
  void twoAssignmentsRacingForTheSameHoursOneWins() throws Exception {
    for (int round = 0; round < 3; round++) {
      String id = trainer(20).getString("id");
      List<Integer> statuses = race(id, 12, 2);
      assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
      assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
      assertEquals(12, assignedHours(id));
    }
    String id = trainer(20).getString("id");
    List<Integer> statuses = race(id, 8, 5);
    assertEquals(2, statuses.stream().filter(s -> s == 201).count(), statuses::toString);
    assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses::toString);
    assertEquals(16, assignedHours(id));
  }

  private List<Integer> race(String trainerId, int hours, int racers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(racers);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Api.Reply>> attempts = new ArrayList<>();
    for (int i = 0; i < racers; i++) {
      String token =
          i % 2 == 0 ? api.cityToken(CITY, "city-director") : api.cityToken(CITY, "registrar");
      attempts.add(
          () -> {
            start.await();
            return assign(token, trainerId, group, hours);
          });
    }
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (Callable<Api.Reply> attempt : attempts) {
        replies.add(pool.submit(attempt));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Api.Reply> reply : replies) {
        statuses.add(reply.get(2, TimeUnit.MINUTES).status());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDepartureEndsTheTrainersAssignments() {
    String id = trainer(20).getString("id");
    assertEquals(201, assign(director, id, group, 6).status());
    assertEquals(201, assign(director, id, group, 4).status());
    Api.Reply left =
        api.post(
            "/api/v1/staff/" + id + "/departure",
            director,
            Json.createObjectBuilder().add("leftOn", "2032-03-31").build());
    assertEquals(200, left.status(), left::toString);
    assertEquals("LEFT", left.json().getString("status"));
    assertEquals("2032-03-31", left.json().getString("leftOn"));
    assertEquals(0, assignedHours(id));
    JsonObject ended =
        api.get("/api/v1/teaching-assignments?status=ENDED&trainer=" + id, director).json();
    assertEquals(2, ended.getJsonNumber("total").longValue());
    ended
        .getJsonArray("items")
        .forEach(a -> assertEquals("2032-03-31", a.asJsonObject().getString("endedOn")));
    assertProblem(409, "status", assign(director, id, group, 1));
    assertProblem(
        409,
        "status",
        api.post(
            "/api/v1/staff/" + id + "/departure",
            director,
            Json.createObjectBuilder().add("leftOn", "2032-04-30").build()));
    assertProblem(
        400,
        "leftOn",
        api.post(
            "/api/v1/staff/" + id + "/departure", director, Json.createObjectBuilder().build()));
  }

  @Test
  void figuresPerPoleAndForTheCity() {
    // A new pole holds only what this test records, so its figures are known exactly.
    Api.Reply newPole =
        api.post("/api/v1/poles", director, Offers.pole(number("STF"), "logistics"));
    assertEquals(201, newPole.status(), newPole::toString);
    String poleId = newPole.json().getString("id");
    JsonObject before = figures(director, YEAR).getJsonObject("city");

    String t1 = create(trainerJson(poleId, 20).build()).getString("id");
    create(trainerJson(poleId, 10).add("contractType", "PART_TIME_VACATION").build());
    create(adminJson(poleId).build());
    // Hired after the year: not counted in it.
    create(trainerJson(poleId, 30).add("hiredOn", "2032-09-01").build());
    assertEquals(201, assign(director, t1, group, 15).status());

    JsonObject after = figures(director, YEAR);
    JsonObject mine = poleFigures(after, poleId);
    assertNotNull(mine, after::toString);
    assertEquals(3, mine.getInt("headcount"));
    assertHeadcount(mine.getJsonObject("trainers"), 2, 1, 0, 1);
    assertHeadcount(mine.getJsonObject("administrative"), 1, 0, 1, 0);
    assertEquals(30, mine.getInt("trainerCeilingHours"));
    assertEquals(15, mine.getInt("assignedHours"));
    assertEquals("50.0", mine.getJsonNumber("loadRate").bigDecimalValue().toPlainString());

    JsonObject city = after.getJsonObject("city");
    assertEquals(before.getInt("headcount") + 3, city.getInt("headcount"));
    assertEquals(before.getInt("trainerCeilingHours") + 30, city.getInt("trainerCeilingHours"));
    assertEquals(before.getInt("assignedHours") + 15, city.getInt("assignedHours"));
    int poleSum =
        after.getJsonArray("byPole").stream()
            .mapToInt(p -> p.asJsonObject().getJsonObject("figures").getInt("headcount"))
            .sum();
    assertEquals(city.getInt("headcount"), poleSum);
    // The city's load rate comes from its sums.
    assertEquals(
        new java.math.BigDecimal(city.getInt("assignedHours") * 100)
            .divide(
                new java.math.BigDecimal(city.getInt("trainerCeilingHours")),
                1,
                java.math.RoundingMode.HALF_EVEN),
        city.getJsonNumber("loadRate").bigDecimalValue());

    JsonObject next = poleFigures(figures(trainerRole, "2032-2033"), poleId);
    assertEquals(4, next.getInt("headcount"));
    assertEquals(0, next.getInt("assignedHours"));
    assertEquals(null, poleFigures(figures(director, "2030-2031"), poleId));
    assertEquals(
        403,
        api.get("/api/v1/staff-figures/" + YEAR, api.cityToken(CITY, "finance-officer")).status());
  }

  private JsonObject figures(String token, String year) {
    Api.Reply reply = api.get("/api/v1/staff-figures/" + year, token);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static JsonObject poleFigures(JsonObject figures, String poleId) {
    return figures.getJsonArray("byPole").stream()
        .map(JsonValue::asJsonObject)
        .filter(p -> p.getString("poleId").equals(poleId))
        .map(p -> p.getJsonObject("figures"))
        .findFirst()
        .orElse(null);
  }

  private static void assertHeadcount(
      JsonObject headcount, int total, int permanent, int fixedTerm, int partTime) {
    assertEquals(total, headcount.getInt("total"), headcount::toString);
    assertEquals(permanent, headcount.getInt("permanent"), headcount::toString);
    assertEquals(fixedTerm, headcount.getInt("fixedTerm"), headcount::toString);
    assertEquals(partTime, headcount.getInt("partTimeVacation"), headcount::toString);
  }

  @Test
  void anotherCityCanNeitherSeeNorChangeStaff() {
    JsonObject trainer = trainer(20);
    String id = trainer.getString("id");
    Api.Reply made = assign(director, id, group, 5);
    assertEquals(201, made.status(), made::toString);
    String assignment = made.json().getString("id");
    JsonObject update =
        trainerJson(pole, 30).add("version", trainer.getJsonNumber("version").longValue()).build();
    String otherRegistrar = api.cityToken(OTHER, "registrar");
    String otherTrainer = api.cityToken(OTHER, "trainer");

    List<Api.Reply> notFound =
        List.of(
            api.get("/api/v1/staff/" + id, otherDirector),
            api.get("/api/v1/staff/" + id, otherTrainer),
            api.put("/api/v1/staff/" + id, otherDirector, update),
            api.post(
                "/api/v1/staff/" + id + "/departure",
                otherDirector,
                Json.createObjectBuilder().add("leftOn", "2032-01-01").build()),
            api.get("/api/v1/teaching-assignments/" + assignment, otherRegistrar),
            api.post(
                "/api/v1/teaching-assignments/" + assignment + "/end",
                otherRegistrar,
                Json.createObjectBuilder().build()));
    for (Api.Reply reply : notFound) {
      assertEquals(404, reply.status(), reply::toString);
      assertTrue(reply.isProblem(), reply::toString);
    }
    // Its ids in a body are not this city's either.
    assertProblem(422, "groupId", assign(otherDirector, id, group, 1));
    assertProblem(422, "trainerId", assign(otherDirector, id, otherGroup, 1));

    Api.Reply staffList = api.get("/api/v1/staff?size=500&kind=TRAINER", otherDirector);
    assertEquals(200, staffList.status(), staffList::toString);
    assertFalse(staffList.body().contains(id));
    assertFalse(api.get("/api/v1/staff?size=500&pole=" + pole, otherDirector).body().contains(id));
    Api.Reply assignments =
        api.get("/api/v1/teaching-assignments?size=500&academicYear=" + YEAR, otherRegistrar);
    assertEquals(200, assignments.status(), assignments::toString);
    assertFalse(assignments.body().contains(assignment));
    assertEquals(
        0,
        api.get("/api/v1/teaching-assignments?trainer=" + id, otherRegistrar)
            .json()
            .getJsonNumber("total")
            .longValue());
    Api.Reply figures = api.get("/api/v1/staff-figures/" + YEAR, otherDirector);
    assertEquals(200, figures.status(), figures::toString);
    assertFalse(figures.body().contains(pole), figures::toString);
    assertTrue(api.get("/api/v1/history/" + id, otherDirector).array().isEmpty());

    JsonObject unchanged = api.get("/api/v1/staff/" + id, director).json();
    assertEquals(
        trainer.getJsonNumber("version").longValue(),
        unchanged.getJsonNumber("version").longValue());
    assertEquals(20, unchanged.getInt("weeklyCeilingHours"));
    assertEquals("ACTIVE", unchanged.getString("status"));
    JsonObject still = api.get("/api/v1/teaching-assignments/" + assignment, director).json();
    assertEquals("ACTIVE", still.getString("status"));
    assertEquals(5, assignedHours(id));
    assertFalse(api.get("/api/v1/history/" + id, director).array().isEmpty());
  }
}
