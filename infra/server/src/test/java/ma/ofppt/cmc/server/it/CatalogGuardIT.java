package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import ma.ofppt.cmc.launcher.DatabaseRoles;
import org.junit.jupiter.api.Test;

/**
 * The build's guard against a migration that forgets tenant isolation. After every migration of the
 * real WAR has run, it reads PostgreSQL's catalog and proves that every table of schema {@code
 * public} with a {@code tenant_id} column has row-level security enabled and forced, a policy whose
 * {@code USING} and {@code WITH CHECK} both compare {@code tenant_id} with {@code app.tenant_id}
 * and no permissive policy that widens it; that its primary key and unique constraints lead with
 * {@code tenant_id} and its foreign keys to other tenant tables carry {@code tenant_id}; that views
 * are {@code security_invoker}; and that the application role can neither bypass nor tear down
 * row-level security (not superuser, no BYPASSRLS, owns nothing, no TRUNCATE, no CREATE, not a
 * member of the owner). Two more tests build broken objects and grant escaping privileges in
 * transactions that are rolled back, and prove the same check names each of them, so the guard is
 * known to fail.
 */
class CatalogGuardIT extends PlatformIT {
  /** Tables the migrations create today; the guard must see them, or its queries see nothing. */
  private static final List<String> KNOWN_TENANT_TABLES =
      List.of("public.audit_event", "public.pole", "public.programme", "public.programme_intake");

  /** {@code current_setting('app.tenant_id'...)} as pg_get_expr prints it. */
  private static final Pattern TENANT_SETTING =
      Pattern.compile("current_setting\\('app\\.tenant_id'(::text)?");

  /** {@code tenant_id} as one side of an equality. */
  private static final Pattern TENANT_COLUMN_COMPARED =
      Pattern.compile("(\\btenant_id\\)?\\s*=)|(=\\s*\\(?tenant_id\\b)");

  private static final String TENANT_TABLES =
      """
      select c.oid, format('%I.%I', n.nspname, c.relname) as name,
             c.relrowsecurity, c.relforcerowsecurity
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public'
        and c.relkind in ('r', 'p')
        and exists (select 1 from pg_attribute a
                    where a.attrelid = c.oid and a.attname = 'tenant_id'
                      and a.attnum > 0 and not a.attisdropped)
      order by 2
      """;

  private static final String POLICIES =
      """
      select p.polname, p.polpermissive, 0 = any (p.polroles) as to_public,
             pg_get_expr(p.polqual, p.polrelid) as using_expression,
             pg_get_expr(p.polwithcheck, p.polrelid) as check_expression
      from pg_policy p
      where p.polrelid = ?
      order by p.polname
      """;

  private static final String PRIMARY_KEY =
      """
      select con.conname, a.attname as first_column
      from pg_constraint con
      join pg_attribute a on a.attrelid = con.conrelid and a.attnum = con.conkey[1]
      where con.conrelid = ? and con.contype = 'p'
      """;

  /**
   * Unique indexes (and so unique constraints) other than the primary key. One that does not lead
   * with tenant_id lets a city learn, from a duplicate-key error, what another city stored.
   */
  private static final String UNIQUE_INDEXES =
      """
      select i.indexrelid::regclass::text as index_name,
             coalesce(a.attname, 'an expression') as first_column
      from pg_index i
      left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where i.indrelid = ? and i.indisunique and not i.indisprimary
      order by 1
      """;

  private static final String FOREIGN_KEYS_TO_TENANT_TABLES =
      """
      select con.conname, con.confrelid::regclass::text as target,
             exists (select 1
                     from unnest(con.conkey, con.confkey) as k (source, target)
                     join pg_attribute sa on sa.attrelid = con.conrelid and sa.attnum = k.source
                     join pg_attribute ta on ta.attrelid = con.confrelid and ta.attnum = k.target
                     where sa.attname = 'tenant_id' and ta.attname = 'tenant_id') as carries_tenant
      from pg_constraint con
      where con.conrelid = ? and con.contype = 'f'
        and exists (select 1 from pg_attribute a
                    where a.attrelid = con.confrelid and a.attname = 'tenant_id'
                      and a.attnum > 0 and not a.attisdropped)
      order by con.conname
      """;

