package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a city sends to HQ, as the city itself sees it ({@code GET /v1/consolidation/figures}): for
 * a test pole of the Tanger-Tétouan-Al Hoceïma CMC in the current academic year, changes made
 * through the API (seats, applications, selection, enrolment, beds, a trainer's hours, a booking, a
 * graduate's tracer survey) move the figures of each source, every figure equals what the city's
 * own figure endpoints say, every change leaves a {@code figures.changed} message in the outbox, no
 * figure names a person, and another city never sees this city's figures. The current academic year
 * is the one the boarding figures describe today; no other test selects in it in this city.
 */
class ConsolidationFiguresIT extends PlatformIT {
  private static final String CITY = "tanger-tetouan-al-hoceima";
  private static final String OTHER = "fes-meknes";
  private static final ZoneId CITY_TIME = ZoneId.of("Africa/Casablanca");
  private static final List<String> SOURCES =
      List.of("admissions", "boarding", "careers", "facilities", "staff", "training-offer");
  private static final Pattern UUID_LIKE =
      Pattern.compile("(?i).*[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}.*");
  private static final Set<String> LEVELS =
      Set.of(
          "QUALIFIED_WORKER",
          "TECHNICIAN",
          "SPECIALIZED_TECHNICIAN",
          "QUALIFYING",
          "PROFESSIONAL_BAC",
          "MIDDLE_SCHOOL_PATH");

  /** One figure as the endpoint gives it. */
  record Fig(
      String source,
      String period,
      String sector,
      String pole,
      String level,
      String funder,
      String category,
      String measure,
      BigDecimal value) {}

  private String director;

  @Test
  void whatTheCitySendsMovesWithEachChangeAsItsOwnFiguresSay() {
    director = api.cityToken(CITY, "city-director");
    String officer = api.cityToken(CITY, "admissions-officer");
    String registrar = api.cityToken(CITY, "registrar");
    String manager = api.cityToken(CITY, "campus-manager");
    String advisor = api.cityToken(CITY, "career-advisor");
    LocalDate today = LocalDate.now(CITY_TIME);
    String year = academicYear(today);
    String period = "intake:" + year;

    // A pole of our own marks this test's figures (a code, never an id, leaves the city).
    String poleCode = Offers.uniqueCode("ZF");
    Api.Reply created = api.post("/api/v1/poles", director, Offers.pole(poleCode, "health"));
    assertEquals(201, created.status(), created::toString);
    JsonObject pole = created.json();
    String poleId = pole.getString("id");
    Predicate<Fig> ours = f -> f.period().equals(period) && f.pole().equals(poleCode);
    assertEquals(0, snapshot(director).stream().filter(ours).count(), "nothing yet");

    // Seats, applications, selection and enrolment: three trainees in a programme of the pole.
    long before = outboxTotal();
    List<Cohorts.Enrolled> trainees = Cohorts.enrolInPole(api, CITY, year, pole, "F", "F", "M");
    assertTrue(outboxTotal() > before, "the intake, applications, selection and enrolment");
    List<Fig> figures = snapshot(director);
    assertSums(
        figures,
        ours,
        "training-offer",
        Map.of("programmes", 1, "seats", 6, "first-year-seats", 3));
    assertSums(
        figures,
        ours,
        "admissions",
        Map.of(
            "applications", 3, "first-choices", 3, "offers", 3, "acceptances", 3, "enrolled", 3));
    assertEquals(1, sum(figures, f -> f.period().equals(period), "training-offer", "institutions"));
    assertOfferAndAdmissionsAsTheCitySays(figures, year);

    // An application submitted counts, withdrawn no longer does.
    String programmeCode =
        api.get("/api/v1/programmes/" + trainees.get(0).programmeId(), director)
            .json()
            .getString("code");
    String[] extra = new String[1];
    assertOutboxGrows(
        "an application submitted",
        () -> {
          Api.Reply submitted =
              api.post(
                  "/api/v1/applications",
                  officer,
                  Json.createObjectBuilder()
                      .add(
                          "applicant",
                          Applications.applicant(
                              Applications.uniqueCin(),
                              Cohorts.birthDateFor(year),
                              "BACCALAUREATE"))
                      .add("academicYear", year)
                      .add(
                          "wishes",
                          Json.createArrayBuilder().add(Applications.wish(programmeCode, "12.00")))
                      .build());
          assertEquals(201, submitted.status(), submitted::toString);
          extra[0] = submitted.json().getString("id");
        });
    assertEquals(4, sum(snapshot(director), ours, "admissions", "applications"));
    assertOutboxGrows(
        "an application withdrawn",
        () ->
            assertEquals(
                200,
                api.post(
                        "/api/v1/applications/" + extra[0] + "/withdrawal",
                        officer,
                        Json.createObjectBuilder().add("reason", "a choisi un autre CMC").build())
                    .status()));
    figures = snapshot(director);
    assertEquals(3, sum(figures, ours, "admissions", "applications"));
    assertOfferAndAdmissionsAsTheCitySays(figures, year);

    // Beds: a wing of two beds, the year's policy, two applications, a run, one check-in today.
    JsonObject boardingBefore = boardingFigures(year);
    String wing = created(api.post("/api/v1/boarding/wings", manager, wing()), "a wing");
    assertOutboxGrows(
        "beds added",
        () ->
            created(
                api.post(
                    "/api/v1/boarding/rooms",
                    manager,
                    Json.createObjectBuilder()
                        .add("code", Offers.uniqueCode("R"))
                        .add("wingId", wing)
                        .add("beds", 2)
                        .build()),
                "a room"));
    assertOutboxGrows(
        "a boarding policy",
        () ->
            assertEquals(
                200,
                api.put("/api/v1/boarding/policies/" + year, director, policy(year)).status()));
    List<String> boarders = new ArrayList<>();
    for (Cohorts.Enrolled girl : trainees.subList(0, 2)) {
      assertOutboxGrows(
          "a boarding application",
          () ->
              boarders.add(
                  created(
                      api.post(
                          "/api/v1/boarding/applications",
                          manager,
                          Json.createObjectBuilder()
                              .add("traineeId", girl.traineeId())
                              .add("academicYear", year)
                              .add("distanceKm", 120)
                              .add("socialNeed", true)
                              .build()),
                      "a boarding application")));
    }
    assertBoardingAsTheCitySays(snapshot(director), year);
    assertOutboxGrows(
        "an allocation run",
        () -> {
          Api.Reply run =
              api.post(
                  "/api/v1/boarding/allocation/" + year + "/runs",
                  manager,
                  Json.createObjectBuilder()
                      .add("wingIds", Json.createArrayBuilder().add(wing))
                      .build());
          assertEquals(200, run.status(), run::toString);
          assertEquals(2, run.json().getInt("assigned"), run::toString);
        });
    String assignment =
        api
            .get("/api/v1/boarding/assignments?academicYear=" + year + "&size=500", manager)
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("applicationId").equals(boarders.get(0)))
            .findFirst()
            .orElseThrow()
            .getString("id");
    assertOutboxGrows(
        "a check-in",
        () ->
            assertEquals(
                200,
                api.post(
                        "/api/v1/boarding/assignments/" + assignment + "/check-in",
                        manager,
                        Json.createObjectBuilder().add("on", today.toString()).build())
                    .status()));
    figures = snapshot(director);
    JsonObject boarding = assertBoardingAsTheCitySays(figures, year);
    JsonObject house = boarding.getJsonObject("house");
    JsonObject houseBefore = boardingBefore.getJsonObject("house");
    assertEquals(houseBefore.getInt("beds") + 2, house.getInt("beds"));
    assertEquals(houseBefore.getInt("allocatedBeds") + 2, house.getInt("allocatedBeds"));
    assertEquals(houseBefore.getInt("occupiedBeds") + 1, house.getInt("occupiedBeds"));

    // A trainer of the pole, and six hours a week with the cohort's group.
    String[] trainer = new String[1];
    assertOutboxGrows(
        "a trainer recorded",
        () ->
            trainer[0] =
                created(
                    api.post(
                        "/api/v1/staff",
                        director,
                        Json.createObjectBuilder()
                            .add("employeeNumber", Offers.uniqueCode("T"))
                            .add(
                                "name",
                                Json.createObjectBuilder()
                                    .add("fr", "Youssef Alaoui")
                                    .add("ar", "يوسف العلوي"))
                            .add("kind", "TRAINER")
                            .add("contractType", "PERMANENT")
                            .add("qualifications", Json.createArrayBuilder().add("Licence"))
                            .add("poleId", poleId)
                            .add("weeklyCeilingHours", 20)
                            .add("hiredOn", year.substring(0, 4) + "-09-01")
                            .build()),
                    "a trainer"));
    assertOutboxGrows(
        "a teaching assignment",
        () ->
            created(
                api.post(
                    "/api/v1/teaching-assignments",
                    director,
                    Json.createObjectBuilder()
                        .add("trainerId", trainer[0])
                        .add("groupId", trainees.get(0).groupId())
                        .add("subject", "Anatomie " + poleCode)
                        .add("weeklyHours", 6)
                        .build()),
                "an assignment"));
    figures = snapshot(director);
    assertSums(
        figures,
        ours,
        "staff",
        Map.of("trainers", 1, "ceiling-weekly-hours", 20, "assigned-weekly-hours", 6));
    assertStaffAsTheCitySays(figures, year);

    // A platform of our own open weekday mornings, two hours booked, another booking cancelled.
    LocalDate monday = today.plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    String bookingYear = academicYear(monday);
    Map<String, BigDecimal> facilitiesBefore = facilitiesFigures(bookingYear);
    String[] resource = new String[1];
    assertOutboxGrows(
        "a resource opened",
        () ->
            resource[0] = created(api.post("/api/v1/facilities/resources", manager, lab()), "lab"));
    assertOutboxGrows(
        "a booking",
        () ->
            created(
                api.post("/api/v1/facilities/bookings", manager, booking(resource[0], monday, 9)),
                "a booking"));
    String cancelled =
        created(
            api.post("/api/v1/facilities/bookings", manager, booking(resource[0], monday, 11)),
            "a booking");
    assertOutboxGrows(
        "a booking cancelled",
        () ->
            assertEquals(
                200,
                api.post(
                        "/api/v1/facilities/bookings/" + cancelled + "/cancellation",
                        manager,
                        Json.createObjectBuilder().add("reason", "salle prise").build())
                    .status()));
    figures = snapshot(director);
    Map<String, BigDecimal> facilities = assertFacilitiesAsTheCitySays(figures, bookingYear);
    assertEquals(
        facilitiesBefore.get("booked-hours").add(new BigDecimal("1.00")),
        facilities.get("booked-hours"),
        "the hour booked, not the hour cancelled");
    assertEquals(facilitiesBefore.get("bookings").add(BigDecimal.ONE), facilities.get("bookings"));
    assertTrue(
        facilities.get("available-hours").compareTo(facilitiesBefore.get("available-hours")) > 0,
        "the new platform's open hours");

    // A graduate, the intake's 6-month wave, and the graduate's answer: employed in the field.
    assertOutboxGrows(
        "a graduation",
        () ->
            assertEquals(
                200,
                api.post(
                        "/api/v1/trainees/" + trainees.get(2).traineeId() + "/graduation",
                        registrar,
                        null)
                    .status()));
    String[] wave = new String[1];
    assertOutboxGrows(
        "a tracer wave",
        () ->
            wave[0] =
                created(
                    api.post(
                        "/api/v1/tracer-waves",
                        advisor,
                        Json.createObjectBuilder()
                            .add("academicYear", year)
                            .add("horizonMonths", 6)
                            .build()),
                    "a wave"));
    String survey =
        api.get("/api/v1/tracer-waves/" + wave[0] + "/surveys", advisor)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id");
    assertOutboxGrows(
        "a tracer response",
        () ->
            assertEquals(
                200,
                api.post(
                        "/api/v1/tracer-surveys/" + survey + "/response",
                        advisor,
                        Json.createObjectBuilder()
                            .add("respondedOn", LocalDate.now(java.time.ZoneOffset.UTC).toString())
                            .add("situation", "EMPLOYED")
                            .add("sectorCode", "health")
                            .add("contractType", "PERMANENT")
                            .add("inFieldOfTraining", true)
                            .build())
                    .status()));
    figures = snapshot(director);
    assertSums(
        figures,
        ours,
        "careers",
        Map.of(
            "graduates", 1,
            "surveyed-6m", 1,
            "respondents-6m", 1,
            "inserted-6m", 1,
            "employed-in-field-6m", 1,
            "further-study-6m", 0));
    assertCareersAsTheCitySays(figures, year);
    // Every source again, after all the changes.
    assertOfferAndAdmissionsAsTheCitySays(figures, year);
    assertBoardingAsTheCitySays(figures, year);
    assertStaffAsTheCitySays(figures, year);

    assertNoPersonalData(figures, trainees);

    // Another city's director sees that city's figures only: never our pole, never our counts.
    List<Fig> theirs = snapshot(api.cityToken(OTHER, "city-director"));
    assertFalse(theirs.isEmpty(), "the other city has figures of its own (its demo offer)");
    assertEquals(0, theirs.stream().filter(f -> f.pole().equals(poleCode)).count(), "cross-city");
    assertTrue(figures.stream().anyMatch(f -> f.pole().equals(poleCode)));
    assertEquals(
        snapshot(director),
        snapshot(api.cityToken(CITY, "finance-officer")),
        "the finance officer sees the same figures");
  }

  @Test
  void oneSourceAtATimeAndAnUnknownOneIsAProblemNamingSource() {
    String token = api.cityToken(CITY, "city-director");
    Api.Reply all = api.get("/api/v1/consolidation/figures", token);
    assertEquals(200, all.status(), all::toString);
    List<String> names =
        all.array().stream().map(v -> v.asJsonObject().getString("source")).toList();
    assertTrue(names.containsAll(SOURCES), names::toString);
    for (String source : SOURCES) {
      Api.Reply one = api.get("/api/v1/consolidation/figures?source=" + source, token);
      assertEquals(200, one.status(), one::toString);
      assertEquals(1, one.array().size());
      assertEquals(source, one.array().getJsonObject(0).getString("source"));
    }
    Api.Reply unknown = api.get("/api/v1/consolidation/figures?source=weather", token);
    assertEquals(400, unknown.status(), unknown::toString);
    assertTrue(unknown.isProblem(), unknown::toString);
    assertEquals("source", unknown.problemField());
    assertEquals(
        403,
        api.get("/api/v1/consolidation/figures", api.cityToken(CITY, "trainer")).status(),
        "what leaves the city is for its director and finance officer");
    assertEquals(
        403, api.get("/api/v1/consolidation/outbox", api.cityToken(CITY, "registrar")).status());
    assertEquals(401, api.get("/api/v1/consolidation/figures", null).status());
  }

  private void assertOfferAndAdmissionsAsTheCitySays(List<Fig> figures, String year) {
    String period = "intake:" + year;
    Map<String, String> poleCodes = poleCodes();
    JsonObject summary = api.get("/api/v1/offer/summary?academicYear=" + year, director).json();
    JsonObject totals = summary.getJsonObject("totals");
    Predicate<Fig> inYear = f -> f.period().equals(period);
    assertEquals(totals.getInt("programmes"), sum(figures, inYear, "training-offer", "programmes"));
    assertEquals(totals.getInt("totalSeats"), sum(figures, inYear, "training-offer", "seats"));
    assertEquals(
        totals.getInt("firstYearSeats"),
        sum(figures, inYear, "training-offer", "first-year-seats"));
    for (JsonValue p : summary.getJsonArray("poles")) {
      JsonObject row = p.asJsonObject();
      for (JsonValue l : row.getJsonArray("levels")) {
        JsonObject level = l.asJsonObject();
        Predicate<Fig> cell =
            inYear
                .and(f -> f.pole().equals(row.getString("code")))
                .and(f -> f.level().equals(level.getString("level")));
        JsonObject counts = level.getJsonObject("counts");
        assertEquals(
            counts.getInt("programmes"), sum(figures, cell, "training-offer", "programmes"));
        assertEquals(counts.getInt("totalSeats"), sum(figures, cell, "training-offer", "seats"));
        assertEquals(
            counts.getInt("firstYearSeats"),
            sum(figures, cell, "training-offer", "first-year-seats"));
      }
    }

    JsonObject admissions = api.get("/api/v1/admissions/" + year + "/figures", director).json();
    Map<String, String> fields =
        Map.of(
            "applications", "applications",
            "first-choices", "firstChoices",
            "offers", "offers",
            "acceptances", "acceptances",
            "enrolled", "enrolled");
    assertCounts(figures, inYear, "admissions", fields, admissions.getJsonObject("city"));
    assertCounts(
        figures,
        inYear,
        "training-offer",
        Map.of("first-year-seats", "firstYearSeats"),
        admissions.getJsonObject("city"));
    for (JsonValue g : admissions.getJsonArray("byPole")) {
      JsonObject group = g.asJsonObject();
      String code = poleCodes.get(group.getString("key"));
      assertCounts(
          figures,
          inYear.and(f -> f.pole().equals(code)),
          "admissions",
          fields,
          group.getJsonObject("figures"));
    }
    for (JsonValue g : admissions.getJsonArray("byLevel")) {
      JsonObject group = g.asJsonObject();
      assertCounts(
          figures,
          inYear.and(f -> f.level().equals(group.getString("key"))),
          "admissions",
          fields,
          group.getJsonObject("figures"));
    }
  }

  private JsonObject assertBoardingAsTheCitySays(List<Fig> figures, String year) {
    JsonObject city = boardingFigures(year);
    Predicate<Fig> inYear = f -> f.period().equals("intake:" + year);
    assertCounts(
        figures,
        inYear,
        "boarding",
        Map.of("beds", "beds", "allocated-beds", "allocatedBeds", "occupied-beds", "occupiedBeds"),
        city.getJsonObject("house"));
    assertCounts(
        figures,
        inYear,
        "boarding",
        Map.of(
            "waitlisted", "waitlisted",
            "pending-applications", "pendingApplications",
            "boarding-applicants", "applications",
            "trainees", "trainees",
            "housed-trainees", "housedTrainees"),
        Json.createObjectBuilder(city)
            .add("waitlisted", city.getJsonObject("house").getInt("waitlisted"))
            .build());
    return city;
  }

  private void assertStaffAsTheCitySays(List<Fig> figures, String year) {
    JsonObject city = api.get("/api/v1/staff-figures/" + year, director).json();
    Map<String, String> poleCodes = poleCodes();
    Predicate<Fig> inYear = f -> f.period().equals("intake:" + year);
    assertStaffCounts(figures, inYear, city.getJsonObject("city"));
    for (JsonValue p : city.getJsonArray("byPole")) {
      JsonObject pole = p.asJsonObject();
      String code = poleCodes.get(pole.getString("poleId"));
      assertStaffCounts(
          figures, inYear.and(f -> f.pole().equals(code)), pole.getJsonObject("figures"));
    }
  }

  private static void assertStaffCounts(List<Fig> figures, Predicate<Fig> where, JsonObject f) {
    JsonObject t = f.getJsonObject("trainers");
    JsonObject a = f.getJsonObject("administrative");
    Map<String, Long> expected = new HashMap<>();
    expected.put("trainers", t.getJsonNumber("total").longValue());
    expected.put("trainers-permanent", t.getJsonNumber("permanent").longValue());
    expected.put("trainers-fixed-term", t.getJsonNumber("fixedTerm").longValue());
    expected.put("trainers-part-time-vacation", t.getJsonNumber("partTimeVacation").longValue());
    expected.put("administrative-staff", a.getJsonNumber("total").longValue());
    expected.put("administrative-permanent", a.getJsonNumber("permanent").longValue());
    expected.put("administrative-fixed-term", a.getJsonNumber("fixedTerm").longValue());
    expected.put(
        "administrative-part-time-vacation", a.getJsonNumber("partTimeVacation").longValue());
    expected.put("ceiling-weekly-hours", f.getJsonNumber("trainerCeilingHours").longValue());
    expected.put("assigned-weekly-hours", f.getJsonNumber("assignedHours").longValue());
    expected.forEach(
        (measure, value) ->
            assertEquals(value, sum(figures, where, "staff", measure), "staff " + measure));
  }

  private Map<String, BigDecimal> assertFacilitiesAsTheCitySays(List<Fig> figures, String year) {
    Map<String, BigDecimal> city = facilitiesFigures(year);
    Predicate<Fig> inYear = f -> f.period().equals("intake:" + year);
    city.forEach(
        (measure, value) ->
            assertEquals(
                0,
                value.compareTo(sumDecimal(figures, inYear, "facilities", measure)),
                "facilities " + measure + ": city " + value));
    return city;
  }

  /** The twelve months of the academic year as the city's utilisation endpoint gives them. */
  private Map<String, BigDecimal> facilitiesFigures(String year) {
    Map<String, BigDecimal> sums = new HashMap<>();
    sums.put("available-hours", BigDecimal.ZERO);
    sums.put("booked-hours", BigDecimal.ZERO);
    sums.put("bookings", BigDecimal.ZERO);
    YearMonth month = YearMonth.of(Integer.parseInt(year.substring(0, 4)), 9);
    for (int i = 0; i < 12; i++, month = month.plusMonths(1)) {
      Api.Reply reply = api.get("/api/v1/facilities/utilisation/" + month, director);
      assertEquals(200, reply.status(), reply::toString);
      JsonObject city = reply.json().getJsonObject("city");
      sums.merge(
          "available-hours", city.getJsonNumber("openHours").bigDecimalValue(), BigDecimal::add);
      sums.merge(
          "booked-hours", city.getJsonNumber("bookedHours").bigDecimalValue(), BigDecimal::add);
      sums.merge("bookings", BigDecimal.valueOf(reply.json().getInt("bookings")), BigDecimal::add);
    }
    return sums;
  }

  private void assertCareersAsTheCitySays(List<Fig> figures, String year) {
    Map<String, String> poleCodes = poleCodes();
    Predicate<Fig> inYear = f -> f.period().equals("intake:" + year);
    List<JsonObject> waves =
        api.get("/api/v1/careers/" + year + "/figures", director).array().stream()
            .map(JsonValue::asJsonObject)
            .toList();
    assertFalse(waves.isEmpty());
    for (JsonObject wave : waves) {
      String suffix = "-" + wave.getInt("horizonMonths") + "m";
      assertCareerCounts(figures, inYear, suffix, wave.getJsonObject("city"));
      for (JsonValue p : wave.getJsonArray("byPole")) {
        JsonObject pole = p.asJsonObject();
        String code = pole.isNull("poleId") ? "" : poleCodes.get(pole.getString("poleId"));
        assertCareerCounts(
            figures, inYear.and(f -> f.pole().equals(code)), suffix, pole.getJsonObject("figures"));
      }
    }
  }

  private static void assertCareerCounts(
      List<Fig> figures, Predicate<Fig> where, String suffix, JsonObject c) {
    assertEquals(c.getInt("graduates"), sum(figures, where, "careers", "graduates"));
    Map<String, String> fields =
        Map.of(
            "surveyed", "surveyed",
            "contacted", "contacted",
            "respondents", "responses",
            "unreachable", "unreachable",
            "refused", "refused",
            "inserted", "inserted",
            "employed-in-field", "employedInField",
            "incubator-startups", "incubatorStartups");
    fields.forEach(
        (measure, field) ->
            assertEquals(
                c.getInt(field),
                sum(figures, where, "careers", measure + suffix),
                "careers " + measure + suffix));
    JsonObject situations = c.getJsonObject("situations");
    for (String situation : situations.keySet()) {
      String measure = situation.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + suffix;
      assertEquals(situations.getInt(situation), sum(figures, where, "careers", measure), measure);
    }
  }

  private static void assertCounts(
      List<Fig> figures,
      Predicate<Fig> where,
      String source,
      Map<String, String> measureToField,
      JsonObject city) {
    measureToField.forEach(
        (measure, field) ->
            assertEquals(
                city.getJsonNumber(field).longValue(),
                sum(figures, where, source, measure),
                source + " " + measure + " = city's " + field));
  }

  /**
   * Counts and amounts only: no dimension holds an id, an e-mail, a name or a national id of anyone
   * the test created, and the dimensions hold only the national sectors, the city's pole codes and
   * the training levels.
   */
  private void assertNoPersonalData(List<Fig> figures, List<Cohorts.Enrolled> trainees) {
    Set<String> sectors = new HashSet<>();
    api.get("/api/v1/sectors", director)
        .array()
        .forEach(s -> sectors.add(s.asJsonObject().getString("code")));
    Set<String> poles = new HashSet<>(poleCodes().values());
    Set<String> people = new HashSet<>(List.of("Salma", "Bennani", "Youssef", "Alaoui"));
    for (Cohorts.Enrolled t : trainees) {
      people.add(t.traineeId());
      people.add(t.applicationId());
    }
    for (Fig f : figures) {
      if (!SOURCES.contains(f.source())) {
        continue;
      }
      for (String value :
          List.of(f.period(), f.sector(), f.pole(), f.level(), f.funder(), f.category())) {
        assertFalse(UUID_LIKE.matcher(value).matches(), "an id in " + f);
        assertFalse(value.contains("@"), "an e-mail in " + f);
        assertFalse(value.matches(".*[A-Z]{1,2}\\d{5,}.*"), "a national id in " + f);
        people.forEach(p -> assertFalse(value.contains(p), p + " in " + f));
      }
      assertTrue(f.sector().isEmpty() || sectors.contains(f.sector()), f::toString);
      assertTrue(f.pole().isEmpty() || poles.contains(f.pole()), f::toString);
      assertTrue(f.level().isEmpty() || LEVELS.contains(f.level()), f::toString);
      assertEquals("", f.funder() + f.category(), f::toString);
      assertTrue(f.measure().matches("[a-z][a-z0-9-]*"), f::toString);
      assertTrue(f.value().signum() >= 0, f::toString);
    }
  }

  private List<Fig> snapshot(String token) {
    Api.Reply reply = api.get("/api/v1/consolidation/figures", token);
    assertEquals(200, reply.status(), reply::toString);
    List<Fig> figures = new ArrayList<>();
    for (JsonValue s : reply.array()) {
      JsonObject source = s.asJsonObject();
      for (JsonValue v : source.getJsonArray("figures")) {
        JsonObject f = v.asJsonObject();
        assertEquals(
            Set.of("period", "sector", "pole", "level", "funder", "category", "measure", "value"),
            f.keySet(),
            "a figure carries its dimensions, its measure and its value, nothing else");
        figures.add(
            new Fig(
                source.getString("source"),
                f.getString("period"),
                f.getString("sector"),
                f.getString("pole"),
                f.getString("level"),
                f.getString("funder"),
                f.getString("category"),
                f.getString("measure"),
                ((JsonNumber) f.get("value")).bigDecimalValue()));
      }
    }
    return figures;
  }

  private static void assertSums(
      List<Fig> figures, Predicate<Fig> where, String source, Map<String, Integer> expected) {
    expected.forEach(
        (measure, value) ->
            assertEquals(
                value.longValue(), sum(figures, where, source, measure), source + " " + measure));
  }

  private static long sum(List<Fig> figures, Predicate<Fig> where, String source, String measure) {
    return sumDecimal(figures, where, source, measure).longValueExact();
  }

  private static BigDecimal sumDecimal(
      List<Fig> figures, Predicate<Fig> where, String source, String measure) {
    return figures.stream()
        .filter(f -> f.source().equals(source) && f.measure().equals(measure))
        .filter(where)
        .map(Fig::value)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private long outboxTotal() {
    Api.Reply reply = api.get("/api/v1/consolidation/outbox", director);
    assertEquals(200, reply.status(), reply::toString);
    // A relay may have published what was pending meanwhile: count both.
    return reply.json().getJsonNumber("pending").longValue()
        + reply.json().getJsonNumber("published").longValue();
  }

  private void assertOutboxGrows(String change, Runnable making) {
    long before = outboxTotal();
    making.run();
    assertTrue(outboxTotal() > before, change + " leaves a figures.changed message");
  }

  private Map<String, String> poleCodes() {
    Map<String, String> codes = new HashMap<>();
    api.get("/api/v1/poles", director).array().stream()
        .map(JsonValue::asJsonObject)
        .forEach(p -> codes.put(p.getString("id"), p.getString("code")));
    return codes;
  }

  private JsonObject boardingFigures(String year) {
    Api.Reply reply = api.get("/api/v1/boarding/figures/" + year, director);
    assertEquals(200, reply.status(), reply::toString);
    return reply.json();
  }

  private static String created(Api.Reply reply, String what) {
    assertEquals(201, reply.status(), () -> what + ": " + reply);
    return reply.json().getString("id");
  }

  /** The academic year a day falls in, September to August. */
  private static String academicYear(LocalDate day) {
    int first = day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    return first + "-" + (first + 1);
  }

  private static JsonObject wing() {
    return Json.createObjectBuilder()
        .add("code", Offers.uniqueCode("W"))
        .add("sex", "F")
        .add("name", Json.createObjectBuilder().add("fr", "Aile d'essai").add("ar", "جناح تجريبي"))
        .build();
  }

  /** BoardingIT's policy over the whole academic year, so a bed given out today runs to its end. */
  private static JsonObject policy(String year) {
    return Json.createObjectBuilder(BoardingIT.policy(year))
        .add("endsOn", (Integer.parseInt(year.substring(0, 4)) + 1) + "-08-31")
        .build();
  }

  private static JsonObject lab() {
    JsonArrayBuilder hours = Json.createArrayBuilder();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      hours.add(
          Json.createObjectBuilder().add("day", day).add("opens", "08:00").add("closes", "12:00"));
    }
    return Json.createObjectBuilder()
        .add("code", Offers.uniqueCode("LAB"))
        .add("name", Json.createObjectBuilder().add("fr", "Laboratoire d'essai").add("ar", "مختبر"))
        .add("kind", "FAB_LAB")
        .add("capacity", 12)
        .add("openingHours", hours)
        .build();
  }

  /** One hour from {@code hour} o'clock, local time, booked by a partner. */
  private static JsonObject booking(String resource, LocalDate day, int hour) {
    return Json.createObjectBuilder()
        .add("resourceId", resource)
        .add("start", day.atTime(LocalTime.of(hour, 0)).atZone(CITY_TIME).toInstant().toString())
        .add("end", day.atTime(LocalTime.of(hour + 1, 0)).atZone(CITY_TIME).toInstant().toString())
        .add("bookerKind", "PARTNER")
        .add("bookerReference", "Association des jeunes de Tanger")
        .add("attendees", 8)
        .add("purpose", "Atelier")
        .build();
  }
}
