-- The regional councils' audit stores (issue 6, ADR 0018). One schema for the 12 regions, every
-- row carrying its region; a forced policy lets a transaction bound to app.store = 'region:<code>'
-- (ConsolidationStores, for the regional consumer and the region's auditors) see and write that
-- region's rows and nothing else. A city's transaction never sets app.store and sees no row here.
--
-- What a region keeps of its city's ledger (the ledger.entry messages): the place of every entry
-- (sequence, id, type, subject, time, previous hash, hash), so the chain's links can be checked;
-- the actor and facts only of the entries the region is entitled to (its funder share above zero,
-- an agreement it signed, the evidence of those), so their hashes can be recomputed. From those,
-- the spending lines the auditors read. The signed digests (ledger.digest) with their public key.
CREATE SCHEMA region_audit;
GRANT USAGE ON SCHEMA region_audit TO ${app_role};

CREATE TABLE region_audit.chain_entry (
  region_code    text NOT NULL CHECK (region_code ~ '^[a-z][a-z0-9-]{1,62}$'),
  city_code      text NOT NULL CHECK (city_code ~ '^[a-z][a-z0-9-]{1,62}$'),
  entry_id       uuid NOT NULL,
  sequence       bigint NOT NULL CHECK (sequence >= 1),
  type           text NOT NULL CHECK (length(type) BETWEEN 1 AND 100),
  subject_id     uuid NOT NULL,
  recorded_at    timestamptz NOT NULL,
  previous_hash  text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash           text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  -- Held only for the entries the region is entitled to: both, or neither.
  actor          text CHECK (length(actor) BETWEEN 1 AND 200),
  facts          text,
  message_id     uuid NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (region_code, city_code, entry_id),
  CONSTRAINT chain_entry_held CHECK ((actor IS NULL) = (facts IS NULL))
);
-- Not unique: two entries claiming one place are kept both, and the verifier names the place.
CREATE INDEX chain_entry_sequence ON region_audit.chain_entry (region_code, city_code, sequence);
CREATE INDEX chain_entry_subject ON region_audit.chain_entry (region_code, city_code, subject_id)
  WHERE facts IS NOT NULL;

-- What the auditors read: one line per co-funded record (agreement, budget line, commitment,
-- invoice, payment, reversal), derived from the entry that created it. Only the status moves (an
-- approval, a reversal); the verifier derives every line again from the held facts and names the
-- entry of a line that no longer agrees with them.
CREATE TABLE region_audit.spending_line (
  region_code          text NOT NULL,
  city_code            text NOT NULL,
  id                   uuid NOT NULL,
  kind                 text NOT NULL CHECK (kind IN ('AGREEMENT', 'BUDGET_LINE', 'COMMITMENT',
                         'COMMITMENT_REVERSAL', 'INVOICE', 'PAYMENT', 'PAYMENT_REVERSAL')),
  fiscal_year          integer CHECK (fiscal_year BETWEEN 1900 AND 2200),
  category             text CHECK (length(category) <= 100),
  sub_category         text CHECK (length(sub_category) <= 200),
  label                text CHECK (length(label) <= 500),
  budget_line_ref      uuid,
  commitment_ref       uuid,
  reverses_ref         uuid,
  reference            text CHECK (length(reference) <= 200),
  supplier_identifier  text CHECK (length(supplier_identifier) <= 200),
  amount               numeric(14,2) NOT NULL,
  region_share         numeric(14,2) NOT NULL,
  other_shares         jsonb NOT NULL,
  currency             text NOT NULL CHECK (length(currency) BETWEEN 1 AND 10),
  status               text NOT NULL CHECK (length(status) BETWEEN 1 AND 50),
  occurred_on          date NOT NULL,
  entry_id             uuid NOT NULL,
  ledger_sequence      bigint NOT NULL CHECK (ledger_sequence >= 1),
  ledger_hash          text NOT NULL CHECK (ledger_hash ~ '^[0-9a-f]{64}$'),
  status_sequence      bigint NOT NULL CHECK (status_sequence >= 1),
  PRIMARY KEY (region_code, city_code, id)
);
CREATE INDEX spending_line_order ON region_audit.spending_line (region_code, city_code, ledger_sequence);

-- The documents attached to co-funded commitments and payments, as the ledger recorded them.
CREATE TABLE region_audit.evidence_reference (
  region_code      text NOT NULL,
  city_code        text NOT NULL,
  id               uuid NOT NULL,
  line_id          uuid NOT NULL,
  subject_type     text NOT NULL CHECK (length(subject_type) BETWEEN 1 AND 50),
  file_name        text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 300),
  content_type     text NOT NULL CHECK (length(content_type) BETWEEN 1 AND 200),
  size_bytes       bigint NOT NULL CHECK (size_bytes >= 0),
  sha256           text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  entry_id         uuid NOT NULL,
  ledger_sequence  bigint NOT NULL CHECK (ledger_sequence >= 1),
  ledger_hash      text NOT NULL CHECK (ledger_hash ~ '^[0-9a-f]{64}$'),
  attached_at      timestamptz NOT NULL,
  PRIMARY KEY (region_code, city_code, id)
);
CREATE INDEX evidence_reference_line ON region_audit.evidence_reference (region_code, city_code, line_id);

-- Every signed digest of the city's chain, with the public key it was sent with.
CREATE TABLE region_audit.ledger_digest (
  region_code    text NOT NULL,
  city_code      text NOT NULL,
  id             uuid NOT NULL,
  entry_count    bigint NOT NULL CHECK (entry_count >= 0),
  head_hash      text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  produced_at    timestamptz NOT NULL,
  key_id         text NOT NULL CHECK (length(key_id) BETWEEN 1 AND 100),
  signature      text NOT NULL CHECK (length(signature) BETWEEN 1 AND 200),
  public_key     text NOT NULL CHECK (length(public_key) BETWEEN 1 AND 2000),
  message_id     uuid NOT NULL,
  received_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (region_code, city_code, id)
);
CREATE INDEX ledger_digest_latest
  ON region_audit.ledger_digest (region_code, city_code, produced_at DESC, entry_count DESC);

-- What was received stays as received: UPDATE, DELETE and TRUNCATE are refused for every role,
-- the owner included (the ledger's own trigger function, ADR 0014).
CREATE TRIGGER chain_entry_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON region_audit.chain_entry
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_ledger_change();
CREATE TRIGGER evidence_reference_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON region_audit.evidence_reference
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_ledger_change();
CREATE TRIGGER ledger_digest_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON region_audit.ledger_digest
  FOR EACH STATEMENT EXECUTE FUNCTION platform_refuse_ledger_change();

GRANT SELECT, INSERT ON region_audit.chain_entry TO ${app_role};
GRANT SELECT, INSERT ON region_audit.evidence_reference TO ${app_role};
GRANT SELECT, INSERT ON region_audit.ledger_digest TO ${app_role};
GRANT SELECT, INSERT, UPDATE (status, status_sequence) ON region_audit.spending_line TO ${app_role};

SELECT platform_isolate_store_table('region_audit.chain_entry', '''region:'' || region_code');
SELECT platform_isolate_store_table('region_audit.spending_line', '''region:'' || region_code');
SELECT platform_isolate_store_table('region_audit.evidence_reference', '''region:'' || region_code');
SELECT platform_isolate_store_table('region_audit.ledger_digest', '''region:'' || region_code');
