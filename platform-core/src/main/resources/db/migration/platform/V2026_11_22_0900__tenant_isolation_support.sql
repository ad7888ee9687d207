-- The one way a tenant table gets its database-side lock. Every migration that creates a table
-- with tenant_id ends with: SELECT platform_isolate_tenant_table('the_table');
-- ENABLE + FORCE (so the table owner is held too), and one policy whose USING and WITH CHECK
-- compare tenant_id with the transaction-local setting app.tenant_id. An unset or empty setting
-- matches no row. The catalog guard test fails the build for any tenant table this was not run on.
CREATE FUNCTION platform_isolate_tenant_table(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s AS PERMISSIVE FOR ALL TO PUBLIC '
    || 'USING (tenant_id = current_setting(''app.tenant_id'', true)) '
    || 'WITH CHECK (tenant_id = current_setting(''app.tenant_id'', true))',
    target);
END
$$;

REVOKE ALL ON FUNCTION platform_isolate_tenant_table(regclass) FROM PUBLIC;
