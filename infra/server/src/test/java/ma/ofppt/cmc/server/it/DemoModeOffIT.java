package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outside demo mode the token endpoint does not exist (404, not in the OpenAPI document) and a
 * database the operator provides gets the registry from the migrations but no demo data: the
 * runnable jar is started as an operator would, on a fresh database, without any CMC_DEMO_*
 * setting.
 */
class DemoModeOffIT {
  private static final String DATABASE = "cmc_plain";
  private static final String PROVIDER_ISSUER = "https://idp.cmc.test/realms/cmc-platform";
  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  private static ServerProcess server;
  private static Api api;

  @BeforeAll
  static void startThePlatformWithoutDemoMode() throws Exception {
    TestPlatform platform = TestPlatform.get();
    DatabaseRoles plain = ServerProcess.freshDatabase(DATABASE);
    Map<String, String> environment = new HashMap<>(ServerProcess.databaseEnvironment(plain));
    // Outside demo mode the platform trusts the configured identity provider, as in production.
    environment.put("MP_JWT_VERIFY_PUBLICKEY", publicKeyPem(platform.demoKey().getPublic()));
    environment.put("MP_JWT_VERIFY_ISSUER", PROVIDER_ISSUER);
    // The console signs in against the same provider (authorization code with PKCE).
    environment.put("CMC_CONSOLE_OIDC_ISSUER", PROVIDER_ISSUER);
    assertTrue(
        environment.keySet().stream().noneMatch(name -> name.startsWith("CMC_DEMO")),
        environment.keySet()::toString);
    server = ServerProcess.start("demo-mode-off", environment, List.of());
    api = server.api();
  }

  @AfterAll
  static void stopThePlatform() throws InterruptedException {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theTokenEndpointDoesNotExist() {
    Api.Reply reply =
        api.post(
            "/api/dev/tokens",
            null,
            Json.createObjectBuilder()
                .add("tenant", "marrakech-safi")
                .add("roles", Json.createArrayBuilder().add("city-director"))
                .build());
    assertEquals(404, reply.status(), reply::toString);
    assertFalse(reply.body().contains("\"token\""), reply::toString);
  }

  @Test
  void theConsoleSignsInWithTheIdentityProviderAndListsNoDemoChoices() {
    Api.Reply config = api.get("/api/v1/console/config", null);
    assertEquals(200, config.status(), config::toString);
    assertEquals("oidc", config.json().getString("signIn"));
    assertEquals(PROVIDER_ISSUER, config.json().getJsonObject("oidc").getString("issuer"));
    assertEquals("cmc-console", config.json().getJsonObject("oidc").getString("clientId"));
    assertTrue(config.json().getJsonArray("cities").isEmpty(), config::toString);
    assertTrue(
        !config.json().containsKey("roles") || config.json().isNull("roles"), config::toString);
  }

  @Test
  void theOpenApiDocumentDoesNotMentionTheTokenEndpoint() {
    Api.Reply yaml = api.send("GET", "/openapi", null, null, Map.of("Accept", "*/*"));
    assertEquals(200, yaml.status(), yaml::toString);
    assertTrue(yaml.body().contains("/api/v1/programmes"), yaml::body);
    assertFalse(yaml.body().contains("/dev/tokens"), yaml::body);

    Api.Reply json = api.send("GET", "/openapi", null, null, Map.of("Accept", "application/json"));
    assertEquals(200, json.status(), json::toString);
    assertTrue(json.json().getJsonObject("paths").containsKey("/api/v1/programmes"), json::body);
    assertFalse(json.body().contains("/dev/tokens"), json::body);
  }

  @Test
  void tokensOfTheConfiguredIdentityProviderAreAcceptedAndNoOthers() {
    String provider =
        TestTokens.city("souss-massa", "registrar").claim("iss", PROVIDER_ISSUER).signed();
    Api.Reply me = api.get("/api/v1/me", provider);
    assertEquals(200, me.status(), me::toString);
    assertEquals("souss-massa", me.json().getJsonObject("tenant").getString("code"));
    assertEquals(200, api.get("/api/v1/programmes", provider).status());

    String demoIssuer = TestTokens.city("souss-massa", "registrar").signed();
    assertEquals(
        401, api.get("/api/v1/me", demoIssuer).status(), "the demo issuer is not trusted here");
    String cityAndRegion =
        TestTokens.city("souss-massa", "registrar")
            .claim("iss", PROVIDER_ISSUER)
            .claim("region", "souss-massa")
            .signed();
    assertEquals(401, api.get("/api/v1/me", cityAndRegion).status());
  }

  private static String publicKeyPem(java.security.PublicKey key) {
    return "-----BEGIN PUBLIC KEY-----\n"
        + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(key.getEncoded())
        + "\n-----END PUBLIC KEY-----\n";
  }

  @Test
  void theDatabaseHasTheRegistryButNoDemoData() throws SQLException {
    try (Connection superuser = TestPlatform.get().database().superuser(DATABASE)) {
      assertEquals(12, count(superuser, "tenant"));
      assertEquals(12, count(superuser, "region"));
      assertEquals(0, count(superuser, "pole"));
      assertEquals(0, count(superuser, "programme"));
      assertEquals(0, count(superuser, "programme_intake"));
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      assertTrue(rows.next());
      return rows.getLong(1);
    }
  }
}
