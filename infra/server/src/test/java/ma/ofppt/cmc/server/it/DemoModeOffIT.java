package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import ma.ofppt.cmc.launcher.EmbeddedDatabase;
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

  private static Process server;
  private static Path log;
  private static Api api;

  @BeforeAll
  static void startThePlatformWithoutDemoMode() throws Exception {
    TestPlatform platform = TestPlatform.get();
    EmbeddedDatabase database = platform.database();
    DatabaseRoles shared = database.roles();
    DatabaseRoles plain =
        new DatabaseRoles(
            DATABASE, shared.owner(), shared.ownerPassword(), shared.app(), shared.appPassword());
    try (Connection superuser = database.superuser("postgres")) {
      if (plain.databaseExists(superuser)) {
        try (Statement drop = superuser.createStatement()) {
          drop.execute("drop database " + DATABASE);
        }
      }
      plain.createDatabase(superuser);
    }
    try (Connection superuser = database.superuser(DATABASE)) {
      plain.secureDatabase(superuser);
    }

    String bundle = System.getProperty("cmc.it.bundle");
    assertNotNull(bundle, "the failsafe configuration names the runnable jar in cmc.it.bundle");
    assertTrue(Files.isRegularFile(Path.of(bundle)), bundle);
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-jar",
            bundle,
            "--port",
            String.valueOf(port),
            "--nocluster");
    Map<String, String> environment = builder.environment();
    // Nothing of the test JVM's own configuration may leak in, demo settings above all.
    environment.keySet().removeIf(name -> name.startsWith("CMC_") || name.startsWith("MP_"));
    // Outside demo mode the platform trusts the configured identity provider, as in production.
    environment.put("MP_JWT_VERIFY_PUBLICKEY", publicKeyPem(platform.demoKey().getPublic()));
    environment.put("MP_JWT_VERIFY_ISSUER", PROVIDER_ISSUER);
    environment.put(
        "CMC_DB_URL", "jdbc:postgresql://localhost:" + database.port() + "/" + DATABASE);
    environment.put("CMC_DB_USER", plain.app());
    environment.put("CMC_DB_PASSWORD", plain.appPassword());
    environment.put("CMC_DB_OWNER_USER", plain.owner());
    environment.put("CMC_DB_OWNER_PASSWORD", plain.ownerPassword());
    assertTrue(
        environment.keySet().stream().noneMatch(name -> name.startsWith("CMC_DEMO")),
        environment.keySet()::toString);

    log = platform.work().resolve("demo-mode-off.log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    server = builder.start();
    URL base = URI.create("http://localhost:" + port).toURL();
    awaitReady(base);
    api = new Api(base);
  }

  @AfterAll
  static void stopThePlatform() throws InterruptedException {
    if (server == null) {
      return;
    }
    server.destroy();
    if (!server.waitFor(30, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      server.waitFor(30, TimeUnit.SECONDS);
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

  private static void awaitReady(URL base) throws InterruptedException, IOException {
    // HTTP/1.1, as an orchestrator's probe: the default HTTP/2 client upgrades its one connection
    // (h2c) while the server is still deploying and keeps reusing it.
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create(base + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(READY_WITHIN);
    String last = "no answer";
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      try {
        int status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status == 200) {
          return;
        }
        last = "status " + status;
      } catch (IOException notListeningYet) {
        // Expected while the server starts; reported below if it never becomes ready.
        last = notListeningYet.toString();
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    fail(
        "the platform was not ready within "
            + READY_WITHIN.toSeconds()
            + " s (alive: "
            + server.isAlive()
            + ", last answer: "
            + last
            + "); threads in "
            + threadDump()
            + "; end of "
            + log
            + ":\n"
            + tail(log, 80));
  }

  /** Writes the server's thread dump next to its log, so that a hang can be diagnosed. */
  private static Path threadDump() throws IOException, InterruptedException {
    Path dump = log.resolveSibling("demo-mode-off-threads.txt");
    if (server.isAlive()) {
      Process jcmd =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  String.valueOf(server.pid()),
                  "Thread.print")
              .redirectErrorStream(true)
              .redirectOutput(dump.toFile())
              .start();
      if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
        jcmd.destroyForcibly();
      }
    }
    return dump;
  }

  private static String tail(Path file, int lines) throws IOException {
    List<String> all =
        new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }
}
