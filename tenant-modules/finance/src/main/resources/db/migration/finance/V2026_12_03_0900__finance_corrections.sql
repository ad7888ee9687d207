-- Corrections of funding agreements and invoices, as new entries (never updates), and the times
-- that order a funder's statement.
--
-- A funding agreement is corrected by a reversal: a new row with the negated committed amount,
-- the same funder and period, referencing the row it cancels. An amendment is, in one
-- transaction, the reversal of the terms in force and a new row with the new terms that names the
-- row it amends; both rows carry the amendment's reference. So a funder's envelope for a year is
-- the plain sum of its agreement rows whose period overlaps the year, whatever was corrected.
-- The corrected row only has its status changed (IN_FORCE -> CANCELLED or AMENDED).
--
-- An invoice is corrected the same way (a credit note): a row with the negated amounts that
-- references it; the original is marked reversed. Every correction carries its reason.

ALTER TABLE finance_agreement
  ADD COLUMN status text NOT NULL DEFAULT 'IN_FORCE'
    CHECK (status IN ('IN_FORCE', 'AMENDED', 'CANCELLED', 'REVERSAL')),
  ADD COLUMN reverses_id uuid,
  ADD COLUMN amends_id uuid,
  ADD COLUMN reason text CHECK (length(reason) BETWEEN 1 AND 500),
  ADD COLUMN recorded_by text,
  ADD COLUMN recorded_at timestamptz;
ALTER TABLE finance_agreement ALTER COLUMN status DROP DEFAULT;
ALTER TABLE finance_agreement DROP CONSTRAINT finance_agreement_committed_amount_check;
-- A reversal shares its reference with the amendment it belongs to (or is the cancellation's own).
ALTER TABLE finance_agreement DROP CONSTRAINT finance_agreement_tenant_id_reference_key;
CREATE UNIQUE INDEX finance_agreement_terms_reference
  ON finance_agreement (tenant_id, reference) WHERE reverses_id IS NULL;
CREATE UNIQUE INDEX finance_agreement_reversal_reference
  ON finance_agreement (tenant_id, reference) WHERE reverses_id IS NOT NULL;
ALTER TABLE finance_agreement
  ADD CONSTRAINT finance_agreement_one_reversal UNIQUE (tenant_id, reverses_id),
  ADD CONSTRAINT finance_agreement_one_amendment UNIQUE (tenant_id, amends_id),
  ADD CONSTRAINT finance_agreement_reverses
    FOREIGN KEY (tenant_id, reverses_id) REFERENCES finance_agreement (tenant_id, id),
  ADD CONSTRAINT finance_agreement_amends
    FOREIGN KEY (tenant_id, amends_id) REFERENCES finance_agreement (tenant_id, id),
  -- Terms are positive; a reversal is negative, is REVERSAL and says why.
  ADD CONSTRAINT finance_agreement_sign
    CHECK ((reverses_id IS NULL AND status <> 'REVERSAL' AND committed_amount > 0)
        OR (reverses_id IS NOT NULL AND amends_id IS NULL AND status = 'REVERSAL'
            AND committed_amount < 0 AND reason IS NOT NULL)),
  ADD CONSTRAINT finance_agreement_amendment_reason
    CHECK (amends_id IS NULL OR reason IS NOT NULL),
  ADD CONSTRAINT finance_agreement_recorded
    CHECK ((recorded_by IS NULL) = (recorded_at IS NULL));
GRANT UPDATE (status) ON finance_agreement TO ${app_role};

ALTER TABLE finance_invoice
  ADD COLUMN reverses_id uuid,
  ADD COLUMN reversed boolean NOT NULL DEFAULT false,
  ADD COLUMN reason text CHECK (length(reason) BETWEEN 1 AND 500);
ALTER TABLE finance_invoice ALTER COLUMN reversed DROP DEFAULT;
ALTER TABLE finance_invoice
  DROP CONSTRAINT finance_invoice_amount_check,
  DROP CONSTRAINT finance_invoice_region_share_check,
  DROP CONSTRAINT finance_invoice_state_share_check,
  DROP CONSTRAINT finance_invoice_ofppt_share_check,
  DROP CONSTRAINT finance_invoice_hassan_ii_share_check,
  ADD CONSTRAINT finance_invoice_one_reversal UNIQUE (tenant_id, reverses_id),
  ADD CONSTRAINT finance_invoice_reverses
    FOREIGN KEY (tenant_id, reverses_id) REFERENCES finance_invoice (tenant_id, id),
  ADD CONSTRAINT finance_invoice_sign
    CHECK ((reverses_id IS NULL AND amount > 0 AND region_share >= 0 AND state_share >= 0
            AND ofppt_share >= 0 AND hassan_ii_share >= 0)
        OR (reverses_id IS NOT NULL AND NOT reversed AND reason IS NOT NULL AND amount < 0
            AND region_share <= 0 AND state_share <= 0 AND ofppt_share <= 0
            AND hassan_ii_share <= 0));
CREATE INDEX finance_invoice_commitment ON finance_invoice (tenant_id, commitment_id);
CREATE INDEX finance_payment_invoice ON finance_payment (tenant_id, invoice_id)
  WHERE invoice_id IS NOT NULL;
GRANT UPDATE (version, reversed) ON finance_invoice TO ${app_role};
-- platform_isolate_tenant_table turned table-wide UPDATE grants into column grants when the
-- table was created; these column grants are narrower still, so nothing is to be redone here.

ALTER TABLE finance_budget_line ADD COLUMN created_at timestamptz;

-- Rows written before this migration take their times from their ledger entries. Row-level
-- security is forced on the owner too, so each city is bound in turn (transaction-locally).
DO $$
DECLARE
  city text;
BEGIN
  FOR city IN SELECT code FROM tenant LOOP
    PERFORM set_config('app.tenant_id', city, true);
    UPDATE finance_budget_line b SET created_at = e.recorded_at
      FROM ledger_entry e
      WHERE e.tenant_id = b.tenant_id AND e.subject_id = b.id AND e.type = 'budget-line.created'
        AND b.created_at IS NULL;
    UPDATE finance_agreement a SET recorded_at = e.recorded_at, recorded_by = e.actor
      FROM ledger_entry e
      WHERE e.tenant_id = a.tenant_id AND e.subject_id = a.id AND e.type = 'agreement.signed'
        AND a.recorded_at IS NULL;
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END
$$;

CREATE INDEX finance_budget_line_created ON finance_budget_line (tenant_id, created_at);
