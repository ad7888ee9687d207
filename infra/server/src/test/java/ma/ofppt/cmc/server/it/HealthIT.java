package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class HealthIT extends PlatformIT {

  @Test
  void readyOnlyWhenTheDatabaseAnswersAndIsMigrated() {
    Api.Reply ready = api.get("/health/ready", null);
    assertEquals(200, ready.status(), ready::toString);
    // Readiness has several checks (database, accepting) in no guaranteed order: find by name.
    JsonObject check =
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .filter(c -> "database".equals(c.getString("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no database check in " + ready));
    assertEquals("UP", check.getString("status"));
    // MicroProfile Health serialises check data as strings.
    assertEquals("true", check.getJsonObject("data").getString("migrated"));
    assertEquals("true", check.getJsonObject("data").getString("reachable"));
  }

  @Test
  void liveAndMetricsAnswer() {
    assertEquals(200, api.get("/health/live", null).status());
    Api.Reply ready = api.get("/health/ready", null);
    assertTrue(
        ready.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
            .anyMatch(
                c -> "accepting".equals(c.getString("name")) && "UP".equals(c.getString("status"))),
        ready::toString);
    Api.Reply metrics =
        api.send("GET", "/metrics", null, null, java.util.Map.of("Accept", "text/plain"));
    assertEquals(200, metrics.status(), metrics::toString);
  }
}
