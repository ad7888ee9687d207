package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Platforms and shared facilities through the API, for Drâa-Tafilalet, with Fès-Meknès as the other
 * city: resources and their opening hours, bookings that never overlap (checked by the service, and
 * by the database's exclusion constraint when two requests race or a row is written directly),
 * cancellation that frees the slot, trainers booking for their groups, the calendar, monthly
 * utilisation, and the tenant boundary on every endpoint. Bookings fall in 2040, which no other
 * test touches; each test makes its own resources.
 */
class FacilitiesIT extends PlatformIT {
  private static final String CITY = "draa-tafilalet";
  private static final String OTHER = "fes-meknes";
  private static final String BASE = "/api/v1/facilities";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private String manager;
  private String director;
  private String otherManager;
  private String otherDirector;

  @BeforeEach
  void tokens() {
    manager = api.cityToken(CITY, "campus-manager");
    director = api.cityToken(CITY, "city-director");
    otherManager = api.cityToken(OTHER, "campus-manager");
    otherDirector = api.cityToken(OTHER, "city-director");
  }

  /** Open Monday to Friday 08:00–12:00 and 14:00–18:00, and Saturday 09:00–12:00. */
  private static JsonArrayBuilder weekHours() {
    JsonArrayBuilder hours = Json.createArrayBuilder();
    for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
      hours.add(interval(day, "08:00", "12:00")).add(interval(day, "14:00", "18:00"));
    }
    return hours.add(interval("SATURDAY", "09:00", "12:00"));
  }

  private static JsonObjectBuilder interval(String day, String opens, String closes) {
    return Json.createObjectBuilder().add("day", day).add("opens", opens).add("closes", closes);
  }

  private static JsonObjectBuilder resourceBody(String kind, int capacity, JsonArrayBuilder hours) {
    return Json.createObjectBuilder()
        .add(
            "code",
            "IT-" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8))
        .add(
            "name",
            Json.createObjectBuilder().add("fr", "Fab lab d'essai").add("ar", "مختبر تجريبي"))
        .add("kind", kind)
        .add("capacity", capacity)
        .add("openingHours", hours);
  }

  private JsonObject createResource(String kind, int capacity, JsonArrayBuilder hours) {
    Api.Reply created =
        api.post(BASE + "/resources", manager, resourceBody(kind, capacity, hours).build());
    assertEquals(201, created.status(), created::toString);
    return created.json();
  }

  private static JsonObjectBuilder booking(String resourceId, String start, String end) {
    return Json.createObjectBuilder()
        .add("resourceId", resourceId)
        .add("start", start)
        .add("end", end)
        .add("bookerKind", "PARTNER")
        .add("bookerReference", "Association des artisans d'Errachidia")
        .add("attendees", 10)
        .add("purpose", "Atelier de prototypage");
  }

  private Api.Reply book(String token, JsonObjectBuilder body) {
    return api.post(BASE + "/bookings", token, body.build());
  }

  private static void assertProblem(int status, String field, Api.Reply reply) {
    assertEquals(status, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(field, reply.problemField(), reply::toString);
  }

  private static JsonObject cancellation(String reason) {
    return Json.createObjectBuilder().add("reason", reason).build();
  }

  @Test
  void aResourceIsCreatedReadAndChangedByTheCampusManagerOnly() {
    JsonObject lab = createResource("FAB_LAB", 20, weekHours());
    String path = BASE + "/resources/" + lab.getString("id");
    assertEquals("FAB_LAB", lab.getString("kind"));
    assertFalse(lab.getBoolean("pedagogicalPlatform"));
    assertEquals("Africa/Casablanca", lab.getString("timeZone"));
    assertEquals(11, lab.getJsonArray("openingHours").size());
    assertTrue(lab.getBoolean("active"));

    JsonObject read = api.get(path, director).json();
    assertEquals(lab.getString("code"), read.getString("code"));
    assertTrue(
        api.get(BASE + "/resources?kind=FAB_LAB", director).array().stream()
            .anyMatch(r -> r.asJsonObject().getString("id").equals(lab.getString("id"))));

    JsonObject change =
        resourceBody("FAB_LAB", 25, weekHours())
            .add("version", lab.getJsonNumber("version").longValue())
            .build();
    Api.Reply changed = api.put(path, manager, change);
    assertEquals(200, changed.status(), changed::toString);
    assertEquals(25, changed.json().getInt("capacity"));
    assertEquals(lab.getString("code"), changed.json().getString("code"), "the code stays");
    assertProblem(409, "version", api.put(path, manager, change));

    String duplicate =
        resourceBody("FAB_LAB", 20, weekHours())
            .add("code", lab.getString("code"))
            .build()
            .toString();
    assertProblem(
        409, "code", api.send("POST", BASE + "/resources", manager, duplicate, java.util.Map.of()));
    assertEquals(
        403,
        api.post(BASE + "/resources", director, resourceBody("FAB_LAB", 5, weekHours()).build())
            .status());
    assertEquals(
        403,
        api.post(
                BASE + "/resources",
                api.cityToken(CITY, "trainer"),
                resourceBody("FAB_LAB", 5, weekHours()).build())
            .status());
  }

  @Test
  void badResourcesAreRefusedNamingTheField() {
    assertProblem(
        422,
        "kind",
        api.post(BASE + "/resources", manager, resourceBody("CANTEEN", 20, weekHours()).build()));
    assertProblem(
        400,
        "capacity",
        api.post(BASE + "/resources", manager, resourceBody("FAB_LAB", 0, weekHours()).build()));
    assertProblem(
        422,
        "openingHours",
        api.post(
            BASE + "/resources",
            manager,
            resourceBody(
                    "FAB_LAB",
                    20,
                    Json.createArrayBuilder()
                        .add(interval("MONDAY", "08:00", "12:00"))
                        .add(interval("MONDAY", "11:00", "13:00")))
                .build()));
    assertProblem(
        400,
        "openingHours[0].day",
        api.post(
            BASE + "/resources",
            manager,
            resourceBody(
                    "FAB_LAB",
                    20,
                    Json.createArrayBuilder().add(interval("LUNDI", "08:00", "12:00")))
                .build()));
    assertProblem(
        400,
        "openingHours[0].closes",
        api.post(
            BASE + "/resources",
            manager,
            resourceBody(
                    "FAB_LAB",
                    20,
                    Json.createArrayBuilder().add(interval("MONDAY", "08:00", "25:00")))
                .build()));
    assertProblem(
        422,
        "poleId",
        api.post(
            BASE + "/resources",
            manager,
            resourceBody("FAB_LAB", 20, weekHours())
                .add("poleId", UUID.randomUUID().toString())
                .build()));
    assertProblem(
        422,
        "name.ar",
        api.post(
            BASE + "/resources",
            manager,
            resourceBody("FAB_LAB", 20, weekHours())
                .add("name", Json.createObjectBuilder().add("fr", "Lab").add("ar", "Lab"))
                .build()));
  }

  @Test
  void anOverlappingBookingIsAConflictAndACancelledSlotCanBeBookedAgain() {
    String lab = createResource("FAB_LAB", 20, weekHours()).getString("id");
    // 2040-03-05 is a Monday; Morocco is at UTC+1 that day.
    Api.Reply first =
        book(manager, booking(lab, "2040-03-05T09:00:00+01:00", "2040-03-05T11:00:00+01:00"));
    assertEquals(201, first.status(), first::toString);
    JsonObject held = first.json();
    assertEquals("BOOKED", held.getString("status"));
    assertEquals(
        OffsetDateTime.parse("2040-03-05T09:00:00+01:00").toInstant(),
        OffsetDateTime.parse(held.getString("start")).toInstant());

    assertProblem(
        409, "period", book(manager, booking(lab, "2040-03-05T10:00", "2040-03-05T12:00")));
    assertProblem(
        409, "period", book(manager, booking(lab, "2040-03-05T08:00Z", "2040-03-05T08:30Z")));
    Api.Reply touching = book(manager, booking(lab, "2040-03-05T11:00", "2040-03-05T12:00"));
    assertEquals(201, touching.status(), "a booking may start when another ends: " + touching);

    String path = BASE + "/bookings/" + held.getString("id");
    Api.Reply cancelled =
        api.post(path + "/cancellation", manager, cancellation("Intervenant absent"));
    assertEquals(200, cancelled.status(), cancelled::toString);
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals("Intervenant absent", cancelled.json().getString("cancelReason"));
    assertProblem(409, "status", api.post(path + "/cancellation", manager, cancellation("encore")));
    assertProblem(400, "reason", api.post(path + "/cancellation", manager, cancellation(" ")));
    assertEquals("CANCELLED", api.get(path, director).json().getString("status"), "kept on record");

    Api.Reply again = book(manager, booking(lab, "2040-03-05T09:00", "2040-03-05T11:00"));
    assertEquals(201, again.status(), again::toString);

    List<String> calendar =
        api
            .get(BASE + "/bookings?from=2040-03-05&to=2040-03-05&resource=" + lab, director)
            .array()
            .stream()
            .map(b -> b.asJsonObject().getString("status"))
            .toList();
    assertEquals(List.of("CANCELLED", "BOOKED", "BOOKED"), calendar);
    assertEquals(
        2,
        api.get(
                BASE + "/bookings?from=2040-03-01&to=2040-03-31&status=BOOKED&resource=" + lab,
                director)
            .array()
            .size());
    assertEquals(
        0,
        api.get(BASE + "/bookings?from=2040-03-06&to=2040-03-31&resource=" + lab, director)
            .array()
            .size());
  }

  @Test
  void badBookingsAreRefusedNamingTheField() {
    String lab = createResource("FAB_LAB", 20, weekHours()).getString("id");
    assertProblem(
        422, "period", book(manager, booking(lab, "2040-03-05T12:00", "2040-03-05T14:30")));
    assertProblem(
        422, "period", book(manager, booking(lab, "2040-03-04T09:00", "2040-03-04T10:00")));
    assertProblem(422, "end", book(manager, booking(lab, "2040-03-05T10:00", "2040-03-05T09:00")));
    assertProblem(400, "start", book(manager, booking(lab, "mardi matin", "2040-03-05T09:00")));
    assertProblem(
        422,
        "attendees",
        book(manager, booking(lab, "2040-03-05T09:00", "2040-03-05T10:00").add("attendees", 21)));
    assertProblem(
        400,
        "purpose",
        book(manager, booking(lab, "2040-03-05T09:00", "2040-03-05T10:00").add("purpose", "")));
    assertProblem(
        422,
        "bookerKind",
        book(
            manager,
            booking(lab, "2040-03-05T09:00", "2040-03-05T10:00").add("bookerKind", "VISITOR")));
    assertProblem(
        422,
        "groupId",
        book(
            manager,
            booking(lab, "2040-03-05T09:00", "2040-03-05T10:00").add("bookerKind", "GROUP")));
    assertProblem(
        422,
        "groupId",
        book(
            manager,
            booking(lab, "2040-03-05T09:00", "2040-03-05T10:00")
                .add("bookerKind", "GROUP")
                .add("groupId", UUID.randomUUID().toString())));
    assertProblem(
        422,
        "resourceId",
        book(
            manager,
            booking(UUID.randomUUID().toString(), "2040-03-05T09:00", "2040-03-05T10:00")));
    assertProblem(400, "to", api.get(BASE + "/bookings?from=2040-03-05&to=2040-13-01", director));
    assertProblem(422, "to", api.get(BASE + "/bookings?from=2040-03-05&to=2040-09-01", director));
    assertProblem(400, "month", api.get(BASE + "/utilisation/2040-3", director));
    assertEquals(
        403,
        book(director, booking(lab, "2040-03-05T09:00", "2040-03-05T10:00")).status(),
        "the director reads, the campus manager books");
  }

  @Test
  void twoRequestsRacingForTheSameSlotGetOneBookingOnly() throws Exception {
    String lab = createResource("FAB_LAB", 20, weekHours()).getString("id");
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Callable<Api.Reply>> attempts = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String token = api.cityToken(CITY, "campus-manager");
      // Different but overlapping periods, so no request can be answered from another's result.
      String start = "2040-03-12T0" + (8 + i % 2) + ":00";
      attempts.add(() -> book(token, booking(lab, start, "2040-03-12T11:00")));
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
    assertEquals(5, statuses.stream().filter(s -> s == 409).count(), replies::toString);
    for (Api.Reply reply : replies) {
      if (reply.status() == 409) {
        assertEquals("period", reply.problemField(), reply::toString);
      }
    }
    assertEquals(
        1,
        api.get(BASE + "/bookings?from=2040-03-12&to=2040-03-12&resource=" + lab, director)
            .array()
            .size());
  }

  @Test
  void theDatabaseItselfRefusesAnOverlappingBooking() throws SQLException {
    String lab = createResource("FAB_LAB", 20, weekHours()).getString("id");
    String insert =
        "insert into facility_booking (tenant_id, id, version, resource_id, starts_at, ends_at,"
            + " booker_kind, booker_reference, attendees, purpose, status, booked_by, booked_at,"
            + " cancelled_by, cancelled_at, cancel_reason)"
            + " values (?, ?, 1, ?, ?::timestamptz, ?::timestamptz, 'PARTNER', 'SQL', 1, 'x', ?,"
            + " 'sql', now(), ?, ?::timestamptz, ?)";
    try (Connection app = testPlatform().asApplication()) {
      app.setAutoCommit(false);
      try {
        bind(app, CITY);
        insertBooking(app, insert, lab, "2040-03-19T09:00+01", "2040-03-19T11:00+01", false);
        // A cancelled row holds nothing: the constraint's WHERE leaves it out.
        insertBooking(app, insert, lab, "2040-03-19T10:00+01", "2040-03-19T12:00+01", true);
        SQLException refused =
            assertThrows(
                SQLException.class,
                () ->
                    insertBooking(
                        app, insert, lab, "2040-03-19T10:59+01", "2040-03-19T11:30+01", false));
        assertEquals("23P01", refused.getSQLState(), refused::getMessage);
        assertTrue(
            refused.getMessage().contains("facility_booking_no_overlap"), refused::getMessage);
      } finally {
        app.rollback();
      }
    }
  }

  private static void bind(Connection app, String tenant) throws SQLException {
    try (PreparedStatement statement =
        app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      statement.setString(1, tenant);
      statement.executeQuery().close();
    }
  }

  private static void insertBooking(
      Connection app, String sql, String resource, String start, String end, boolean cancelled)
      throws SQLException {
    try (PreparedStatement statement = app.prepareStatement(sql)) {
      statement.setString(1, CITY);
      statement.setObject(2, UUID.randomUUID());
      statement.setObject(3, UUID.fromString(resource));
      statement.setString(4, start);
      statement.setString(5, end);
      statement.setString(6, cancelled ? "CANCELLED" : "BOOKED");
      statement.setString(7, cancelled ? "sql" : null);
      statement.setString(8, cancelled ? "2040-01-01T00:00Z" : null);
      statement.setString(9, cancelled ? "test" : null);
      assertEquals(1, statement.executeUpdate());
    }
  }

  @Test
  void aTrainerBooksForTheirGroupAndCancelsOnlyTheirOwnBookings() {
    String group = Cohorts.enrol(api, CITY, "2039-2040", "F", "M").get(0).groupId();
    String lab = createResource("DIGITAL_FACTORY", 30, weekHours()).getString("id");
    String trainer = trainerToken("trainer-amina");
    String otherTrainer = trainerToken("trainer-youssef");

    JsonObjectBuilder forGroup =
        booking(lab, "2040-03-06T14:00", "2040-03-06T16:00")
            .add("bookerKind", "GROUP")
            .add("groupId", group)
            .add("attendees", 2);
    Api.Reply booked = book(trainer, forGroup);
    assertEquals(201, booked.status(), booked::toString);
    assertEquals("GROUP", booked.json().getString("bookerKind"));
    assertEquals(group, booked.json().getString("groupId"));
    assertEquals("trainer-amina", booked.json().getString("bookedBy"));

    assertEquals(
        403,
        book(trainer, booking(lab, "2040-03-06T16:00", "2040-03-06T17:00")).status(),
        "a trainer books for groups only");
    String path = BASE + "/bookings/" + booked.json().getString("id");
    assertEquals(403, api.post(path + "/cancellation", otherTrainer, cancellation("x")).status());
    assertEquals("BOOKED", api.get(path, director).json().getString("status"));
    Api.Reply cancelled = api.post(path + "/cancellation", trainer, cancellation("Cours déplacé"));
    assertEquals(200, cancelled.status(), cancelled::toString);

    // A group of another city does not exist here.
    String foreignGroup = Cohorts.enrol(api, OTHER, "2039-2040", "F").get(0).groupId();
    assertProblem(
        422,
        "groupId",
        book(
            trainer,
            booking(lab, "2040-03-06T14:00", "2040-03-06T16:00")
                .add("bookerKind", "GROUP")
                .add("groupId", foreignGroup)
                .add("attendees", 2)));
  }

  private String trainerToken(String subject) {
    return api.token(
        Json.createObjectBuilder()
            .add("tenant", CITY)
            .add("roles", Json.createArrayBuilder().add("trainer"))
            .add("subject", subject)
            .build());
  }

  @Test
  void utilisationIsBookedHoursOverOpenHoursOfTheMonth() {
    // Open Mondays 08:00-12:00 only: April 2040 has 5 Mondays (2, 9, 16, 23, 30), 20 open hours.
    JsonObject hall =
        createResource(
            "CONFERENCE_CENTRE",
            300,
            Json.createArrayBuilder().add(interval("MONDAY", "08:00", "12:00")));
    String id = hall.getString("id");
    assertEquals(201, book(manager, booking(id, "2040-04-02T08:00", "2040-04-02T10:00")).status());
    assertEquals(201, book(manager, booking(id, "2040-04-09T09:00", "2040-04-09T10:30")).status());
    Api.Reply dropped = book(manager, booking(id, "2040-04-16T08:00", "2040-04-16T12:00"));
    assertEquals(201, dropped.status());
    assertEquals(
        200,
        api.post(
                BASE + "/bookings/" + dropped.json().getString("id") + "/cancellation",
                manager,
                cancellation("Annulé par le partenaire"))
            .status());

    Api.Reply reply = api.get(BASE + "/utilisation/2040-04", director);
    assertEquals(200, reply.status(), reply::toString);
    JsonObject figures = reply.json();
    assertEquals("2040-04", figures.getString("month"));
    assertEquals("Africa/Casablanca", figures.getString("timeZone"));
    JsonObject row =
        figures.getJsonArray("perResource").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("resourceId").equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals(2, row.getInt("bookings"));
    JsonObject own = row.getJsonObject("figures");
    assertEquals(new BigDecimal("20.00"), own.getJsonNumber("openHours").bigDecimalValue());
    assertEquals(new BigDecimal("3.50"), own.getJsonNumber("bookedHours").bigDecimalValue());
    assertEquals(new BigDecimal("17.5"), own.getJsonNumber("utilisationPercent").bigDecimalValue());

    JsonObject kind =
        figures.getJsonArray("kinds").stream()
            .map(JsonValue::asJsonObject)
            .filter(k -> k.getString("kind").equals("CONFERENCE_CENTRE"))
            .findFirst()
            .orElseThrow();
    assertTrue(kind.getInt("resources") >= 2, "the demo conference centre and this one");
    assertTrue(
        kind.getJsonObject("figures")
                .getJsonNumber("bookedHours")
                .bigDecimalValue()
                .compareTo(new BigDecimal("3.50"))
            >= 0);
    assertEquals(
        figures.getInt("resources"),
        figures.getJsonArray("kinds").stream()
            .mapToInt(k -> k.asJsonObject().getInt("resources"))
            .sum());
    assertEquals(figures.getInt("resources"), figures.getJsonArray("perResource").size());
    assertEquals(
        403, api.get(BASE + "/utilisation/2040-04", api.cityToken(CITY, "trainer")).status());
  }

  @Test
  void anotherCitySeesNothingAndChangesNothing() {
    JsonObject lab = createResource("FAB_LAB", 20, weekHours());
    String id = lab.getString("id");
    Api.Reply booked = book(manager, booking(id, "2040-03-07T09:00", "2040-03-07T10:00"));
    assertEquals(201, booked.status(), booked::toString);
    String bookingId = booked.json().getString("id");
    JsonObject change =
        resourceBody("FAB_LAB", 99, weekHours())
            .add("version", lab.getJsonNumber("version").longValue())
            .build();

    List<Api.Reply> notFound =
        List.of(
            api.get(BASE + "/resources/" + id, otherDirector),
            api.put(BASE + "/resources/" + id, otherManager, change),
            api.get(BASE + "/bookings/" + bookingId, otherDirector),
            api.post(
                BASE + "/bookings/" + bookingId + "/cancellation", otherManager, cancellation("x")),
            api.get(
                BASE + "/bookings?from=2040-03-01&to=2040-03-31&resource=" + id, otherDirector));
    for (Api.Reply reply : notFound) {
      assertEquals(404, reply.status(), reply::toString);
      assertTrue(reply.isProblem(), reply::toString);
    }
    assertProblem(
        422, "resourceId", book(otherManager, booking(id, "2040-03-07T10:00", "2040-03-07T11:00")));

    Api.Reply resources = api.get(BASE + "/resources", otherDirector);
    assertEquals(200, resources.status());
    assertFalse(resources.array().isEmpty(), "the other city has its own demo resources");
    assertTrue(
        resources.array().stream().noneMatch(r -> r.asJsonObject().getString("id").equals(id)));
    Api.Reply calendar = api.get(BASE + "/bookings?from=2040-03-01&to=2040-03-31", otherDirector);
    assertEquals(200, calendar.status());
    assertTrue(
        calendar.array().stream()
            .noneMatch(b -> b.asJsonObject().getString("id").equals(bookingId)));
    Api.Reply figures = api.get(BASE + "/utilisation/2040-03", otherDirector);
    assertEquals(200, figures.status());
    assertTrue(
        figures.json().getJsonArray("perResource").stream()
            .noneMatch(r -> r.asJsonObject().getString("resourceId").equals(id)));
    assertTrue(api.get("/api/v1/history/" + id, otherDirector).array().isEmpty());

    JsonObject unchanged = api.get(BASE + "/resources/" + id, director).json();
    assertEquals(20, unchanged.getInt("capacity"));
    assertEquals(
        lab.getJsonNumber("version").longValue(), unchanged.getJsonNumber("version").longValue());
    assertEquals(
        "BOOKED", api.get(BASE + "/bookings/" + bookingId, director).json().getString("status"));
    assertTrue(
        api.get(BASE + "/utilisation/2040-03", director).json().getJsonArray("perResource").stream()
            .anyMatch(r -> r.asJsonObject().getString("resourceId").equals(id)));
  }
}
