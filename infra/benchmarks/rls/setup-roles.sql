-- Run as a superuser on the benchmark's database, after the platform migrated it: the role that
-- sees past row-level security, for the "without RLS" side of rls-cost.sh. It inherits exactly the
-- application role's privileges (member of it) and adds only BYPASSRLS. Benchmark only: the
-- platform itself never has such a role (ADR 0003).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cmc_bench_bypass') THEN
    CREATE ROLE cmc_bench_bypass;
  END IF;
END
$$;
ALTER ROLE cmc_bench_bypass LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB BYPASSRLS INHERIT;
GRANT cmc_app TO cmc_bench_bypass;
