package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HQ's consumer applying crafted {@code figures.snapshot} messages, for what the cities' real
 * sources cannot be made to send on cue: an older snapshot arriving late, a figure that vanishes, a
 * change inside a closed period, a malformed payload. There is no HTTP way to hand a message to a
 * consumer, so each one is planted as a dead letter of the consumer {@code hq} (as a superuser, the
 * one step under the API) and delivered by the operators' replay, which runs it through the
 * platform's Inbox into the real handler.
 *
 * <p>The figures belong to a source of this test's own ({@code it-probe}) in an intake no other
 * test uses; each test ends by sending that source empty, so nothing of it is left at HQ to
 * disagree with the cities.
 */
class HqSnapshotsIT extends PlatformIT {
  private static final String CITY = NationalFiguresIT.CITY;
  private static final String OTHER = NationalFiguresIT.OTHER;
  private static final String SOURCE = "it-probe";

  /**
   * The probe's clock: in the past (so that a lag is positive) and only ever moving on, across the
   * tests, since HQ drops a snapshot computed before the one it holds.
   */
  private static Instant clock = Instant.now().minusSeconds(300).truncatedTo(ChronoUnit.MILLIS);

  /** Intakes no other test uses: one after the other from a random start. */
  private static final java.util.concurrent.atomic.AtomicInteger YEARS =
      new java.util.concurrent.atomic.AtomicInteger(
          ThreadLocalRandom.current().nextInt(2041, 2080));

  private String period;

  @BeforeEach
  void freshIntake() {
    int year = YEARS.getAndIncrement();
    period = "intake:" + year + "-" + (year + 1);
  }

  @AfterEach
  void leaveNothingOfTheProbe() throws SQLException {
    for (String city : new String[] {CITY, OTHER}) {
      api.post(
          "/api/v1/national/periods/" + city + "/" + period + "/reopen",
          api.hqToken(),
          Json.createObjectBuilder().add("reason", "end of test").build());
      deliver(city, snapshot(later(), Map.of()));
    }
  }

  /** A computedAt after every one sent before in this test. */
  private static synchronized Instant later() {
    clock = clock.plusSeconds(1);
    return clock;
  }

