package ma.ofppt.cmc.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The database and the two roles the platform needs: an owner that runs migrations and an
 * application role that row-level security always applies to. Applies {@code cmc-db/roles.sql} and
 * {@code cmc-db/database.sql}, the same scripts an operator runs with psql on an external
 * PostgreSQL.
 */
public record DatabaseRoles(
    String database, String owner, String ownerPassword, String app, String appPassword) {

  public static DatabaseRoles defaults() {
    return new DatabaseRoles("cmc", "cmc_owner", "cmc_owner", "cmc_app", "cmc_app");
  }

  /** Creates what is missing, idempotently; {@code superuser} is connected to any database. */
  public void ensureRoles(Connection superuser) throws SQLException {
    run(
        superuser,
        "cmc-db/roles.sql",
        Map.of(
            "owner_role", owner,
            "owner_password", ownerPassword,
            "app_role", app,
            "app_password", appPassword));
  }

  public boolean databaseExists(Connection superuser) throws SQLException {
    try (PreparedStatement query =
        superuser.prepareStatement("select 1 from pg_database where datname = ?")) {
      query.setString(1, database);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  public void createDatabase(Connection superuser) throws SQLException {
    try (Statement statement = superuser.createStatement()) {
      statement.execute(
          "create database "
              + identifier(database)
              + " owner "
              + identifier(owner)
              + " encoding 'UTF8'");
    }
  }

  /** Run as a superuser connected to the platform's database. */
  public void secureDatabase(Connection superuserInDatabase) throws SQLException {
    run(
        superuserInDatabase,
        "cmc-db/database.sql",
        Map.of("database", database, "owner_role", owner, "app_role", app));
  }

  private static void run(Connection connection, String script, Map<String, String> variables)
      throws SQLException {
    String sql = substitute(read(script), variables);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** psql's {@code :'name'} (literal) and {@code :"name"} (identifier) substitution. */
  static String substitute(String sql, Map<String, String> variables) {
    String result = sql;
    for (Map.Entry<String, String> variable : variables.entrySet()) {
      result =
          result
              .replace(":'" + variable.getKey() + "'", literal(variable.getValue()))
              .replace(":\"" + variable.getKey() + "\"", identifier(variable.getValue()));
    }
    return result;
  }

  static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  static String identifier(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static String read(String resource) {
    try (InputStream in = DatabaseRoles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
