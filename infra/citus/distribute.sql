-- Distributes the platform's schema on a Citus cluster (docs/citus.md, ADR 0020). Run as a
-- superuser on the coordinator, in the platform's database, after Flyway has migrated it and
-- while no server is running:
--   psql -d cmc -v ON_ERROR_STOP=1 -f infra/citus/distribute.sql
-- Needs: CREATE EXTENSION citus in this database on every node, the workers added
-- (citus_add_node) and the coordinator registered (citus_set_coordinator_host), because the
-- stores above the cities stay on the coordinator as Citus-managed local tables.
-- Idempotent: a table that is already a Citus table is left alone, so it can be run again after
-- a migration that created new tables.
--
-- * reference tables: the shared catalogues (region, tenant, sector), copied to every node, so
--   a city's tables keep their foreign keys to them and join them on the worker;
-- * distributed by tenant_id, all co-located: every table with a tenant_id column (a city's
--   data), in foreign-key order, so a city's rows of every table sit in the same shard group and
--   the composite keys (tenant_id, id) / (tenant_id, x_id) stay enforceable;
-- * Citus-managed local tables on the coordinator: the consolidation, hq and region_audit
--   stores (keyed by store or city_code, written by the consumers, small);
-- * plain local: Flyway's history, which only Flyway reads and writes, on the coordinator.
-- Superuser, not the owner: the owner is held by FORCE ROW LEVEL SECURITY, and copying a
-- table's existing rows into its shards reads them as the caller.

-- Without this, making region a reference table would turn every table that references it,
-- directly or not (tenant, then every city table), into a Citus local table on the coordinator,
-- and tenant could then no longer become a reference table (trial: "relation tenant_102009 is a
-- shard relation").
SET citus.enable_local_reference_table_foreign_keys = off;
-- ledger_entry and ledger_digest carry a statement trigger that refuses UPDATE, DELETE and
-- TRUNCATE (ADR 0014); Citus refuses to distribute a table with triggers unless told they are
-- safe. This one is: it reads nothing and only raises, so running it on each shard, on the
-- worker, refuses the change there (checked in the trial, docs/citus.md).
SET citus.enable_unsafe_triggers = on;

DO $$
DECLARE
  t regclass;
  pending regclass[];
  progressed boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
    RAISE EXCEPTION 'the citus extension is not installed in database %', current_database();
  END IF;

  FOREACH t IN ARRAY ARRAY['public.region', 'public.tenant', 'public.sector']::regclass[] LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = t) THEN
      PERFORM create_reference_table(t);
    END IF;
  END LOOP;

  -- The tenant tables not yet distributed.
  SELECT coalesce(array_agg(c.oid::regclass), '{}') INTO pending
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
  WHERE c.relkind = 'r' AND n.nspname = 'public'
    AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid);

  -- Referenced before referencing: distribute a table once every table it references (other
  -- than itself) is already a Citus table.
  LOOP
    EXIT WHEN cardinality(pending) = 0;
    progressed := false;
    FOREACH t IN ARRAY pending LOOP
      IF NOT EXISTS (
        SELECT 1 FROM pg_constraint k
        WHERE k.conrelid = t AND k.contype = 'f' AND k.confrelid <> t
          AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = k.confrelid)
      ) THEN
        -- 'default': every table distributed by a text column with the default shard count
        -- joins one co-location group; the report below shows its id for each table.
        PERFORM create_distributed_table(t, 'tenant_id', colocate_with => 'default');
        pending := array_remove(pending, t);
        progressed := true;
      END IF;
    END LOOP;
    IF NOT progressed THEN
      RAISE EXCEPTION 'cannot order the distribution of %: a referenced table is not a Citus table', pending;
    END IF;
  END LOOP;
END
$$;

-- Everything else in the platform's schemas stays on the coordinator, but as Citus-managed
-- local tables: their foreign keys to tenant must point at the coordinator's copy of the
-- reference table. One statement per transaction (psql's \gexec, autocommit): in one transaction
-- Citus refused a second conversion ("relation figure_105701 is a shard relation") and a
-- conversion after the distribution ("cannot ALTER TABLE ... because it has pending trigger
-- events"). A table's cascade takes the tables linked to it by foreign keys, hence the guard.
SELECT format('SELECT citus_add_local_table_to_metadata(%L, cascade_via_foreign_keys => true)'
              || ' WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = %L::regclass)',
              c.oid::regclass, c.oid::regclass)
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND n.nspname IN ('public', 'consolidation', 'hq', 'region_audit')
  AND c.relname <> 'flyway_schema_history'
  AND NOT EXISTS (SELECT 1 FROM pg_dist_partition p WHERE p.logicalrelid = c.oid)
ORDER BY 1 \gexec

-- What each table became: d = distributed (by tenant_id), n = reference, local = coordinator.
SELECT c.oid::regclass AS table_name,
       coalesce(CASE p.partmethod WHEN 'h' THEN 'distributed' WHEN 'n' THEN
         CASE WHEN p.repmodel = 't' THEN 'reference' ELSE 'citus local' END END, 'plain local') AS kind,
       p.colocationid
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_dist_partition p ON p.logicalrelid = c.oid
WHERE c.relkind IN ('r', 'p') AND n.nspname IN ('public', 'consolidation', 'hq', 'region_audit')
ORDER BY 2, 1;
