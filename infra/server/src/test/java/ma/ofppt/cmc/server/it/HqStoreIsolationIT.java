package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HQ's store seen from SQL, as the application role, with the catalog guard's strictness (which
 * checks schema public only): every table of schema {@code hq} is held by the forced store policy;
 * the one second policy, on {@code hq.period_event}, only lets a city's transaction read its own
 * rows; no binding, a city's binding or a region's store sees nothing else; a city cannot write
 * there; the role cannot truncate any of it nor rewrite its append-only history. Everything the
 * connection changes is rolled back.
 */
class HqStoreIsolationIT extends PlatformIT {
  private static final String CITY = NationalFiguresIT.CITY;
  private static final String OTHER = NationalFiguresIT.OTHER;
  private static final String INSUFFICIENT_PRIVILEGE = "42501";

  private Connection app;

  @BeforeEach
  void openApplicationConnection() throws SQLException {
    app = testPlatform().asApplication();
    app.setAutoCommit(false);
  }

  @AfterEach
  void rollBackAndClose() throws SQLException {
    try {
      app.rollback();
    } finally {
      app.close();
    }
  }

  /** Both cities get a period event of their own, through the API. */
  private void eventsOfBothCities() {
    String hq = api.hqToken();
    for (String city : List.of(CITY, OTHER)) {
      String path =
          "/api/v1/national/periods/" + city + "/" + NationalFiguresIT.freshFiscalYear() + "/close";
      Api.Reply closed = api.post(path, hq, Json.createObjectBuilder().build());
      assertTrue(closed.status() == 200 || closed.status() == 409, closed::toString);
      api.post(
          path.replace("/close", "/reopen"),
          hq,
          Json.createObjectBuilder().add("reason", "isolation test").build());
    }
  }

