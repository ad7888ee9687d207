-- Selection: the criteria each programme ranks by, one run per intake, and what it decided for
-- each wish (kept so that an applicant's outcome can be explained wish by wish).

CREATE TABLE selection_criteria (
  tenant_id         text NOT NULL REFERENCES tenant (code),
  id                uuid NOT NULL,
  version           bigint NOT NULL,
  programme_id      uuid NOT NULL,
  academic_year     text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
  grade_weight      numeric(5,4) NOT NULL CHECK (grade_weight >= 0),
  test_weight       numeric(5,4) NOT NULL CHECK (test_weight >= 0),
  interview_weight  numeric(5,4) NOT NULL CHECK (interview_weight >= 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, programme_id, academic_year),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (grade_weight + test_weight + interview_weight > 0)
);
GRANT SELECT, INSERT, UPDATE ON selection_criteria TO ${app_role};
SELECT platform_isolate_tenant_table('selection_criteria');

CREATE TABLE selection_run (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  academic_year  text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
  seed           text NOT NULL CHECK (length(seed) BETWEEN 1 AND 200),
  ran_at         timestamptz NOT NULL,
  ran_by         text NOT NULL,
  applications   integer NOT NULL,
  offers         integer NOT NULL,
  waitlisted     integer NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, academic_year)
);
GRANT SELECT, INSERT ON selection_run TO ${app_role};
SELECT platform_isolate_tenant_table('selection_run');

ALTER TABLE application_wish
  ADD COLUMN rank integer CHECK (rank >= 1),
  ADD COLUMN ranked_among integer CHECK (ranked_among >= 1),
  ADD COLUMN score numeric(7,4),
  ADD COLUMN decided_by text CHECK (length(decided_by) <= 200),
  ADD COLUMN outcome text CHECK (outcome IN ('ADMITTED', 'WAITLISTED', 'NOT_CONSIDERED', 'NOT_ADMITTED')),
  ADD COLUMN waitlist_position integer CHECK (waitlist_position >= 1);
-- Selection results are written by the application role as well.
GRANT UPDATE (rank, ranked_among, score, decided_by, outcome, waitlist_position) ON application_wish TO ${app_role};
