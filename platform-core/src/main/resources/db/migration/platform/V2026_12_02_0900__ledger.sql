-- A city's tamper-evident ledger (issue 5, ADR 0014). Every financial event is one entry; each
-- entry carries the SHA-256 of its canonical form (ma.ofppt.cmc.platform.ledger.CanonicalForm),
-- which includes the hash of the entry before it (64 zeros for the first), so the chain is
-- recomputed by the verifier. Signed digests (head hash + count + time) are kept in ledger_digest.
-- Both tables are append-only: the application role may insert and read, and a statement trigger
-- refuses UPDATE, DELETE and TRUNCATE for every role, the owner included. Only a role that can
-- disable the trigger (the owner, a superuser) can still rewrite history, and the signed digests
-- kept by HQ and the region are what expose that.
CREATE TABLE ledger_entry (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL DEFAULT 1,
  sequence       bigint NOT NULL CHECK (sequence >= 1),
  type           text NOT NULL CHECK (length(type) BETWEEN 1 AND 100),
  subject_id     uuid NOT NULL,
  recorded_at    timestamptz NOT NULL,
  actor          text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
  facts          text NOT NULL,
  previous_hash  text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash           text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT ledger_entry_sequence UNIQUE (tenant_id, sequence)
);

CREATE TABLE ledger_digest (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL DEFAULT 1,
  produced_at    timestamptz NOT NULL,
  entry_count    bigint NOT NULL CHECK (entry_count >= 0),
  head_hash      text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  key_id         text NOT NULL CHECK (key_id ~ '^[0-9a-f]{64}$'),
  signature      text NOT NULL CHECK (length(signature) BETWEEN 1 AND 200),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX ledger_digest_latest ON ledger_digest (tenant_id, produced_at DESC, entry_count DESC);

-- Refuses the statement, whoever runs it and however many rows it would touch.
CREATE FUNCTION platform_refuse_ledger_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % is refused', TG_TABLE_NAME, TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER ledger_entry_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger_entry
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_ledger_change();

CREATE TRIGGER ledger_digest_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON ledger_digest
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_ledger_change();

GRANT SELECT, INSERT ON ledger_entry TO ${app_role};
GRANT SELECT, INSERT ON ledger_digest TO ${app_role};
SELECT platform_isolate_tenant_table('ledger_entry');
SELECT platform_isolate_tenant_table('ledger_digest');
