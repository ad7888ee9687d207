package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The relays over the machine's real RabbitMQ: every city's outbox drains; with the broker taken
 * away (the proxy between server and broker cut) the cities keep working and their outboxes fill;
 * when it comes back they drain, and nothing is left behind. Oriental is this test's city.
 */
class ConsolidationRelayIT extends PlatformIT {
  private static final String CITY = "oriental";
  private static final String OTHER = "fes-meknes";
  private static final Duration DRAINED_WITHIN = Duration.ofSeconds(60);

  private JsonObject relay() {
    Api.Reply reply = api.get("/api/v1/operations/relay", api.platformAdminToken());
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private JsonObject city(JsonObject relay, String code) {
    return relay.getJsonArray("cities").stream()
        .map(v -> v.asJsonObject())
        .filter(c -> c.getString("city").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " has no relay: " + relay));
  }

  private JsonObject outbox(String code) {
    Api.Reply reply = api.get("/api/v1/consolidation/outbox", api.cityToken(code, "city-director"));
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private JsonObject await(
      String what, Predicate<JsonObject> done, java.util.function.Supplier<JsonObject> read)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(DRAINED_WITHIN);
    JsonObject last = read.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + DRAINED_WITHIN + ": " + last);
      }
      Thread.sleep(200);
      last = read.get();
    }
    return last;
  }

  /** Every message the city's outbox holds, waiting or published. */
  private static long messages(JsonObject outbox) {
    return outbox.getJsonNumber("pending").longValue()
        + outbox.getJsonNumber("published").longValue();
  }

  private Api.Reply signDigest(String code) {
    return api.post(
        "/api/v1/ledger/digests",
        api.cityToken(code, "city-director"),
        Json.createObjectBuilder().build());
  }

  @Test
  void everyActiveCityHasARelayOverRabbitMqAndItsOutboxDrains() throws Exception {
    JsonObject relay = relay();
    assertEquals("rabbitmq", relay.getString("transport"), relay.toString());
    assertEquals(12, relay.getJsonArray("cities").size(), relay.toString());
    await(
        "every outbox drained",
        r ->
            r.getBoolean("connected")
                && r.getJsonArray("cities").stream()
                    .allMatch(c -> c.asJsonObject().getJsonNumber("pending").longValue() == 0),
        this::relay);
    // Start-up asked every city for a full snapshot: every city has published something.
    JsonObject drained = relay();
    drained
        .getJsonArray("cities")
        .forEach(
            c ->
                assertTrue(
                    c.asJsonObject().getJsonNumber("published").longValue() > 0, c.toString()));
  }

  @Test
  void withTheBrokerGoneCitiesKeepWorkingAndTheirOutboxesDrainOnItsReturn() throws Exception {
    await(
        "the outbox of " + CITY + " drained",
        o -> o.getJsonNumber("pending").longValue() == 0,
        () -> outbox(CITY));
    long publishedBefore = outbox(CITY).getJsonNumber("published").longValue();
    TcpProxy broker = TestPlatform.get().broker();
    broker.cut();
    try {
      int changes = 4;
      for (int i = 0; i < changes; i++) {
        Api.Reply digest = signDigest(CITY);
        assertEquals(201, digest.status(), "the city keeps working without the broker: " + digest);
      }
      // The relay tries and fails for a few passes; everything stays in the outbox.
      Thread.sleep(1_500);
      JsonObject waiting = outbox(CITY);
      assertEquals(changes, waiting.getJsonNumber("pending").longValue(), waiting.toString());
      assertEquals(publishedBefore, waiting.getJsonNumber("published").longValue());
      JsonObject state = city(relay(), CITY);
      assertFalse(state.isNull("lastFailure"), "the relay says why it waits: " + state);
      assertFalse(relay().getBoolean("connected"));

      broker.restore();
      JsonObject drained =
          await(
              "the outbox drained after the broker came back",
              o -> o.getJsonNumber("pending").longValue() == 0,
              () -> outbox(CITY));
      assertEquals(
          publishedBefore + changes,
          drained.getJsonNumber("published").longValue(),
          drained.toString());
      assertTrue(relay().getBoolean("connected"));
    } finally {
      broker.restore();
    }
  }

  @Test
  void aCitySeesItsOwnOutboxOnlyAndOnlyItsStaffSeeIt() {
    long mine = messages(outbox(CITY));
    long theirs = messages(outbox(OTHER));
    Api.Reply digest = signDigest(CITY);
    assertEquals(201, digest.status(), digest.toString());
    assertEquals(mine + 1, messages(outbox(CITY)), "the city's own message is counted");
    assertEquals(theirs, messages(outbox(OTHER)), "another city's outbox does not see it");
    assertEquals(403, api.get("/api/v1/consolidation/outbox", api.hqToken()).status());
    assertEquals(
        403, api.get("/api/v1/operations/relay", api.cityToken(CITY, "city-director")).status());
    assertEquals(403, api.get("/api/v1/operations/relay", api.hqToken()).status());
    Api.Reply unknown =
        api.get("/api/v1/consolidation/figures?source=nope", api.cityToken(CITY, "city-director"));
    assertEquals(400, unknown.status(), unknown.toString());
    assertEquals("source", unknown.problemField());
  }
}
