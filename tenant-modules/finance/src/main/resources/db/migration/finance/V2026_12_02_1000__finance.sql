-- A city's budgets and co-funded spending. Every amount is numeric(14,2) MAD with its split
-- across the four funders (region, state, OFPPT, Hassan II Fund) in four columns whose sum the
-- database checks against the amount. Running totals per funder (committed on a budget line,
-- invoiced and paid on a commitment and a line) carry CHECKs that make "paid <= committed <=
-- budget share" a database rule, and the rows that hold them are locked FOR UPDATE by the
-- application before it adds to them. Corrections are reversal rows (negated amounts referencing
-- the original): the application role may INSERT, never DELETE, and may UPDATE only the running
-- totals and statuses (column grants), never an amount or a share.

CREATE TABLE finance_agreement (
  tenant_id         text NOT NULL REFERENCES tenant (code),
  id                uuid NOT NULL,
  version           bigint NOT NULL,
  funder            text NOT NULL CHECK (funder IN ('REGION', 'STATE', 'OFPPT', 'HASSAN_II_FUND')),
  reference         text NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
  committed_amount  numeric(14,2) NOT NULL CHECK (committed_amount > 0),
  period_start      date NOT NULL,
  period_end        date NOT NULL,
  signed_on         date NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  CHECK (period_start <= period_end)
);
CREATE INDEX finance_agreement_period ON finance_agreement (tenant_id, period_start, period_end);
GRANT SELECT, INSERT ON finance_agreement TO ${app_role};
-- Only so that a budget line can lock the agreements it draws on (SELECT ... FOR UPDATE needs an
-- UPDATE privilege); no amount, funder or period column is updatable.
GRANT UPDATE (version) ON finance_agreement TO ${app_role};
SELECT platform_isolate_tenant_table('finance_agreement');

CREATE TABLE finance_budget_line (
  tenant_id            text NOT NULL REFERENCES tenant (code),
  id                   uuid NOT NULL,
  version              bigint NOT NULL,
  fiscal_year          integer NOT NULL CHECK (fiscal_year BETWEEN 2000 AND 2100),
  category             text NOT NULL CHECK (category IN ('CONSTRUCTION', 'EQUIPMENT', 'OPERATING')),
  sub_category         text CHECK (length(sub_category) BETWEEN 1 AND 100),
  name_fr              text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar              text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  amount               numeric(14,2) NOT NULL CHECK (amount > 0),
  region_share         numeric(14,2) NOT NULL CHECK (region_share >= 0),
  state_share          numeric(14,2) NOT NULL CHECK (state_share >= 0),
  ofppt_share          numeric(14,2) NOT NULL CHECK (ofppt_share >= 0),
  hassan_ii_share      numeric(14,2) NOT NULL CHECK (hassan_ii_share >= 0),
  committed_region     numeric(14,2) NOT NULL,
  committed_state      numeric(14,2) NOT NULL,
  committed_ofppt      numeric(14,2) NOT NULL,
  committed_hassan_ii  numeric(14,2) NOT NULL,
  paid_region          numeric(14,2) NOT NULL,
  paid_state           numeric(14,2) NOT NULL,
  paid_ofppt           numeric(14,2) NOT NULL,
  paid_hassan_ii       numeric(14,2) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT finance_budget_line_split_sums
    CHECK (region_share + state_share + ofppt_share + hassan_ii_share = amount),
  CONSTRAINT finance_budget_line_committed_within_share
    CHECK (committed_region BETWEEN 0 AND region_share AND committed_state BETWEEN 0 AND state_share
           AND committed_ofppt BETWEEN 0 AND ofppt_share
           AND committed_hassan_ii BETWEEN 0 AND hassan_ii_share),
  CONSTRAINT finance_budget_line_paid_within_committed
    CHECK (paid_region BETWEEN 0 AND committed_region AND paid_state BETWEEN 0 AND committed_state
           AND paid_ofppt BETWEEN 0 AND committed_ofppt
           AND paid_hassan_ii BETWEEN 0 AND committed_hassan_ii)
);
CREATE INDEX finance_budget_line_year ON finance_budget_line (tenant_id, fiscal_year, category);
GRANT SELECT, INSERT ON finance_budget_line TO ${app_role};
GRANT UPDATE (version, committed_region, committed_state, committed_ofppt, committed_hassan_ii,
              paid_region, paid_state, paid_ofppt, paid_hassan_ii)
  ON finance_budget_line TO ${app_role};