  @Test
  void everyTableOfTheStoreIsHeldByTheForcedStorePolicyAndNothingWidensIt() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser()) {
      List<String> tables = new ArrayList<>();
      List<String> violations = new ArrayList<>();
      try (Statement query = superuser.createStatement();
          ResultSet rows =
              query.executeQuery(
                  """
                  select c.oid, c.relname, c.relrowsecurity, c.relforcerowsecurity
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where n.nspname = 'hq' and c.relkind in ('r', 'p') order by 2
                  """)) {
        while (rows.next()) {
          String table = "hq." + rows.getString(2);
          tables.add(table);
          if (!rows.getBoolean(3) || !rows.getBoolean(4)) {
            violations.add(table + ": row-level security not enabled and forced");
          }
          policies(superuser, rows.getLong(1), table, violations);
        }
      }
      assertTrue(
          tables.containsAll(
              List.of(
                  "hq.figure",
                  "hq.received_figure",
                  "hq.source_state",
                  "hq.closed_period",
                  "hq.period_event",
                  "hq.ledger_digest",
                  "hq.reconciliation_run",
                  "hq.reconciliation_difference")),
          tables::toString);
      assertEquals(List.of(), violations);
    }
  }

  private static void policies(Connection catalog, long table, String name, List<String> violations)
      throws SQLException {
    try (PreparedStatement query =
        catalog.prepareStatement(
            """
            select polname, polcmd, polpermissive,
                   pg_get_expr(polqual, polrelid), pg_get_expr(polwithcheck, polrelid)
            from pg_policy where polrelid = ? order by polname
            """)) {
      query.setLong(1, table);
      boolean store = false;
      try (ResultSet p = query.executeQuery()) {
        while (p.next()) {
          String policy = p.getString(1);
          String using = p.getString(4);
          String check = p.getString(5);
          if (policy.equals("store_isolation")) {
            store =
                p.getString(2).equals("*")
                    && using.contains("current_setting('app.store'")
                    && using.contains("'hq'")
                    && check != null
                    && check.equals(using);
            if (!store) {
              violations.add(name + ": store_isolation is not for all, on app.store = 'hq'");
            }
          } else if (name.equals("hq.period_event")
              && policy.equals("city_reads_its_period_events")) {
            if (!p.getString(2).equals("r")
                || check != null
                || !using.contains("current_setting('app.tenant_id'")
                || !using.contains("city_code")
                || !using.contains("current_setting('app.store'")) {
              violations.add(
                  name + ": the city's policy is not a SELECT of its own rows: " + using);
            }
          } else {
            violations.add(name + ": an unexpected policy " + policy + " USING " + using);
          }
        }
      }
      if (!store) {
        violations.add(name + ": no store policy");
      }
    }
  }

  @Test
  void theApplicationRoleCanNeitherTruncateNorRewriteTheHistory() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser();
        PreparedStatement query =
            superuser.prepareStatement(
                """
                select c.relname,
                       has_table_privilege(?, c.oid, 'TRUNCATE'),
                       has_table_privilege(?, c.oid, 'UPDATE'),
                       has_table_privilege(?, c.oid, 'DELETE')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'hq' and c.relkind = 'r'
                """)) {
      String role = testPlatform().database().roles().app();
      query.setString(1, role);
      query.setString(2, role);
      query.setString(3, role);
      List<String> appendOnly =
          List.of("period_event", "ledger_digest", "reconciliation_difference");
      try (ResultSet rows = query.executeQuery()) {
        int seen = 0;
        while (rows.next()) {
          seen++;
          String table = rows.getString(1);
          assertFalse(rows.getBoolean(2), () -> table + " can be truncated");
          if (appendOnly.contains(table)) {
            assertFalse(rows.getBoolean(3), () -> table + " can be updated");
            assertFalse(rows.getBoolean(4), () -> table + " can be deleted from");
          }
        }
        assertTrue(seen >= 8, "the hq tables were found");
      }
    }
    SQLException truncate =
        assertThrows(SQLException.class, () -> execute("truncate hq.period_event"));
    assertEquals(INSUFFICIENT_PRIVILEGE, truncate.getSQLState(), truncate::getMessage);
  }

  @Test
  void aCitySeesItsOwnPeriodEventsAndNothingElseOfTheStore() throws SQLException {
    eventsOfBothCities();
    long ours = countAsSuperuser("hq.period_event where city_code = '" + CITY + "'");
    long all = countAsSuperuser("hq.period_event");
    assertTrue(ours > 0 && all > ours, "events of both cities exist");

    assertEquals(0, count("hq.period_event"), "no binding, no rows");
    assertEquals(0, count("hq.reconciliation_run"));

    bind("app.tenant_id", CITY);
    assertEquals(ours, count("hq.period_event"));
    assertEquals(0, count("hq.period_event where city_code <> '" + CITY + "'"));
    for (String table :
        List.of(
            "hq.figure",
            "hq.received_figure",
            "hq.source_state",
            "hq.closed_period",
            "hq.ledger_digest",
            "hq.reconciliation_run",
            "hq.reconciliation_difference")) {
      assertEquals(0, count(table), () -> table + " seen by a city");
    }
    // The city's read is a read: it cannot add an event about itself.
    SQLException forged =
        assertThrows(
            SQLException.class,
            () ->
                execute(
                    "insert into hq.period_event (id, city_code, period, action, actor)"
                        + " values (gen_random_uuid(), '"
                        + CITY
                        + "', 'fiscal:2040', 'CLOSED', 'forger')"));
    assertEquals(INSUFFICIENT_PRIVILEGE, forged.getSQLState(), forged::getMessage);
    app.rollback();

    bind("app.store", "region:souss-massa");
    assertEquals(0, count("hq.period_event"), "a region's store sees none of HQ's");
    app.rollback();

    bind("app.store", "hq");
    assertEquals(all, count("hq.period_event"), "HQ's store sees every city's");
    app.rollback();

    // A transaction that works in a store is no city's, even with a tenant set beside it.
    bind("app.store", "operations");
    bind("app.tenant_id", CITY);
    assertEquals(0, count("hq.period_event"));
  }

  private void bind(String setting, String value) throws SQLException {
    try (PreparedStatement set = app.prepareStatement("select set_config(?, ?, true)")) {
      set.setString(1, setting);
      set.setString(2, value);
      set.execute();
    }
  }

  private long count(String from) throws SQLException {
    try (Statement query = app.createStatement();
        ResultSet row = query.executeQuery("select count(*) from " + from)) {
      row.next();
      return row.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Statement statement = app.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long countAsSuperuser(String from) throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser();
        Statement query = superuser.createStatement();
        ResultSet row = query.executeQuery("select count(*) from " + from)) {
      row.next();
      return row.getLong(1);
    }
  }
}
