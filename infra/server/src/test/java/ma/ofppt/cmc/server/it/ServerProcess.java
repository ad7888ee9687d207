package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import ma.ofppt.cmc.launcher.EmbeddedDatabase;

/**
 * The runnable jar started as an operator would, in a process of its own, on a database of its own
 * in the shared embedded PostgreSQL: for the tests that need a server configured unlike the shared
 * one, or one they can kill and start again.
 */
final class ServerProcess implements AutoCloseable {
  // A deadline, not a wait: on a loaded machine (2 cores, several builds) a start took 186 s.
  private static final Duration READY_WITHIN = Duration.ofSeconds(300);

  private final Process process;
  private final Path log;
  private final URL base;

  private ServerProcess(Process process, Path log, URL base) {
    this.process = process;
    this.log = log;
    this.base = base;
  }

  /** A fresh database named {@code name}, with the platform's roles and grants (dropped first). */
  static DatabaseRoles freshDatabase(String name) throws SQLException {
    EmbeddedDatabase database = TestPlatform.get().database();
    DatabaseRoles shared = database.roles();
    DatabaseRoles roles =
        new DatabaseRoles(
            name, shared.owner(), shared.ownerPassword(), shared.app(), shared.appPassword());
    try (Connection superuser = database.superuser("postgres")) {
      if (roles.databaseExists(superuser)) {
        try (Statement drop = superuser.createStatement()) {
          drop.execute("drop database " + name + " with (force)");
        }
      }
      roles.createDatabase(superuser);
    }
    try (Connection superuser = database.superuser(name)) {
      roles.secureDatabase(superuser);
    }
    return roles;
  }

  /** The environment that points the server at {@code roles}' database, and nothing else. */
  static Map<String, String> databaseEnvironment(DatabaseRoles roles) {
    EmbeddedDatabase database = TestPlatform.get().database();
    return Map.of(
        "CMC_DB_URL",
        "jdbc:postgresql://localhost:" + database.port() + "/" + roles.database(),
        "CMC_DB_USER",
        roles.app(),
        "CMC_DB_PASSWORD",
        roles.appPassword(),
        "CMC_DB_OWNER_USER",
        roles.owner(),
        "CMC_DB_OWNER_PASSWORD",
        roles.ownerPassword());
  }

  /**
   * Starts the runnable jar with exactly {@code environment} of the CMC_ and MP_ settings (none of
   * the test JVM's own leak in) and {@code systemProperties}, and waits until it is ready.
   */
  static ServerProcess start(
      String name, Map<String, String> environment, List<String> systemProperties)
      throws IOException, InterruptedException {
    String bundle = System.getProperty("cmc.it.bundle");
    assertNotNull(bundle, "the failsafe configuration names the runnable jar in cmc.it.bundle");
    assertTrue(Files.isRegularFile(Path.of(bundle)), bundle);
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.addAll(systemProperties);
    command.addAll(List.of("-jar", bundle, "--port", String.valueOf(port), "--nocluster"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(key -> key.startsWith("CMC_") || key.startsWith("MP_"));
    env.putAll(environment);
    Path log = TestPlatform.get().work().resolve(name + ".log");
    builder
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    ServerProcess server =
        new ServerProcess(builder.start(), log, URI.create("http://localhost:" + port).toURL());
    try {
      server.awaitReady();
    } catch (AssertionError | IOException | InterruptedException | RuntimeException notReady) {
      // No caller holds it yet to close it: a server that never became ready must not outlive
      // the test (it would keep its port and retry a database that is gone).
      server.kill();
      throw notReady;
    }
    return server;
  }

  URL base() {
    return base;
  }

  Api api() {
    return new Api(base);
  }

  Path log() {
    return log;
  }

  /** Gone at once, as with a power cut: no shutdown hook, no graceful stop. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  private void awaitReady() throws InterruptedException, IOException {
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
    while (Instant.now().isBefore(deadline) && process.isAlive()) {
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
            + process.isAlive()
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
  private Path threadDump() throws IOException, InterruptedException {
    Path dump = log.resolveSibling(log.getFileName() + "-threads.txt");
    if (process.isAlive()) {
      Process jcmd =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                  String.valueOf(process.pid()),
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
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
