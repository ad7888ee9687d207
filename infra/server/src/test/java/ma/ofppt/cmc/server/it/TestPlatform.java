package ma.ofppt.cmc.server.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import ma.ofppt.cmc.launcher.EmbeddedDatabase;

/**
 * What the integration tests share, once per run: a fresh embedded PostgreSQL set up exactly like
 * the run command's (same roles, same scripts), and the demo signing key, written to a file the
 * server reads, so that tests can also sign the tokens an attacker might forge.
 */
public final class TestPlatform {
  private static TestPlatform instance;

  private final Path work;
  private volatile EmbeddedDatabase database;
  private final Path databaseDirectory;
  private final KeyPair demoKey;
  private final Path demoKeyFile;
  private final TcpProxy broker;
  private final String brokerNamespace;

  static final String BROKER_HOST = System.getProperty("cmc.it.rabbitmq.host", "127.0.0.1");
  static final int BROKER_PORT = Integer.getInteger("cmc.it.rabbitmq.port", 5672);

  private TestPlatform() throws IOException, SQLException, NoSuchAlgorithmException {
    work = Path.of(System.getProperty("cmc.it.work", "target/it-work")).toAbsolutePath();
    Path data = work.resolve("postgres");
    databaseDirectory = data;
    deleteRecursively(data);
    Files.createDirectories(work);
    database = EmbeddedDatabase.start(data, 0, DatabaseRoles.defaults());
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    demoKey = generator.generateKeyPair();
    demoKeyFile = work.resolve("demo-signing-key.pem");
    Files.writeString(
        demoKeyFile,
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(demoKey.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n");
    // The machine's RabbitMQ (.ci/run starts one), reached through a proxy a test can cut; a
    // namespace of its own per run, whose queues expire when the run is over.
    broker = TcpProxy.to(BROKER_HOST, BROKER_PORT);
    brokerNamespace = "cmc-it-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "cmc-it-database"));
  }

  public static synchronized TestPlatform get() {
    if (instance == null) {
      try {
        instance = new TestPlatform();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException | NoSuchAlgorithmException e) {
        throw new IllegalStateException("cannot start the test database", e);
      }
    }
    return instance;
  }

  /** JVM options of the server under test: the test database, demo mode and demo data on. */
  List<String> serverJvmOptions() {
    DatabaseRoles roles = database.roles();
    List<String> options = new ArrayList<>();
    options.add("-Xmx768m");
    options.add("-Dcmc.db.url=" + database.jdbcUrl());
    options.add("-Dcmc.db.user=" + roles.app());
    options.add("-Dcmc.db.password=" + roles.appPassword());
    options.add("-Dcmc.db.owner.user=" + roles.owner());
    options.add("-Dcmc.db.owner.password=" + roles.ownerPassword());
    options.add("-Dcmc.demo.enabled=true");
    options.add("-Dcmc.demo.data=true");
    // The console opens on the demo data's year, as the run command sets it.
    options.add("-Dcmc.console.academic-year=2025-2026");
    options.add("-Dcmc.demo.key-file=" + demoKeyFile);
    // Offer deadlines are checked every few seconds, so a test can watch a missed one pass.
    options.add("-Dcmc.admissions.deadline-check-seconds=3");
    // Selection reads and writes an intake slice by slice: two applications a slice here, so that
    // every selection in the suite crosses slice edges (production: 2,000).
    options.add("-Dcmc.admissions.selection-slice=2");
    // Consolidation over the real broker, quickly: a relay pass every 200 ms, short retries.
    options.add("-Dcmc.consolidation.transport=rabbitmq");
    options.add("-Dcmc.consolidation.rabbitmq.host=127.0.0.1");
    options.add("-Dcmc.consolidation.rabbitmq.port=" + broker.port());
    options.add("-Dcmc.consolidation.rabbitmq.namespace=" + brokerNamespace);
    options.add("-Dcmc.consolidation.rabbitmq.queue-expiry-minutes=10");
    options.add("-Dcmc.consolidation.relay-interval-ms=200");
    options.add("-Dcmc.consolidation.retry-delay-ms=50");
    options.add("-Dcmc.consolidation.max-attempts=3");
    return options;
  }

  /**
   * Stops PostgreSQL (fast shutdown: open transactions are rolled back, connections dropped) and
   * starts it again on the same data and port, as an operator's restart would.
   */
  public synchronized void restartDatabase() throws IOException, SQLException {
    int port = database.port();
    database.close();
    database = EmbeddedDatabase.start(databaseDirectory, port, DatabaseRoles.defaults());
  }

  public EmbeddedDatabase database() {
    return database;
  }

  /** The demo signing key as the servers read it (tests may start servers of their own). */
  public Path demoKeyFile() {
    return demoKeyFile;
  }

  /** The proxy between the server and RabbitMQ. */
  public TcpProxy broker() {
    return broker;
  }

  /** The exchange (and queue prefix) of this run on the broker. */
  public String brokerNamespace() {
    return brokerNamespace;
  }

  public KeyPair demoKey() {
    return demoKey;
  }

  public Path work() {
    return work;
  }

  /** A connection as the application role: what the server itself connects as. */
  public Connection asApplication() throws SQLException {
    DatabaseRoles roles = database.roles();
    return DriverManager.getConnection(database.jdbcUrl(), roles.app(), roles.appPassword());
  }

  /** A connection as the owner role (migrations, and tampering tests). */
  public Connection asOwner() throws SQLException {
    DatabaseRoles roles = database.roles();
    return DriverManager.getConnection(database.jdbcUrl(), roles.owner(), roles.ownerPassword());
  }

  public Connection asSuperuser() throws SQLException {
    return database.superuser(database.roles().database());
  }

  private void close() {
    try {
      database.close();
    } catch (IOException e) {
      System.err.println("the test database did not stop cleanly: " + e.getMessage());
    }
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
