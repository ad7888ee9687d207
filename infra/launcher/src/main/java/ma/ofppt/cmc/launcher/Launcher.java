package ma.ofppt.cmc.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command. Without {@code CMC_DB_URL} it starts an embedded PostgreSQL kept in
 * {@code CMC_DATA_DIR} (default {@code .cmc/data}), turns demo mode and demo data on, and runs the
 * platform's runnable jar against it on {@code CMC_PORT} (default 8080). With {@code CMC_DB_URL} it
 * uses that database instead and loads no demo data unless {@code CMC_DEMO_DATA=true}.
 */
public final class Launcher {
  /**
   * The server's memory unless {@code CMC_JAVA_OPTS} sets {@code -Xmx}: a bounded heap instead of
   * the JVM's default of a quarter of the machine's memory, and the serial collector, whose own
   * footprint is the smallest. Measured in docs/benchmarks.md (resident memory ≈ 420–460 MB with
   * the 12 cities under load; the largest import peaks at ≈ 330 MB of heap).
   */
  static final List<String> MEMORY =
      List.of(
          "-Xms128m",
          "-Xmx512m",
          "-XX:MaxMetaspaceSize=320m",
          "-XX:ReservedCodeCacheSize=128m",
          "-XX:+UseSerialGC");

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    int port = Integer.parseInt(env.getOrDefault("CMC_PORT", "8080"));
    Path dataDir = Path.of(env.getOrDefault("CMC_DATA_DIR", ".cmc/data")).toAbsolutePath();
    Path serverJar = locateServerJar(env);

    Map<String, String> serverEnv = new java.util.HashMap<>();
    EmbeddedDatabase database = null;
    boolean external = env.containsKey("CMC_DB_URL");
    if (external) {
      System.out.println("[cmc] using the database at " + env.get("CMC_DB_URL"));
    } else {
      System.out.println(
          "[cmc] starting the embedded PostgreSQL in " + dataDir.resolve("postgres"));
      DatabaseRoles roles = DatabaseRoles.defaults();
      database =
          EmbeddedDatabase.start(
              dataDir.resolve("postgres"),
              Integer.parseInt(env.getOrDefault("CMC_EMBEDDED_DB_PORT", "0")),
              roles);
      serverEnv.putAll(connectionSettings(database));
      serverEnv.put("CMC_DEMO_ENABLED", env.getOrDefault("CMC_DEMO_ENABLED", "true"));
      serverEnv.put("CMC_DEMO_DATA", env.getOrDefault("CMC_DEMO_DATA", "true"));
      // The demo data's intakes are those of 2025-2026: the console opens on that year.
      serverEnv.put(
          "CMC_CONSOLE_ACADEMIC_YEAR", env.getOrDefault("CMC_CONSOLE_ACADEMIC_YEAR", "2025-2026"));
      serverEnv.put("CMC_DEMO_KEY_FILE", dataDir.resolve("demo-signing-key.pem").toString());
    }

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String javaOptions = env.getOrDefault("CMC_JAVA_OPTS", "");
    if (!javaOptions.contains("-Xmx")) {
      command.addAll(MEMORY);
    }
    for (String option : javaOptions.split("\\s+")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.addAll(
        List.of("-jar", serverJar.toString(), "--port", String.valueOf(port), "--nocluster"));
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    builder.environment().putAll(serverEnv);
    Process server = builder.start();

    EmbeddedDatabase db = database;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop(server);
                  closeQuietly(db);
                },
                "cmc-launcher-shutdown"));

    boolean demo =
        Boolean.parseBoolean(
            serverEnv.getOrDefault(
                "CMC_DEMO_ENABLED", env.getOrDefault("CMC_DEMO_ENABLED", "false")));
    if (awaitReady(server, port, Duration.ofMinutes(3))) {
      banner(port, demo);
    }
    int exit = server.waitFor();
    System.exit(exit);
  }

  /** The environment that points the server at the embedded database. */
  public static Map<String, String> connectionSettings(EmbeddedDatabase database) {
    DatabaseRoles roles = database.roles();
    return Map.of(
        "CMC_DB_URL", database.jdbcUrl(),
        "CMC_DB_USER", roles.app(),
        "CMC_DB_PASSWORD", roles.appPassword(),
        "CMC_DB_OWNER_USER", roles.owner(),
        "CMC_DB_OWNER_PASSWORD", roles.ownerPassword());
  }

  private static Path locateServerJar(Map<String, String> env) {
    if (env.containsKey("CMC_SERVER_JAR")) {
      return Path.of(env.get("CMC_SERVER_JAR"));
    }
    Path fromRepositoryRoot = Path.of("infra/server/target/cmc-platform-microbundle.jar");
    if (Files.exists(fromRepositoryRoot)) {
      return fromRepositoryRoot.toAbsolutePath();
    }
    throw new IllegalStateException(
        "cannot find infra/server/target/cmc-platform-microbundle.jar: run from the repository root"
            + " after './mvnw -DskipTests package', or set CMC_SERVER_JAR");
  }

  private static boolean awaitReady(Process server, int port, Duration patience)
      throws InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline) && server.isAlive()) {
      try {
        if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // The server is still starting; the loop's deadline bounds the wait.
      }
      TimeUnit.MILLISECONDS.sleep(500);
    }
    System.out.println("[cmc] the platform did not become ready; see its log above");
    return false;
  }

  private static void banner(int port, boolean demo) {
    String base = "http://localhost:" + port;
    StringBuilder text = new StringBuilder();
    text.append("\n[cmc] cmc-platform is ready on ").append(base).append('\n');
    text.append("[cmc]   console  ")
        .append(base)
        .append("/console/")
        .append(demo ? "  (demo mode: pick a city and a role)\n" : "\n");
    text.append("[cmc]   health   ").append(base).append("/health/ready\n");
    text.append("[cmc]   OpenAPI  ").append(base).append("/openapi\n");
    if (demo) {
      text.append("[cmc]   demo token: curl -s -X POST ")
          .append(base)
          .append("/api/dev/tokens -H 'Content-Type: application/json'")
          .append(" -d '{\"tenant\":\"marrakech-safi\",\"roles\":[\"city-director\"]}'\n");
    }
    System.out.println(text);
  }

  private static void stop(Process server) {
    if (!server.isAlive()) {
      return;
    }
    server.destroy();
    try {
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    } catch (InterruptedException e) {
      server.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void closeQuietly(EmbeddedDatabase database) {
    if (database == null) {
      return;
    }
    try {
      database.close();
    } catch (IOException e) {
      System.err.println("[cmc] the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
    }
  }
}
