-- The one way a tenant table gets its database-side lock. Every migration that creates a table
-- with tenant_id ends with: SELECT platform_isolate_tenant_table('the_table');
-- ENABLE + FORCE (so the table owner is held too), and one policy whose USING and WITH CHECK
-- compare tenant_id with the transaction-local setting app.tenant_id. An unset or empty setting
-- matches no row. The catalog guard test fails the build for any tenant table this was not run on.
-- It also makes tenant_id and id immutable for every role granted UPDATE on the table (call it
-- after the GRANTs): the table-wide UPDATE becomes UPDATE on every other column, so a row can
-- neither move to another city (WITH CHECK refuses that too) nor change identity.
CREATE FUNCTION platform_isolate_tenant_table(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  grantee text;
  updatable text;
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s AS PERMISSIVE FOR ALL TO PUBLIC '
    || 'USING (tenant_id = current_setting(''app.tenant_id'', true)) '
    || 'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))',
    target);
  FOR grantee IN
    SELECT DISTINCT g.grantee::regrole::text
    FROM pg_class c, aclexplode(c.relacl) g
    WHERE c.oid = target AND g.privilege_type = 'UPDATE' AND g.grantee <> c.relowner
  LOOP
    SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO updatable
    FROM pg_attribute
    WHERE attrelid = target AND attnum > 0 AND NOT attisdropped AND attname NOT IN ('tenant_id', 'id');
    EXECUTE format('REVOKE UPDATE ON %s FROM %s', target, grantee);
    EXECUTE format('GRANT UPDATE (%s) ON %s TO %s', updatable, target, grantee);
  END LOOP;
END
$$;

REVOKE ALL ON FUNCTION platform_isolate_tenant_table(regclass) FROM PUBLIC;
