-- HQ's national store (issue 6, ADR 0017): what the cities' relays deliver to HQ, and what HQ does
-- with it. HQ analysts read only this schema, never a city's tables.
--
-- Every table is held by the forced store policy (platform_isolate_store_table, ADR 0016): only a
-- transaction that ConsolidationStores bound to app.store = 'hq' sees or writes a row; a city's
-- transaction and a region's see nothing. One table, hq.period_event, has a second policy, for
-- SELECT only: a city's transaction sees the rows about itself (a city sees when HQ closed or
-- reopened one of its periods, and why).
--
-- The application role gets only what the code does: no TRUNCATE anywhere, no UPDATE or DELETE on
-- the append-only history (period events, digests, reconciliation differences).
CREATE SCHEMA hq;
GRANT USAGE ON SCHEMA hq TO ${app_role};

-- Per city and figure source: the snapshot HQ applied last. A snapshot is applied only when its
-- computed_at is newer than this one (messages may arrive out of order, or twice under new ids).
-- changed_since is the oldest city change the snapshot carries (null for a scheduled full
-- snapshot); applied_at - coalesce(changed_since, computed_at) is the consolidation lag.
CREATE TABLE hq.source_state (
  city_code      text NOT NULL REFERENCES public.tenant (code),
  source         text NOT NULL CHECK (source ~ '^[a-z][a-z0-9-]{0,59}$'),
  computed_at    timestamptz NOT NULL,
  changed_since  timestamptz,
  applied_at     timestamptz NOT NULL,
  message_id     uuid NOT NULL,
  figure_count   integer NOT NULL CHECK (figure_count >= 0),
  received_at    timestamptz NOT NULL,
  stale_received bigint NOT NULL DEFAULT 0 CHECK (stale_received >= 0),
  PRIMARY KEY (city_code, source)
);
GRANT SELECT, INSERT,
      UPDATE (computed_at, changed_since, applied_at, message_id, figure_count, received_at,
              stale_received)
  ON hq.source_state TO ${app_role};
SELECT platform_isolate_store_table('hq.source_state', '''hq''');

-- The figures HQ serves: per city and source, the latest snapshot's figures, except in the periods
-- HQ closed for that city, which keep the values they had when closed. Dimensions a figure does
-- not have are empty strings (never null), so that they group and key cleanly. value is an exact
-- numeric with no declared scale: HQ stores what the city computed, to the last digit.
CREATE TABLE hq.figure (
  city_code  text NOT NULL,
  source     text NOT NULL,
  period     text NOT NULL CHECK (period ~ '^(intake:[0-9]{4}-[0-9]{4}|fiscal:[0-9]{4})$'),
  sector     text NOT NULL,
  pole       text NOT NULL,
  level      text NOT NULL,
  funder     text NOT NULL,
  category   text NOT NULL,
  measure    text NOT NULL CHECK (measure ~ '^[a-z][a-z0-9-]{0,59}$'),
  value      numeric NOT NULL,
  PRIMARY KEY (city_code, source, period, measure, sector, pole, level, funder, category),
  FOREIGN KEY (city_code, source) REFERENCES hq.source_state (city_code, source)
);
CREATE INDEX figure_period ON hq.figure (period, measure);
GRANT SELECT, INSERT, DELETE ON hq.figure TO ${app_role};
SELECT platform_isolate_store_table('hq.figure', '''hq''');

-- The latest snapshot received per city and source, whole, closed periods included (the shape of
-- hq.figure): what a reopened period shows at once, without waiting for the city to change
-- something.
CREATE TABLE hq.received_figure (
  LIKE hq.figure INCLUDING ALL,
  FOREIGN KEY (city_code, source) REFERENCES hq.source_state (city_code, source)
);
CREATE INDEX received_figure_period ON hq.received_figure (city_code, period);
GRANT SELECT, INSERT, DELETE ON hq.received_figure TO ${app_role};
SELECT platform_isolate_store_table('hq.received_figure', '''hq''');

-- The periods HQ has closed, per city: a row exists while the period is closed.
CREATE TABLE hq.closed_period (
  city_code  text NOT NULL REFERENCES public.tenant (code),
  period     text NOT NULL CHECK (period ~ '^(intake:[0-9]{4}-[0-9]{4}|fiscal:[0-9]{4})$'),
  closed_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  closed_by  text NOT NULL CHECK (length(closed_by) BETWEEN 1 AND 200),
  PRIMARY KEY (city_code, period)
);
GRANT SELECT, INSERT, DELETE ON hq.closed_period TO ${app_role};
SELECT platform_isolate_store_table('hq.closed_period', '''hq''');

