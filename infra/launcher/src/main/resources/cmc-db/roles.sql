-- The two roles of a cmc-platform database. Run once as a superuser (psql variables shown; the dev
-- launcher substitutes them itself):
--   psql -v owner_role=cmc_owner -v owner_password=... -v app_role=cmc_app -v app_password=... -f roles.sql
--
-- The owner runs the migrations and owns every table. The application role is what the server
-- connects as: not the owner, not a superuser, no BYPASSRLS, no CREATEROLE/CREATEDB, so row-level
-- security always applies to it. Its table privileges come from the migrations, never TRUNCATE.
SELECT set_config('cmc.owner_role', :'owner_role', false),
       set_config('cmc.owner_password', :'owner_password', false),
       set_config('cmc.app_role', :'app_role', false),
       set_config('cmc.app_password', :'app_password', false);

DO $$
DECLARE
  owner_role text := current_setting('cmc.owner_role');
  app_role text := current_setting('cmc.app_role');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', owner_role);
  END IF;
  EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION PASSWORD %L',
                 owner_role, current_setting('cmc.owner_password'));

  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', app_role);
  END IF;
  EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS NOREPLICATION PASSWORD %L',
                 app_role, current_setting('cmc.app_password'));
END
$$;