  private String snapshot(Instant computedAt, Map<String, Integer> figures) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    figures.forEach(
        (measure, value) ->
            list.add(
                Json.createObjectBuilder()
                    .add("period", period)
                    .add("sector", "DIGITAL")
                    .add("pole", "")
                    .add("level", "SPECIALIZED_TECHNICIAN")
                    .add("funder", "")
                    .add("category", "")
                    .add("measure", measure)
                    .add("value", String.valueOf(value))));
    return Json.createObjectBuilder()
        .add("source", SOURCE)
        .add("computedAt", computedAt.toString())
        .add("changedSince", computedAt.minusMillis(1500).toString())
        .add("figures", list)
        .build()
        .toString();
  }

  /** Plants the message as a dead letter of HQ's consumer and replays it; the replay's reply. */
  private Api.Reply deliver(String city, String payload) throws SQLException {
    UUID letter = UUID.randomUUID();
    try (Connection superuser = testPlatform().asSuperuser();
        PreparedStatement insert =
            superuser.prepareStatement(
                "insert into consolidation.dead_letter (id, consumer, message_id, topic,"
                    + " city_code, region_code, occurred_at, payload, error, attempts)"
                    + " values (?, 'hq', ?, 'figures.snapshot', ?, ?, clock_timestamp(),"
                    + " ?::jsonb, 'planted by HqSnapshotsIT', 1)")) {
      insert.setObject(1, letter);
      insert.setObject(2, UUID.randomUUID());
      insert.setString(3, city);
      insert.setString(4, city);
      insert.setString(5, payload);
      insert.executeUpdate();
    }
    return api.post(
        "/api/v1/operations/dead-letters/" + letter + "/replay", api.platformAdminToken(), null);
  }

  private void applied(String city, String payload) throws SQLException {
    Api.Reply replay = deliver(city, payload);
    assertEquals(200, replay.status(), replay::toString);
  }

  /** HQ's sums of the probe's intake for one city, measure by measure. */
  private JsonObject measures(String city) {
    JsonObject figures =
        api.get(
                "/api/v1/national/figures?source="
                    + SOURCE
                    + "&period="
                    + period
                    + "&city="
                    + city
                    + "&groupBy=city",
                api.hqToken())
            .json();
    return figures.getJsonArray("rows").isEmpty()
        ? JsonObject.EMPTY_JSON_OBJECT
        : figures.getJsonArray("rows").getJsonObject(0).getJsonObject("measures");
  }

  private static int value(JsonObject measures, String measure) {
    return measures.getJsonNumber(measure).intValue();
  }

  @Test
  void aNewerSnapshotReplacesTheSourceAndAnOlderOneIsDropped() throws SQLException {
    Instant first = later();
    applied(CITY, snapshot(first, Map.of("applications", 40, "first-year-seats", 10)));
    assertEquals(40, value(measures(CITY), "applications"));

    Instant second = later();
    applied(CITY, snapshot(second, Map.of("applications", 45)));
    JsonObject now = measures(CITY);
    assertEquals(45, value(now, "applications"));
    assertFalse(now.containsKey("first-year-seats"), "a figure gone at the city is gone at HQ");

    // Late and out of order: computed before the one HQ holds, so received and dropped.
    applied(CITY, snapshot(first.plusMillis(500), Map.of("applications", 1)));
    assertEquals(45, value(measures(CITY), "applications"));

    JsonObject source =
        api.get("/api/v1/national/freshness", api.hqToken()).array().stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getJsonObject("city").getString("code").equals(CITY))
            .flatMap(c -> c.getJsonArray("sources").stream())
            .map(s -> s.asJsonObject())
            .filter(s -> s.getString("source").equals(SOURCE))
            .findFirst()
            .orElseThrow();
    assertEquals(second, Instant.parse(source.getString("computedAt")));
    assertEquals(second.minusMillis(1500), Instant.parse(source.getString("changedSince")));
    assertEquals(1, source.getJsonNumber("staleReceived").longValue());
    assertEquals(1, source.getInt("figures"));
    // The lag runs from the oldest change carried to HQ's application of it.
    Instant appliedAt = Instant.parse(source.getString("appliedAt"));
    assertEquals(
        BigDecimal.valueOf(
            java.time.Duration.between(second.minusMillis(1500), appliedAt).toMillis(), 3),
        source.getJsonNumber("lagSeconds").bigDecimalValue());
  }

  @Test
  void ratiosComeFromTheSumsOfTheCitiesAndRegionsFoldTheirCities() throws SQLException {
    applied(CITY, snapshot(later(), Map.of("applications", 382, "first-year-seats", 100)));
    applied(OTHER, snapshot(later(), Map.of("applications", 10, "first-year-seats", 100)));
    JsonObject national =
        api.get(
                "/api/v1/national/figures?groupBy=none&source=" + SOURCE + "&period=" + period,
                api.hqToken())
            .json();
    assertEquals(1, national.getJsonArray("rows").size(), national::toString);
    JsonObject row = national.getJsonArray("rows").getJsonObject(0);
    assertEquals(392, value(row.getJsonObject("measures"), "applications"));
    // 392 / 200, not the mean of 382 % and 10 %.
    assertEquals(
        new BigDecimal("196.0"),
        row.getJsonObject("ratios").getJsonNumber("demand-rate").bigDecimalValue());
    assertTrue(
        national.getJsonArray("ratios").stream()
            .anyMatch(r -> r.asJsonObject().getString("name").equals("demand-rate")));

    JsonObject byRegion =
        api.get(
                "/api/v1/national/figures?groupBy=region,level&region="
                    + OTHER
                    + "&source="
                    + SOURCE
                    + "&period="
                    + period,
                api.hqToken())
            .json();
    assertEquals(1, byRegion.getJsonArray("rows").size(), byRegion::toString);
    JsonObject region = byRegion.getJsonArray("rows").getJsonObject(0);
    assertEquals(OTHER, region.getJsonObject("region").getString("code"));
    assertEquals(
        "Drâa-Tafilalet", region.getJsonObject("region").getJsonObject("name").getString("fr"));
    assertEquals("SPECIALIZED_TECHNICIAN", region.getString("level"));
    assertFalse(region.containsKey("city"), "a region row has no city");
    assertEquals(
        new BigDecimal("10.0"),
        region.getJsonObject("ratios").getJsonNumber("demand-rate").bigDecimalValue());

    // Asking for one measure keeps the ratios that need it, computed from both.
    JsonObject one =
        api.get(
                "/api/v1/national/figures?groupBy=city&measure=applications&source="
                    + SOURCE
                    + "&period="
                    + period
                    + "&city="
                    + CITY,
                api.hqToken())
            .json()
            .getJsonArray("rows")
            .getJsonObject(0);
    assertEquals(382, value(one.getJsonObject("measures"), "applications"));
    assertEquals(1, one.getJsonObject("measures").size());
    assertEquals(
        new BigDecimal("382.0"),
        one.getJsonObject("ratios").getJsonNumber("demand-rate").bigDecimalValue());
  }

  @Test
  void aClosedPeriodKeepsItsFiguresAndReopeningShowsTheLatestAtOnce() throws SQLException {
    String hq = api.hqToken();
    applied(CITY, snapshot(later(), Map.of("applications", 40)));
    Api.Reply closed =
        api.post(
            "/api/v1/national/periods/" + CITY + "/" + period + "/close",
            hq,
            Json.createObjectBuilder().add("reason", "intake report sent").build());
    assertEquals(200, closed.status(), closed::toString);

    applied(CITY, snapshot(later(), Map.of("applications", 55, "enrolled", 9)));
    JsonObject frozen = measures(CITY);
    assertEquals(40, value(frozen, "applications"), "closed: the city's change waits");
    assertFalse(frozen.containsKey("enrolled"), frozen::toString);
    // Another city's same period is not closed.
    applied(OTHER, snapshot(later(), Map.of("applications", 7)));
    assertEquals(7, value(measures(OTHER), "applications"));

    Api.Reply reopened =
        api.post(
            "/api/v1/national/periods/" + CITY + "/" + period + "/reopen",
            hq,
            Json.createObjectBuilder().add("reason", "late enrolments").build());
    assertEquals(200, reopened.status(), reopened::toString);
    JsonObject current = measures(CITY);
    assertEquals(55, value(current, "applications"), "the latest received, without waiting");
    assertEquals(9, value(current, "enrolled"));
  }

  @Test
  void aMalformedSnapshotStaysADeadLetterAndChangesNothing() throws SQLException {
    applied(CITY, snapshot(later(), Map.of("applications", 12)));
    Api.Reply refused =
        deliver(
            CITY,
            "{\"source\":\""
                + SOURCE
                + "\",\"computedAt\":\""
                + later()
                + "\",\"figures\":"
                + "[{\"period\":\""
                + period
                + "\",\"measure\":\"applications\",\"value\":\"lots\"}]}");
    assertEquals(409, refused.status(), refused::toString);
    assertTrue(
        refused.json().getString("detail").contains("IllegalArgumentException"), refused::toString);
    assertEquals(12, value(measures(CITY), "applications"));
    JsonObject open =
        api.get("/api/v1/operations/dead-letters?status=open&size=500", api.platformAdminToken())
            .json();
    assertTrue(
        open.getJsonArray("items").stream()
            .map(l -> l.asJsonObject())
            .anyMatch(
                l ->
                    l.getString("consumer").equals("hq")
                        && l.getString("error").contains("figures[0].value")
                        && (!l.containsKey("replayedAt") || l.isNull("replayedAt"))),
        open::toString);
  }
}