-- Every close and reopen, who and why; append-only. A reopen always has a written reason.
CREATE TABLE hq.period_event (
  id           uuid PRIMARY KEY,
  city_code    text NOT NULL REFERENCES public.tenant (code),
  period       text NOT NULL CHECK (period ~ '^(intake:[0-9]{4}-[0-9]{4}|fiscal:[0-9]{4})$'),
  action       text NOT NULL CHECK (action IN ('CLOSED', 'REOPENED')),
  actor        text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
  reason       text CHECK (length(reason) BETWEEN 1 AND 2000 AND reason = btrim(reason)),
  occurred_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT period_event_reopen_has_reason CHECK (action <> 'REOPENED' OR reason IS NOT NULL)
);
CREATE INDEX period_event_city ON hq.period_event (city_code, occurred_at);
GRANT SELECT, INSERT ON hq.period_event TO ${app_role};
SELECT platform_isolate_store_table('hq.period_event', '''hq''');
-- The city's read: only while no store is bound (a city's own transaction), only its own rows,
-- only SELECT (the store policy alone decides what may be written).
CREATE POLICY city_reads_its_period_events ON hq.period_event AS PERMISSIVE FOR SELECT TO PUBLIC
  USING (coalesce(current_setting('app.store', true), '') = ''
         AND current_setting('app.tenant_id', true) = city_code);

-- The cities' signed ledger digests (ADR 0014), kept as received; each was verified against the
-- public key it came with before it was kept.
CREATE TABLE hq.ledger_digest (
  city_code    text NOT NULL REFERENCES public.tenant (code),
  id           uuid NOT NULL,
  entry_count  bigint NOT NULL CHECK (entry_count >= 0),
  head_hash    text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  produced_at  timestamptz NOT NULL,
  key_id       text NOT NULL CHECK (key_id ~ '^[0-9a-f]{64}$'),
  signature    text NOT NULL CHECK (length(signature) BETWEEN 1 AND 200),
  public_key   text NOT NULL CHECK (length(public_key) BETWEEN 1 AND 1000),
  received_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (city_code, id)
);
CREATE INDEX ledger_digest_latest ON hq.ledger_digest (city_code, produced_at);
GRANT SELECT, INSERT ON hq.ledger_digest TO ${app_role};
SELECT platform_isolate_store_table('hq.ledger_digest', '''hq''');

-- Reconciliation: the product checks its own consolidation. A run computes every active city's
-- figures on the city's side and compares them with HQ's, per city, source, period and measure.
CREATE TABLE hq.reconciliation_run (
  id            uuid PRIMARY KEY,
  origin        text NOT NULL CHECK (origin IN ('SCHEDULED', 'ON_DEMAND')),
  requested_by  text NOT NULL CHECK (length(requested_by) BETWEEN 1 AND 200),
  started_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at   timestamptz,
  status        text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'FAILED')),
  cities        integer NOT NULL DEFAULT 0 CHECK (cities >= 0),
  compared      bigint NOT NULL DEFAULT 0 CHECK (compared >= 0),
  differences   integer NOT NULL DEFAULT 0 CHECK (differences >= 0),
  in_flight     integer NOT NULL DEFAULT 0 CHECK (in_flight >= 0),
  frozen        integer NOT NULL DEFAULT 0 CHECK (frozen >= 0),
  failures      text CHECK (length(failures) <= 8000)
);
CREATE INDEX reconciliation_run_latest ON hq.reconciliation_run (started_at);
GRANT SELECT, INSERT,
      UPDATE (finished_at, status, cities, compared, differences, in_flight, frozen, failures)
  ON hq.reconciliation_run TO ${app_role};
SELECT platform_isolate_store_table('hq.reconciliation_run', '''hq''');

-- One row per total that did not match: DIFFERENT (a real difference), IN_FLIGHT (the city changed
-- the source after the snapshot HQ holds, so the difference is on its way), FROZEN (a closed
-- period, compared with the values HQ froze). A value is null where one side has no such total.
CREATE TABLE hq.reconciliation_difference (
  run_id           uuid NOT NULL REFERENCES hq.reconciliation_run (id),
  city_code        text NOT NULL,
  source           text NOT NULL,
  period           text NOT NULL,
  measure          text NOT NULL,
  city_value       numeric,
  hq_value         numeric,
  kind             text NOT NULL CHECK (kind IN ('DIFFERENT', 'IN_FLIGHT', 'FROZEN')),
  hq_computed_at   timestamptz,
  city_changed_at  timestamptz,
  PRIMARY KEY (run_id, city_code, source, period, measure)
);
GRANT SELECT, INSERT ON hq.reconciliation_difference TO ${app_role};
SELECT platform_isolate_store_table('hq.reconciliation_difference', '''hq''');
