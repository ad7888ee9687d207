package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Row-level security seen from SQL, as the application role the server connects as, over the demo
 * rows of two real cities. Binding a tenant the way the server does ({@code
 * set_config('app.tenant_id', ?, true)} in a transaction) shows exactly that city's rows; no
 * binding, or an empty one, shows none; a bound city can neither change, delete, insert nor move
 * rows of another city; the binding dies with its transaction; and the role cannot truncate,
 * disable or switch off row-level security, become the owner, or rewrite the append-only audit
 * trail. Everything it changes is rolled back.
 */
class RowLevelSecurityIT extends PlatformIT {
  private static final String A = "marrakech-safi";
  private static final String B = "souss-massa";
  private static final List<String> TENANT_TABLES =
      List.of("pole", "programme", "programme_intake", "audit_event");

  /** Tables the application role may update (audit_event is append-only). */
  private static final List<String> UPDATABLE_TABLES =
      List.of("pole", "programme", "programme_intake");

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
      if (!app.getAutoCommit()) {
        app.rollback();
      }
    } finally {
      app.close();
    }
  }

  @Test
  void noTenantBoundMeansNoRows() throws SQLException {
    for (String table : TENANT_TABLES) {
      assertTrue(
          countAsSuperuser(table, A) > 0 && countAsSuperuser(table, B) > 0,
          () -> "demo data missing in " + table);
      assertEquals(0, count(table), () -> table + " without a tenant bound");
    }
    bind("");
    for (String table : TENANT_TABLES) {
      assertEquals(0, count(table), () -> table + " with app.tenant_id = ''");
    }
  }

  @Test
  void boundTenantSeesAllAndOnlyItsOwnRows() throws SQLException {
    for (String tenant : List.of(A, B)) {
      bind(tenant);
      for (String table : TENANT_TABLES) {
        long expected = countAsSuperuser(table, tenant);
        assertTrue(expected > 0, () -> "demo data missing in " + table + " for " + tenant);
        assertEquals(expected, count(table), () -> table + " bound to " + tenant);
        assertEquals(
            List.of(tenant),
            strings("select distinct tenant_id from " + table),
            () -> "tenants visible in " + table + " when bound to " + tenant);
      }
      app.rollback();
    }
  }

  @Test
  void boundTenantCannotUpdateAnotherTenantsRows() throws SQLException {
    bind(A);
    for (String table : UPDATABLE_TABLES) {
      String sql = "update " + table + " set version = version + 1 where tenant_id = ? and id = ?";
      assertEquals(
          0, execute(sql, B, anyIdAsSuperuser(table, B)), () -> "update of " + B + " in " + table);
      assertEquals(
          1,
          execute(sql, A, anyIdAsSuperuser(table, A)),
          () -> "the same update of an own row in " + table);
      assertEquals(
          0,
          execute(
              "update " + table + " set version = version + 1 where id = ?",
              anyIdAsSuperuser(table, B)),
          () -> "update of a row of " + B + " by id alone in " + table);
    }
  }

  @Test
  void boundTenantCannotDeleteAnotherTenantsRows() throws SQLException {
    bind(A);
    String sql = "delete from programme_intake where id = ?";
    assertEquals(0, execute(sql, anyIdAsSuperuser("programme_intake", B)), "delete of B's intake");
    assertEquals(1, execute(sql, anyIdAsSuperuser("programme_intake", A)), "delete of an own one");
  }

  @Test
  void insertForAnotherTenantIsRejected() throws SQLException {
    bind(A);
    assertRejected(insertPole(), B, UUID.randomUUID());
    bind(A);
    assertRejected(insertAudit(), B, UUID.randomUUID(), UUID.randomUUID());

    assertRejected(insertPole(), A, UUID.randomUUID()); // no tenant bound: not even A's own

    bind(A);
    assertEquals(1, execute(insertPole(), A, UUID.randomUUID()), "insert of an own pole");
    assertEquals(
        1, execute(insertAudit(), A, UUID.randomUUID(), UUID.randomUUID()), "own audit event");
  }

  @Test
  void updateCannotMoveARowToAnotherTenant() throws SQLException {
    for (String table : UPDATABLE_TABLES) {
      bind(A);
      SQLException rejected =
          assertRejected(
              "update " + table + " set tenant_id = ? where id = ?", B, anyIdAsSuperuser(table, A));
      // Refused twice over: tenant_id is not an updatable column for the application role, and
      // the policy's WITH CHECK would refuse the moved row anyway.
      assertTrue(
          rejected.getMessage().contains("permission denied")
              || rejected.getMessage().contains("row-level security"),
          () -> rejected.getMessage());
    }
  }

  @Test
  void tenantAndIdAreNotUpdatableColumns() throws SQLException {
    try (Connection superuser = TestPlatform.get().asSuperuser();
        PreparedStatement query =
            superuser.prepareStatement(
                "select has_column_privilege(?, ?, 'tenant_id', 'UPDATE'),"
                    + " has_column_privilege(?, ?, 'id', 'UPDATE'),"
                    + " has_table_privilege(?, ?, 'UPDATE')")) {
      String app = TestPlatform.get().database().roles().app();
      for (String table : UPDATABLE_TABLES) {
        query.setString(1, app);
        query.setString(2, table);
        query.setString(3, app);
        query.setString(4, table);
        query.setString(5, app);
        query.setString(6, table);
        try (ResultSet row = query.executeQuery()) {
          row.next();
          assertFalse(row.getBoolean(1), table + ".tenant_id is updatable");
          assertFalse(row.getBoolean(2), table + ".id is updatable");
          assertFalse(row.getBoolean(3), table + " has a table-wide UPDATE grant");
        }
      }
    }
  }

  @Test
  void tenantSettingDiesWithItsTransaction() throws SQLException {
    bind(A);
    assertTrue(count("pole") > 0, "bound to " + A);
    app.commit();
    String after = strings("select current_setting('app.tenant_id', true)").get(0);
    assertTrue(after == null || after.isEmpty(), () -> "setting after commit: " + after);
    assertEquals(0, count("pole"), "rows after commit on the same connection");
    app.rollback();

    // Bound outside any transaction block, the setting is gone before the next statement.
    app.setAutoCommit(true);
    bind(A);
    assertEquals(0, count("pole"), "rows after binding in autocommit mode");
  }

  @Test
  void applicationRoleCannotTruncate() throws SQLException {
    for (String table : TENANT_TABLES) {
      bind(A);
      assertRejected("truncate " + table);
    }
  }

  @Test
  void applicationRoleCannotTakeRowLevelSecurityOff() throws SQLException {
    for (String table : TENANT_TABLES) {
      for (String sql :
          List.of(
              "alter table " + table + " disable row level security",
              "alter table " + table + " no force row level security",
              "drop policy tenant_isolation on " + table,
              "create policy everyone on " + table + " using (true) with check (true)")) {
        bind(A);
        assertRejected(sql);
      }
    }
  }

  @Test
  void rowSecurityOffIsRefusedNotObeyed() throws SQLException {
    for (String tenant : List.of("", A)) {
      for (String table : TENANT_TABLES) {
        bind(tenant);
        execute("set local row_security = off");
        SQLException refused = assertRejected("select count(*) from " + table);
        assertTrue(refused.getMessage().contains("row-level security policy"), refused::getMessage);
      }
    }
  }

  @Test
  void applicationRoleCannotBecomeTheOwner() throws SQLException {
    String owner = testPlatform().database().roles().owner();
    assertRejected("set role " + owner);
    assertRejected("set session authorization " + owner);
  }

  @Test
  void auditTrailIsAppendOnly() throws SQLException {
    UUID event = anyIdAsSuperuser("audit_event", A);
    bind(A);
    assertEquals(
        1,
        strings("select summary from audit_event where id = ?", event).size(),
        "the event is visible to its own city");
    assertRejected("update audit_event set summary = 'rewritten' where id = ?", event);
    bind(A);
    assertRejected("delete from audit_event where id = ?", event);
  }

  private void bind(String tenant) throws SQLException {
    try (PreparedStatement statement =
        app.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
      statement.setString(1, tenant);
      try (ResultSet result = statement.executeQuery()) {
        assertTrue(result.next());
        assertEquals(tenant, result.getString(1));
      }
    }
  }

  private long count(String table) throws SQLException {
    try (PreparedStatement query = app.prepareStatement("select count(*) from " + table);
        ResultSet result = query.executeQuery()) {
      assertTrue(result.next());
      return result.getLong(1);
    }
  }

  private List<String> strings(String sql, Object... parameters) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = app.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
    }
    return values;
  }

  private int execute(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = app.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
      return statement.getUpdateCount();
    }
  }

  /**
   * Runs {@code sql} in the current transaction, asserts PostgreSQL refused it as an insufficient
   * privilege (42501, which is also row-level security's violation code), then rolls back the
   * aborted transaction.
   */
  private SQLException assertRejected(String sql, Object... parameters) throws SQLException {
    SQLException refused = assertThrows(SQLException.class, () -> execute(sql, parameters), sql);
    app.rollback();
    assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), () -> sql + ": " + refused);
    return refused;
  }

  private static String insertPole() {
    return "insert into pole (tenant_id, id, version, code, name_fr, name_ar, sector_code)"
        + " values (?, ?, 1, 'RLS-PROBE', 'Sonde RLS', 'مسبار', 'digital-ai')";
  }

  private static String insertAudit() {
    return "insert into audit_event (tenant_id, id, occurred_at, actor, action, entity_type,"
        + " entity_id, summary) values (?, ?, now(), 'rls-probe', 'PROBE', 'pole', ?, 'probe')";
  }

  private static long countAsSuperuser(String table, String tenant) throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser();
        PreparedStatement query =
            superuser.prepareStatement("select count(*) from " + table + " where tenant_id = ?")) {
      query.setString(1, tenant);
      try (ResultSet result = query.executeQuery()) {
        assertTrue(result.next());
        return result.getLong(1);
      }
    }
  }

  private static UUID anyIdAsSuperuser(String table, String tenant) throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser();
        PreparedStatement query =
            superuser.prepareStatement(
                "select id from " + table + " where tenant_id = ? order by id limit 1")) {
      query.setString(1, tenant);
      try (ResultSet result = query.executeQuery()) {
        assertTrue(result.next(), () -> "no row of " + tenant + " in " + table);
        return result.getObject(1, UUID.class);
      }
    }
  }
}
