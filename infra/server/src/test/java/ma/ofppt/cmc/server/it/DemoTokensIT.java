package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.platform.problem.ProblemType;
import ma.ofppt.cmc.platform.security.demo.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * In demo mode {@code POST /api/dev/tokens} issues tokens the platform honours, for city staff, HQ
 * and regional auditors, refuses inconsistent requests with 422 naming the field, and is documented
 * in the OpenAPI document.
 */
class DemoTokensIT extends PlatformIT {
  private static final String TOKENS = "/api/dev/tokens";

  @Test
  void aCityTokenCarriesItsTenantAndRolesAndWorks() {
    Api.Reply issued =
        api.post(
            TOKENS,
            null,
            request(Map.of("tenant", "marrakech-safi"), "city-director", "admissions-officer"));
    assertEquals(200, issued.status(), issued::toString);
    JsonObject response = issued.json();
    assertEquals("Bearer", response.getString("tokenType"));
    assertEquals("marrakech-safi", response.getString("tenant"));

    JsonObject claims = TestTokens.payloadOf(response.getString("token"));
    assertEquals(DemoMode.ISSUER, claims.getString("iss"));
    assertEquals("marrakech-safi", claims.getString("tenant"));
    assertEquals(
        Json.createArrayBuilder().add("city-director").add("admissions-officer").build(),
        claims.getJsonArray("groups"));
    assertTrue(claims.getJsonNumber("exp").longValue() > claims.getJsonNumber("iat").longValue());

    Api.Reply me = api.get("/api/v1/me", response.getString("token"));
    assertEquals(200, me.status(), me::toString);
    assertEquals("marrakech-safi", me.json().getJsonObject("tenant").getString("code"));
    assertEquals(
        Json.createArrayBuilder().add("admissions-officer").add("city-director").build(),
        me.json().getJsonArray("roles"));
    assertEquals(response.getString("subject"), me.json().getString("name"));
    assertEquals(
        200, api.get("/api/v1/programmes", response.getString("token")).status(), "city data");
  }

  @Test
  void anHqAnalystTokenHasNoTenantAndWorks() {
    Api.Reply issued = api.post(TOKENS, null, request(Map.of(), "hq-analyst"));
    assertEquals(200, issued.status(), issued::toString);
    assertFalse(TestTokens.payloadOf(issued.json().getString("token")).containsKey("tenant"));

    Api.Reply me = api.get("/api/v1/me", issued.json().getString("token"));
    assertEquals(200, me.status(), me::toString);
    assertTrue(isAbsent(me.json(), "tenant"), me::toString);
    assertEquals(Json.createArrayBuilder().add("hq-analyst").build(), me.json().get("roles"));
  }

  @Test
  void aRegionAuditorTokenCarriesItsRegionAndWorks() {
    Api.Reply issued =
        api.post(TOKENS, null, request(Map.of("region", "souss-massa"), "region-auditor"));
    assertEquals(200, issued.status(), issued::toString);
    assertEquals(
        "souss-massa", TestTokens.payloadOf(issued.json().getString("token")).getString("region"));

    Api.Reply me = api.get("/api/v1/me", issued.json().getString("token"));
    assertEquals(200, me.status(), me::toString);
    assertEquals("souss-massa", me.json().getString("region"));
    assertTrue(isAbsent(me.json(), "tenant"), me::toString);
    assertEquals(Json.createArrayBuilder().add("region-auditor").build(), me.json().get("roles"));
  }

  @Test
  void inconsistentRequestsAreRefusedNamingTheField() {
    assertAll(
        refused(request(Map.of("tenant", "atlantis"), "city-director"), "tenant"),
        refused(request(Map.of("tenant", "marrakech-safi"), "dean"), "roles[0]"),
        refused(request(Map.of("tenant", "marrakech-safi"), "trainer", "wizard"), "roles[1]"),
        refused(request(Map.of(), "city-director"), "tenant"),
        refused(
            request(Map.of("tenant", "marrakech-safi"), "city-director", "hq-analyst"), "roles"),
        refused(request(Map.of(), "region-auditor"), "region"),
        refused(request(Map.of("region", "atlantis"), "region-auditor"), "region"),
        refused(request(Map.of("tenant", "marrakech-safi"), "hq-analyst"), "tenant"),
        refused(request(Map.of(), new String[0]), "roles"),
        refused(
            Json.createObjectBuilder(request(Map.of("tenant", "marrakech-safi"), "trainer"))
                .add("ttlMinutes", 0)
                .build(),
            "ttlMinutes"),
        refused(
            Json.createObjectBuilder(request(Map.of("tenant", "marrakech-safi"), "trainer"))
                .add("ttlMinutes", 100_000)
                .build(),
            "ttlMinutes"));
  }

  @Test
  void aMalformedBodyIsABadRequest() {
    Api.Reply reply = api.send("POST", TOKENS, null, "{\"roles\": [\"trainer\"", Map.of());
    assertEquals(400, reply.status(), reply::toString);
    assertTrue(reply.isProblem(), reply::toString);
    assertEquals(ProblemType.MALFORMED_REQUEST.uri(), reply.json().getString("type"));
  }

  @Test
  void theOpenApiDocumentListsTheEndpointInDemoMode() {
    Api.Reply json = api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
    assertEquals(200, json.status(), json::toString);
    assertTrue(json.contentType().startsWith("application/json"), json::toString);
    JsonObject paths = json.json().getJsonObject("paths");
    assertTrue(paths.containsKey("/api/dev/tokens"), paths.keySet()::toString);
    assertTrue(paths.getJsonObject("/api/dev/tokens").containsKey("post"), paths::toString);

    // Without a JSON preference Payara serves YAML (as text/plain).
    Api.Reply yaml = api.send("GET", "/openapi", null, null, Map.of("Accept", "*/*"));
    assertEquals(200, yaml.status(), yaml::toString);
    assertTrue(yaml.body().startsWith("openapi: 3"), yaml::body);
    assertTrue(yaml.body().contains("\n  /api/dev/tokens:\n"), yaml::body);
  }

  private Executable refused(JsonObject request, String field) {
    return () -> {
      Api.Reply reply = api.post(TOKENS, null, request);
      assertEquals(422, reply.status(), () -> request + " -> " + reply);
      assertTrue(reply.isProblem(), () -> request + " -> " + reply);
      assertEquals(
          ProblemType.RULE_VIOLATION.uri(),
          reply.json().getString("type"),
          () -> request + " -> " + reply);
      assertEquals(field, reply.problemField(), () -> request + " -> " + reply);
    };
  }

  private static JsonObject request(Map<String, String> fields, String... roles) {
    JsonObjectBuilder builder = Json.createObjectBuilder();
    fields.forEach(builder::add);
    return builder.add("roles", Json.createArrayBuilder(List.of(roles))).build();
  }

  private static boolean isAbsent(JsonObject json, String name) {
    return !json.containsKey(name) || json.get(name).getValueType() == JsonValue.ValueType.NULL;
  }
}
