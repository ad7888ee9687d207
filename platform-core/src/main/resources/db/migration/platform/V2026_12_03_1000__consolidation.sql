-- Consolidation (issue 6, ADR 0016): the transactional outbox of each city, and the consumer-side
-- bookkeeping of the stores that HQ and the regional councils read.
--
-- outbox_message is a tenant table like any other: a business change and its outbox row commit in
-- one transaction of the city, under the city's binding. The relay of that city (integrations)
-- claims unpublished rows for a short lease (so two server instances do not publish the same rows
-- at once), publishes them, and marks them published; rows are kept a while for inspection.
CREATE TABLE outbox_message (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  topic          text NOT NULL CHECK (topic ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$'),
  payload        jsonb NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
  published_at   timestamptz,
  claimed_until  timestamptz,
  attempts       integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error     text,
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX outbox_message_pending ON outbox_message (tenant_id, created_at)
  WHERE published_at IS NULL;
CREATE INDEX outbox_message_published ON outbox_message (tenant_id, published_at)
  WHERE published_at IS NOT NULL;

GRANT SELECT, INSERT, UPDATE, DELETE ON outbox_message TO ${app_role};
SELECT platform_isolate_tenant_table('outbox_message');

-- The stores above the cities are bound like the cities are, by a transaction-local setting:
-- app.store is 'hq', 'region:<region code>' or 'operations', set by ConsolidationStores only for
-- work that acts for no city. Every table of the consolidation schemas is held by a forced policy
-- on it, so HQ work cannot read a region's store, one region cannot read another's, and a city's
-- transaction (which never sets app.store) sees none of them.
CREATE FUNCTION platform_isolate_store_table(target regclass, scope_expression text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY store_isolation ON %s AS PERMISSIVE FOR ALL TO PUBLIC '
    || 'USING (current_setting(''app.store'', true) = %s) '
    || 'WITH CHECK (current_setting(''app.store'', true) = %s)',
    target, scope_expression, scope_expression);
END
$$;
REVOKE ALL ON FUNCTION platform_isolate_store_table(regclass, text) FROM PUBLIC;

CREATE SCHEMA consolidation;
GRANT USAGE ON SCHEMA consolidation TO ${app_role};

-- A consumer applies a message at most once: its id is inserted here in the same transaction as
-- the message's effect, and a second delivery finds it and does nothing.
CREATE TABLE consolidation.processed_message (
  store          text NOT NULL CHECK (length(store) BETWEEN 1 AND 100),
  consumer       text NOT NULL CHECK (consumer ~ '^[a-z][a-z0-9-]*$'),
  message_id     uuid NOT NULL,
  topic          text NOT NULL,
  city_code      text NOT NULL,
  occurred_at    timestamptz NOT NULL,
  processed_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (consumer, message_id)
);
CREATE INDEX processed_message_city ON consolidation.processed_message (consumer, city_code, processed_at);
GRANT SELECT, INSERT ON consolidation.processed_message TO ${app_role};
SELECT platform_isolate_store_table('consolidation.processed_message', 'store');

-- What a consumer could not apply after its bounded retries, kept whole for an operator to read
-- and replay. A replay applies the message through the same idempotent path and records when.
CREATE TABLE consolidation.dead_letter (
  id             uuid PRIMARY KEY,
  consumer       text NOT NULL,
  message_id     uuid NOT NULL,
  topic          text NOT NULL,
  city_code      text NOT NULL,
  region_code    text NOT NULL,
  occurred_at    timestamptz NOT NULL,
  payload        jsonb NOT NULL,
  error          text NOT NULL,
  attempts       integer NOT NULL CHECK (attempts >= 1),
  failed_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
  replayed_at    timestamptz,
  replayed_by    text,
  CONSTRAINT dead_letter_once UNIQUE (consumer, message_id)
);
CREATE INDEX dead_letter_open ON consolidation.dead_letter (failed_at) WHERE replayed_at IS NULL;
GRANT SELECT, INSERT, UPDATE (replayed_at, replayed_by, error, attempts, failed_at)
  ON consolidation.dead_letter TO ${app_role};
SELECT platform_isolate_store_table('consolidation.dead_letter', '''operations''');