  private static final String VIEWS =
      """
      select format('%I.%I', n.nspname, c.relname) as name, c.relkind,
             coalesce(c.reloptions::text, '') as options,
             exists (select 1 from unnest(c.reloptions) o
                     where lower(o) in ('security_invoker=true', 'security_invoker=on',
                                        'security_invoker=yes', 'security_invoker=1'))
               as security_invoker,
             exists (select 1 from pg_attribute a
                     where a.attrelid = c.oid and a.attname = 'tenant_id'
                       and a.attnum > 0 and not a.attisdropped) as has_tenant_id
      from pg_class c
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('v', 'm')
      order by 1
      """;

  @Test
  void everyTenantTableIsIsolatedByForcedRowLevelSecurity() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser()) {
      List<String> tables = tenantTables(superuser);
      assertTrue(
          tables.containsAll(KNOWN_TENANT_TABLES),
          () -> "the guard's catalog query misses tenant tables; it found only " + tables);
      List<String> violations = new ArrayList<>();
      tableIsolationViolations(superuser, violations);
      assertNoViolations(violations);
    }
  }

  @Test
  void everyTenantTableKeyLeadsWithTenantId() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser()) {
      List<String> violations = new ArrayList<>();
      keyViolations(superuser, violations);
      assertNoViolations(violations);
    }
  }

  @Test
  void everyViewIsSecurityInvoker() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser()) {
      List<String> violations = new ArrayList<>();
      viewViolations(superuser, violations);
      assertNoViolations(violations);
    }
  }

  @Test
  void applicationRoleCanNeitherBypassNorDismantleRowLevelSecurity() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser()) {
      List<String> violations = new ArrayList<>();
      roleViolations(superuser, roles(), violations);
      assertNoViolations(violations);
    }
  }

  @Test
  void wholeCatalogPassesTheGuard() throws SQLException {
    try (Connection superuser = testPlatform().asSuperuser()) {
      assertNoViolations(violations(superuser, roles()));
    }
  }

  @Test
  void guardNamesEveryTableAViewOrAGrantThatBreaksIsolation() throws SQLException {
    try (Connection owner = testPlatform().asOwner()) {
      owner.setAutoCommit(false);
      try {
        createBrokenObjects(owner);
        List<String> violations = violations(owner, roles());

        assertReported(
            violations, "public.rls_guard_probe_open", "row-level security is not enabled");
        assertReported(
            violations, "public.rls_guard_probe_open", "row-level security is not forced");
        assertReported(violations, "public.rls_guard_probe_open", "no policy");
        assertReported(violations, "public.rls_guard_probe_open", "TRUNCATE");
        assertReported(violations, "public.rls_guard_probe_everyone", "'true'");
        assertReported(violations, "public.rls_guard_probe_unbound", "app.tenant_id");
        assertReported(violations, "public.rls_guard_probe_parent", "primary key");
        assertReported(violations, "public.rls_guard_probe_keyless", "no primary key");
        assertReported(violations, "public.rls_guard_probe_unique", "rls_guard_probe_unique_code");
        assertReported(violations, "public.rls_guard_probe_child", "rls_guard_probe_child_parent");
        assertReported(violations, "public.rls_guard_probe_view", "security_invoker");
        assertReported(violations, "public.rls_guard_probe_snapshot", "materialized view");
        assertFalse(
            violations.stream().anyMatch(v -> v.contains("rls_guard_probe_invoker_view")),
            () -> "a security_invoker view was reported: " + violations);
        assertFalse(
            violations.stream().anyMatch(v -> v.startsWith("public.rls_guard_probe_isolated")),
            () -> "a correctly isolated table was reported: " + violations);
        assertTrue(
            violations.stream().allMatch(v -> v.contains("rls_guard_probe_")),
            () -> "the real schema has violations too: " + violations);
      } finally {
        owner.rollback();
      }
      try (Statement query = owner.createStatement();
          ResultSet left =
              query.executeQuery(
                  "select count(*) from pg_class where relname like 'rls\\_guard\\_probe\\_%'")) {
        assertTrue(left.next());
        assertEquals(0, left.getInt(1), "the probe objects outlived the rolled-back transaction");
      }
    }
  }

  @Test
  void guardNamesEveryPrivilegeThatLetsTheApplicationRoleEscape() throws SQLException {
    String app = roles().app();
    String owner = roles().owner();
    try (Connection superuser = testPlatform().asSuperuser()) {
      superuser.setAutoCommit(false);
      try (Statement ddl = superuser.createStatement()) {
        // Role changes are transactional: nothing here outlives the rollback below.
        ddl.execute("alter role " + quoted(app) + " superuser bypassrls");
        ddl.execute("alter role " + quoted(owner) + " superuser bypassrls");
        ddl.execute("grant " + quoted(owner) + " to " + quoted(app));
        ddl.execute("grant create on schema public to " + quoted(app));
        ddl.execute("create table rls_guard_probe_owned (id uuid primary key)");
        ddl.execute("alter table rls_guard_probe_owned owner to " + quoted(app));
        List<String> violations = violations(superuser, roles());

        assertReported(violations, "role " + app, "superuser");
        assertReported(violations, "role " + app, "BYPASSRLS");
        assertReported(violations, "role " + owner, "superuser");
        assertReported(violations, "role " + owner, "BYPASSRLS");
        assertReported(violations, "role " + app, "member of the owner role");
        assertReported(violations, "schema public", "CREATE");
        assertReported(violations, "public.rls_guard_probe_owned", "owned by the application role");
      } finally {
        superuser.rollback();
      }
      try (Statement query = superuser.createStatement();
          ResultSet after =
              query.executeQuery(
                  "select count(*) from pg_roles where rolname in ('"
                      + app.replace("'", "''")
                      + "', '"
                      + owner.replace("'", "''")
                      + "') and not rolsuper and not rolbypassrls")) {
        assertTrue(after.next());
        assertEquals(2, after.getInt(1), "the role changes outlived the rolled-back transaction");
      }
    }
  }

  /**
   * Everything that breaks tenant isolation, as seen through {@code catalog}'s connection (and its
   * open transaction, if any): one line per problem, each naming its table, view or role.
   */
  static List<String> violations(Connection catalog, DatabaseRoles roles) throws SQLException {
    List<String> violations = new ArrayList<>();
    tableIsolationViolations(catalog, violations);
    keyViolations(catalog, violations);
    viewViolations(catalog, violations);
    roleViolations(catalog, roles, violations);
    return violations;
  }

  static List<String> tenantTables(Connection catalog) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement query = catalog.createStatement();
        ResultSet rows = query.executeQuery(TENANT_TABLES)) {
      while (rows.next()) {
        names.add(rows.getString("name"));
      }
    }
    return names;
  }

  static void tableIsolationViolations(Connection catalog, List<String> violations)
      throws SQLException {
    try (Statement query = catalog.createStatement();
        ResultSet tables = query.executeQuery(TENANT_TABLES)) {
      while (tables.next()) {
        long oid = tables.getLong("oid");
        String table = tables.getString("name");
        if (!tables.getBoolean("relrowsecurity")) {
          violations.add(
              table
                  + ": row-level security is not enabled (run platform_isolate_tenant_table on"
                  + " it)");
        }
        if (!tables.getBoolean("relforcerowsecurity")) {
          violations.add(
              table + ": row-level security is not forced, so its owner is not held by it");
        }
        policyViolations(catalog, oid, table, violations);
      }
    }
  }

  private static void policyViolations(
      Connection catalog, long table, String name, List<String> violations) throws SQLException {
    boolean isolating = false;
    try (PreparedStatement query = catalog.prepareStatement(POLICIES)) {
      query.setLong(1, table);
      try (ResultSet policies = query.executeQuery()) {
        while (policies.next()) {
          String policy = policies.getString("polname");
          String using = policies.getString("using_expression");
          String check = policies.getString("check_expression");
          if (comparesTenant(using) && comparesTenant(check)) {
            isolating = true;
          }
          if (!policies.getBoolean("polpermissive")) {
            // A restrictive policy can only narrow what the permissive ones allow.
            continue;
          }
          String to = policies.getBoolean("to_public") ? "to everyone" : "to some roles";
          widening(name, policy, to, "USING", using, violations);
          widening(name, policy, to, "WITH CHECK", check, violations);
        }
      }
    }
    if (!isolating) {
      violations.add(
          name
              + ": no policy whose USING and WITH CHECK both compare tenant_id with"
              + " current_setting('app.tenant_id', true)");
    }
  }

  /** A permissive policy's expression that lets rows through regardless of the bound tenant. */
  private static void widening(
      String table,
      String policy,
      String to,
      String clause,
      String expression,
      List<String> violations) {
    if (expression == null) {
      return;
    }
    if (expression.strip().equalsIgnoreCase("true")) {
      violations.add(
          table
              + ": policy "
              + policy
              + " is permissive "
              + to
              + " with "
              + clause
              + " 'true', which opens every row");
    } else if (!comparesTenant(expression)) {
      violations.add(
          table
              + ": permissive policy "
              + policy
              + " ("
              + to
              + ") has a "
              + clause
              + " that does not compare tenant_id with app.tenant_id: "
              + expression
              + " (permissive policies are OR-ed, so it widens access)");
    }
  }

  private static boolean comparesTenant(String expression) {
    return expression != null
        && TENANT_SETTING.matcher(expression).find()
        && TENANT_COLUMN_COMPARED.matcher(expression).find();
  }

  static void keyViolations(Connection catalog, List<String> violations) throws SQLException {
    try (Statement query = catalog.createStatement();
        ResultSet tables = query.executeQuery(TENANT_TABLES)) {
      while (tables.next()) {
        long oid = tables.getLong("oid");
        String table = tables.getString("name");
        try (PreparedStatement primaryKey = catalog.prepareStatement(PRIMARY_KEY)) {
          primaryKey.setLong(1, oid);
          try (ResultSet key = primaryKey.executeQuery()) {
            if (!key.next()) {
              violations.add(table + ": no primary key (it must be (tenant_id, ...))");
            } else if (!"tenant_id".equals(key.getString("first_column"))) {
              violations.add(
                  table
                      + ": primary key "
                      + key.getString("conname")
                      + " starts with "
                      + key.getString("first_column")
                      + ", not tenant_id");
            }
          }
        }
        try (PreparedStatement uniqueIndexes = catalog.prepareStatement(UNIQUE_INDEXES)) {
          uniqueIndexes.setLong(1, oid);
          try (ResultSet indexes = uniqueIndexes.executeQuery()) {
            while (indexes.next()) {
              if (!"tenant_id".equals(indexes.getString("first_column"))) {
                violations.add(
                    table
                        + ": unique index "
                        + indexes.getString("index_name")
                        + " starts with "
                        + indexes.getString("first_column")
                        + ", not tenant_id, so a duplicate-key error reveals another tenant's"
                        + " values");
              }
            }
          }
        }
        try (PreparedStatement foreignKeys =
            catalog.prepareStatement(FOREIGN_KEYS_TO_TENANT_TABLES)) {
          foreignKeys.setLong(1, oid);
          try (ResultSet keys = foreignKeys.executeQuery()) {
            while (keys.next()) {
              if (!keys.getBoolean("carries_tenant")) {
                violations.add(
                    table
                        + ": foreign key "
                        + keys.getString("conname")
                        + " to tenant table "
                        + keys.getString("target")
                        + " does not pair tenant_id with tenant_id");
              }
            }
          }
        }
      }
    }
  }

  static void viewViolations(Connection catalog, List<String> violations) throws SQLException {
    try (Statement query = catalog.createStatement();
        ResultSet views = query.executeQuery(VIEWS)) {
      while (views.next()) {
        String view = views.getString("name");
        if ("m".equals(views.getString("relkind"))) {
          if (views.getBoolean("has_tenant_id")) {
            violations.add(
                view
                    + ": materialized view with tenant_id; it stores every tenant's rows and row-level"
                    + " security cannot apply to it");
          }
        } else if (!views.getBoolean("security_invoker")) {
          violations.add(
              view
                  + ": view without security_invoker=true (options: "
                  + views.getString("options")
                  + "), so it reads tables with its owner's rights");
        }
      }
    }
  }

  static void roleViolations(Connection catalog, DatabaseRoles roles, List<String> violations)
      throws SQLException {
    String app = roles.app();
    String owner = roles.owner();
    for (String role : List.of(app, owner)) {
      try (PreparedStatement query =
          catalog.prepareStatement(
              "select rolsuper, rolbypassrls from pg_roles where rolname = ?")) {
        query.setString(1, role);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            violations.add("role " + role + ": does not exist");
            continue;
          }
          if (row.getBoolean("rolsuper")) {
            violations.add(
                "role " + role + ": is a superuser, so row-level security never applies");
          }
          if (row.getBoolean("rolbypassrls")) {
            violations.add("role " + role + ": has BYPASSRLS");
          }
        }
      }
    }
    forEachRow(
        catalog,
        """
        select format('%I.%I', n.nspname, c.relname)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relowner = (select oid from pg_roles where rolname = ?)
        order by 1
        """,
        app,
        relation ->
            violations.add(
                relation + ": owned by the application role " + app + ", which may then alter it"));
    forEachRow(
        catalog,
        """
        select nspname from pg_namespace
        where nspowner = (select oid from pg_roles where rolname = ?)
        order by 1
        """,
        app,
        schema -> violations.add("schema " + schema + ": owned by the application role " + app));
    forEachRow(
        catalog,
        """
        select format('%I.%I', n.nspname, c.relname)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and has_table_privilege(?, c.oid, 'TRUNCATE')
        order by 1
        """,
        app,
        table ->
            violations.add(
                table
                    + ": the application role "
                    + app
                    + " has TRUNCATE, which ignores row-level security"));
    forEachRow(
        catalog,
        """
        select nspname from pg_namespace
        where has_schema_privilege(?, oid, 'CREATE')
        order by 1
        """,
        app,
        schema ->
            violations.add(
                "schema " + schema + ": the application role " + app + " may CREATE in it"));
    try (PreparedStatement query = catalog.prepareStatement("select pg_has_role(?, ?, 'MEMBER')")) {
      query.setString(1, app);
      query.setString(2, owner);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "pg_has_role answered nothing");
        if (row.getBoolean(1)) {
          violations.add("role " + app + ": is a member of the owner role " + owner);
        }
      }
    }
    forEachRow(
        catalog,
        """
        select r.rolname from pg_roles r
        where (r.rolsuper or r.rolbypassrls) and r.rolname <> ?
          and pg_has_role(?, r.oid, 'MEMBER')
        order by 1
        """,
        app,
        privileged ->
            violations.add(
                "role "
                    + app
                    + ": is a member of "
                    + privileged
                    + ", a superuser or BYPASSRLS role"));
  }

  /** Runs {@code sql}, whose every {@code ?} is {@code parameter}, over each first column. */
  private static void forEachRow(
      Connection catalog, String sql, String parameter, Consumer<String> action)
      throws SQLException {
    try (PreparedStatement query = catalog.prepareStatement(sql)) {
      int parameters = query.getParameterMetaData().getParameterCount();
      for (int i = 1; i <= parameters; i++) {
        query.setString(i, parameter);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          action.accept(rows.getString(1));
        }
      }
    }
  }

  /** As the owner, in its open transaction: one object for each way of breaking isolation. */
  private static void createBrokenObjects(Connection owner) throws SQLException {
    String app = quoted(roles().app());
    try (Statement ddl = owner.createStatement()) {
      // A tenant table someone forgot to isolate, then granted TRUNCATE on.
      ddl.execute(
          "create table rls_guard_probe_open (tenant_id text not null, id uuid not null,"
              + " primary key (tenant_id, id))");
      ddl.execute("grant select, truncate on rls_guard_probe_open to " + app);
      // Isolated properly: must not be reported.
      ddl.execute(
          "create table rls_guard_probe_isolated (tenant_id text not null, id uuid not null,"
              + " primary key (tenant_id, id))");
      ddl.execute("select platform_isolate_tenant_table('rls_guard_probe_isolated')");
      // Isolated, then opened again by a permissive policy that is always true.
      ddl.execute(
          "create table rls_guard_probe_everyone (tenant_id text not null, id uuid not null,"
              + " primary key (tenant_id, id))");
      ddl.execute("select platform_isolate_tenant_table('rls_guard_probe_everyone')");
      ddl.execute(
          "create policy everyone on rls_guard_probe_everyone using (true) with check (true)");
      // Enabled and forced, but its only policy ignores the bound tenant.
      ddl.execute(
          "create table rls_guard_probe_unbound (tenant_id text not null, id uuid not null,"
              + " primary key (tenant_id, id))");
      ddl.execute("alter table rls_guard_probe_unbound enable row level security");
      ddl.execute("alter table rls_guard_probe_unbound force row level security");
      ddl.execute(
          "create policy by_owner_name on rls_guard_probe_unbound"
              + " using (tenant_id = current_user) with check (tenant_id = current_user)");
      // Keys: a primary key without tenant_id, no primary key, a foreign key without tenant_id, a
      // unique constraint across tenants.
      ddl.execute(
          "create table rls_guard_probe_parent (tenant_id text not null, id uuid primary key)");
      ddl.execute("select platform_isolate_tenant_table('rls_guard_probe_parent')");
      ddl.execute(
          "create table rls_guard_probe_unique (tenant_id text not null, id uuid not null,"
              + " code text not null, primary key (tenant_id, id),"
              + " constraint rls_guard_probe_unique_code unique (code))");
      ddl.execute("select platform_isolate_tenant_table('rls_guard_probe_unique')");
      ddl.execute("create table rls_guard_probe_keyless (tenant_id text not null, id uuid)");
      ddl.execute("select platform_isolate_tenant_table('rls_guard_probe_keyless')");
      ddl.execute(
          "create table rls_guard_probe_child (tenant_id text not null, id uuid not null,"
              + " parent_id uuid not null,"
              + " primary key (tenant_id, id),"
              + " constraint rls_guard_probe_child_parent foreign key (parent_id)"
              + " references rls_guard_probe_parent (id))");
      ddl.execute("select platform_isolate_tenant_table('rls_guard_probe_child')");
      // Views: one that reads with its owner's rights, one that does not; a materialized copy.
      ddl.execute(
          "create view rls_guard_probe_view as select tenant_id, id from rls_guard_probe_isolated");
      ddl.execute(
          "create view rls_guard_probe_invoker_view with (security_invoker = true)"
              + " as select tenant_id, id from rls_guard_probe_isolated");
      ddl.execute(
          "create materialized view rls_guard_probe_snapshot as"
              + " select tenant_id, id from rls_guard_probe_open");
    }
  }

  private static void assertReported(List<String> violations, String table, String fragment) {
    assertTrue(
        violations.stream().anyMatch(v -> v.startsWith(table + ":") && v.contains(fragment)),
        () ->
            "expected a violation of " + table + " mentioning " + fragment + "; got " + violations);
  }

  private static void assertNoViolations(List<String> violations) {
    assertTrue(
        violations.isEmpty(),
        () -> "tenant isolation is broken:\n  " + String.join("\n  ", violations));
  }

  private static DatabaseRoles roles() {
    return testPlatform().database().roles();
  }

  private static String quoted(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
