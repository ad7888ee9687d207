-- Citus only (docs/citus.md, caveat 1). Run once as a superuser on the coordinator, in the
-- platform's database, after infra/citus/distribute.sql:
--   psql -d cmc -v app_role=cmc_app -f infra/citus/app-role.sql
-- Citus evaluates the row-level security policies on the workers. A transaction's
-- SET LOCAL app.tenant_id = '...' reaches them only when this is 'local' for the session that
-- runs it; set_config(...) never does. Per role and database, so no server setting is needed.
ALTER ROLE :"app_role" IN DATABASE :"DBNAME" SET citus.propagate_set_commands = 'local';
