-- After a large import the planner still holds the statistics of the tables before it: the figures
-- and consolidation queries that follow each import (wishes joined to applications) were planned as
-- nested loops over "a few hundred rows" and ran for minutes at national scale, until autovacuum
-- came by (docs/network-dataset.md). The import refreshes them when it finishes. Only a table's
-- owner may ANALYZE it (before PostgreSQL 17's MAINTAIN privilege), so the owner lends exactly that
-- to the application role: a function with no argument, fixed tables and a fixed search path.
-- Statistics are not data: pg_stats hides the rows of tables under row-level security.
CREATE FUNCTION admissions_refresh_statistics() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  ANALYZE applicant, application, application_wish;
END
$$;
REVOKE ALL ON FUNCTION admissions_refresh_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION admissions_refresh_statistics() TO ${app_role};