SELECT platform_isolate_tenant_table('finance_budget_line');

CREATE TABLE finance_supplier (
  tenant_id   text NOT NULL REFERENCES tenant (code),
  id          uuid NOT NULL,
  version     bigint NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  identifier  text NOT NULL CHECK (identifier ~ '^[A-Z0-9-]{1,32}$'),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, identifier)
);
GRANT SELECT, INSERT ON finance_supplier TO ${app_role};
SELECT platform_isolate_tenant_table('finance_supplier');

CREATE TABLE finance_commitment (
  tenant_id           text NOT NULL REFERENCES tenant (code),
  id                  uuid NOT NULL,
  version             bigint NOT NULL,
  budget_line_id      uuid NOT NULL,
  supplier_id         uuid NOT NULL,
  kind                text NOT NULL CHECK (kind IN ('CONTRACT', 'PURCHASE_ORDER')),
  reference           text NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
  amount              numeric(14,2) NOT NULL,
  region_share        numeric(14,2) NOT NULL,
  state_share         numeric(14,2) NOT NULL,
  ofppt_share         numeric(14,2) NOT NULL,
  hassan_ii_share     numeric(14,2) NOT NULL,
  status              text NOT NULL
                        CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'REVERSED', 'REVERSAL')),
  reverses_id         uuid,
  made_by             text NOT NULL,
  made_at             timestamptz NOT NULL,
  approved_by         text,
  approved_at         timestamptz,
  invoiced_region     numeric(14,2) NOT NULL,
  invoiced_state      numeric(14,2) NOT NULL,
  invoiced_ofppt      numeric(14,2) NOT NULL,
  invoiced_hassan_ii  numeric(14,2) NOT NULL,
  paid_region         numeric(14,2) NOT NULL,
  paid_state          numeric(14,2) NOT NULL,
  paid_ofppt          numeric(14,2) NOT NULL,
  paid_hassan_ii      numeric(14,2) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  UNIQUE (tenant_id, reverses_id),
  FOREIGN KEY (tenant_id, budget_line_id) REFERENCES finance_budget_line (tenant_id, id),
  FOREIGN KEY (tenant_id, supplier_id) REFERENCES finance_supplier (tenant_id, id),
  FOREIGN KEY (tenant_id, reverses_id) REFERENCES finance_commitment (tenant_id, id),
  CONSTRAINT finance_commitment_split_sums
    CHECK (region_share + state_share + ofppt_share + hassan_ii_share = amount),
  -- An entry is positive; its reversal is the same amounts negated, and is REVERSAL.
  CONSTRAINT finance_commitment_sign
    CHECK ((reverses_id IS NULL AND status <> 'REVERSAL' AND amount > 0 AND region_share >= 0
            AND state_share >= 0 AND ofppt_share >= 0 AND hassan_ii_share >= 0)
        OR (reverses_id IS NOT NULL AND status = 'REVERSAL' AND amount < 0 AND region_share <= 0
            AND state_share <= 0 AND ofppt_share <= 0 AND hassan_ii_share <= 0)),
  CONSTRAINT finance_commitment_invoiced_within_share
    CHECK (reverses_id IS NOT NULL
        OR (invoiced_region BETWEEN 0 AND region_share AND invoiced_state BETWEEN 0 AND state_share
            AND invoiced_ofppt BETWEEN 0 AND ofppt_share
            AND invoiced_hassan_ii BETWEEN 0 AND hassan_ii_share)),
  CONSTRAINT finance_commitment_paid_within_share
    CHECK (reverses_id IS NOT NULL
        OR (paid_region BETWEEN 0 AND region_share AND paid_state BETWEEN 0 AND state_share
            AND paid_ofppt BETWEEN 0 AND ofppt_share AND paid_hassan_ii BETWEEN 0 AND hassan_ii_share)),
  CHECK ((approved_by IS NULL) = (approved_at IS NULL))
);
CREATE INDEX finance_commitment_line ON finance_commitment (tenant_id, budget_line_id);
CREATE INDEX finance_commitment_supplier ON finance_commitment (tenant_id, supplier_id);
GRANT SELECT, INSERT ON finance_commitment TO ${app_role};
GRANT UPDATE (version, status, approved_by, approved_at, invoiced_region, invoiced_state,
              invoiced_ofppt, invoiced_hassan_ii, paid_region, paid_state, paid_ofppt,
              paid_hassan_ii)
  ON finance_commitment TO ${app_role};
