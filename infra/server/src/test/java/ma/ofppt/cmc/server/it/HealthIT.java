package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class HealthIT extends PlatformIT {

  @Test
  void readyOnlyWhenTheDatabaseAnswersAndIsMigrated() {
    Api.Reply ready = api.get("/health/ready", null);
    assertEquals(200, ready.status(), ready::toString);
    JsonObject check = ready.json().getJsonArray("checks").getJsonObject(0);
    assertEquals("database", check.getString("name"));
    assertEquals("UP", check.getString("status"));
    // MicroProfile Health serialises check data as strings.
    assertEquals("true", check.getJsonObject("data").getString("migrated"));
    assertEquals("true", check.getJsonObject("data").getString("reachable"));
  }

  @Test
  void liveAndMetricsAnswer() {
    assertEquals(200, api.get("/health/live", null).status());
    Api.Reply metrics =
        api.send("GET", "/metrics", null, null, java.util.Map.of("Accept", "text/plain"));
    assertEquals(200, metrics.status(), metrics::toString);
  }
}
