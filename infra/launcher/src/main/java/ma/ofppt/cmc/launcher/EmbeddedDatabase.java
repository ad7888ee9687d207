package ma.ofppt.cmc.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

/**
 * A PostgreSQL server run from the JDK alone (binaries from Maven Central), its cluster kept in a
 * data folder so that the platform's data survives restarts. Used by the run command and by the
 * integration tests, so both exercise the same database set-up.
 */
public final class EmbeddedDatabase implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private final DatabaseRoles roles;

  private EmbeddedDatabase(EmbeddedPostgres postgres, DatabaseRoles roles) {
    this.postgres = postgres;
    this.roles = roles;
  }

  /**
   * Starts (initialising the folder on first use), then makes sure the roles and database exist.
   *
   * @param port 0 for any free port
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port, DatabaseRoles roles)
      throws IOException, SQLException {
    Files.createDirectories(dataDirectory);
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDirectory)
            .setCleanDataDirectory(false)
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_buffers", "128MB");
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), roles);
    database.prepare();
    return database;
  }

  private void prepare() throws SQLException {
    try (Connection superuser = superuser("postgres")) {
      roles.ensureRoles(superuser);
      if (!roles.databaseExists(superuser)) {
        roles.createDatabase(superuser);
      }
    }
    try (Connection superuser = superuser(roles.database())) {
      roles.secureDatabase(superuser);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public DatabaseRoles roles() {
    return roles;
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + roles.database();
  }

  /** A superuser connection, for tests and tools that must look past row-level security. */
  public Connection superuser(String database) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port() + "/" + database, "postgres", "");
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