SELECT platform_isolate_tenant_table('finance_commitment');

CREATE TABLE finance_invoice (
  tenant_id        text NOT NULL REFERENCES tenant (code),
  id               uuid NOT NULL,
  version          bigint NOT NULL,
  commitment_id    uuid NOT NULL,
  number           text NOT NULL CHECK (length(number) BETWEEN 1 AND 64),
  issued_on        date NOT NULL,
  amount           numeric(14,2) NOT NULL CHECK (amount > 0),
  region_share     numeric(14,2) NOT NULL CHECK (region_share >= 0),
  state_share      numeric(14,2) NOT NULL CHECK (state_share >= 0),
  ofppt_share      numeric(14,2) NOT NULL CHECK (ofppt_share >= 0),
  hassan_ii_share  numeric(14,2) NOT NULL CHECK (hassan_ii_share >= 0),
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, commitment_id, number),
  FOREIGN KEY (tenant_id, commitment_id) REFERENCES finance_commitment (tenant_id, id),
  CONSTRAINT finance_invoice_split_sums
    CHECK (region_share + state_share + ofppt_share + hassan_ii_share = amount)
);
GRANT SELECT, INSERT ON finance_invoice TO ${app_role};
SELECT platform_isolate_tenant_table('finance_invoice');

CREATE TABLE finance_payment (
  tenant_id        text NOT NULL REFERENCES tenant (code),
  id               uuid NOT NULL,
  version          bigint NOT NULL,
  commitment_id    uuid NOT NULL,
  invoice_id       uuid,
  reference        text NOT NULL CHECK (length(reference) BETWEEN 1 AND 64),
  paid_on          date NOT NULL,
  amount           numeric(14,2) NOT NULL,
  region_share     numeric(14,2) NOT NULL,
  state_share      numeric(14,2) NOT NULL,
  ofppt_share      numeric(14,2) NOT NULL,
  hassan_ii_share  numeric(14,2) NOT NULL,
  reverses_id      uuid,
  reversed         boolean NOT NULL,
  recorded_by      text NOT NULL,
  recorded_at      timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, reference),
  UNIQUE (tenant_id, reverses_id),
  FOREIGN KEY (tenant_id, commitment_id) REFERENCES finance_commitment (tenant_id, id),
  FOREIGN KEY (tenant_id, invoice_id) REFERENCES finance_invoice (tenant_id, id),
  FOREIGN KEY (tenant_id, reverses_id) REFERENCES finance_payment (tenant_id, id),
  CONSTRAINT finance_payment_split_sums
    CHECK (region_share + state_share + ofppt_share + hassan_ii_share = amount),
  CONSTRAINT finance_payment_sign
    CHECK ((reverses_id IS NULL AND amount > 0 AND region_share >= 0 AND state_share >= 0
            AND ofppt_share >= 0 AND hassan_ii_share >= 0)
        OR (reverses_id IS NOT NULL AND NOT reversed AND amount < 0 AND region_share <= 0
            AND state_share <= 0 AND ofppt_share <= 0 AND hassan_ii_share <= 0))
);
CREATE INDEX finance_payment_commitment ON finance_payment (tenant_id, commitment_id);
GRANT SELECT, INSERT ON finance_payment TO ${app_role};
GRANT UPDATE (version, reversed) ON finance_payment TO ${app_role};
SELECT platform_isolate_tenant_table('finance_payment');

-- Documents are kept whole here and never deleted (no DELETE, no UPDATE for the application).
CREATE TABLE finance_evidence (
  tenant_id     text NOT NULL REFERENCES tenant (code),
  id            uuid NOT NULL,
  version       bigint NOT NULL,
  subject_type  text NOT NULL CHECK (subject_type IN ('COMMITMENT', 'PAYMENT')),
  subject_id    uuid NOT NULL,
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  content_type  text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
  size_bytes    bigint NOT NULL CHECK (size_bytes > 0),
  sha256        text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
  content       bytea NOT NULL,
  uploaded_by   text NOT NULL,
  uploaded_at   timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX finance_evidence_subject ON finance_evidence (tenant_id, subject_id);
GRANT SELECT, INSERT ON finance_evidence TO ${app_role};
SELECT platform_isolate_tenant_table('finance_evidence');
