-- Bulk imports of applications: one job per uploaded file, its progress, and the row errors it
-- reported (row, field, reason), kept so that the admissions office can correct and re-import.
CREATE TABLE import_job (
  tenant_id        text NOT NULL REFERENCES tenant (code),
  id               uuid NOT NULL,
  version          bigint NOT NULL,
  academic_year    text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
  file_name        text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
  status           text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
  rows_read        integer NOT NULL DEFAULT 0,
  imported         integer NOT NULL DEFAULT 0,
  already_present  integer NOT NULL DEFAULT 0,
  rejected         integer NOT NULL DEFAULT 0,
  failure          text CHECK (length(failure) <= 1000),
  created_by       text NOT NULL,
  created_at       timestamptz NOT NULL,
  finished_at      timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX import_job_created ON import_job (tenant_id, created_at);
GRANT SELECT, INSERT, UPDATE ON import_job TO ${app_role};
SELECT platform_isolate_tenant_table('import_job');

CREATE TABLE import_row_error (
  tenant_id  text NOT NULL REFERENCES tenant (code),
  id         uuid NOT NULL,
  version    bigint NOT NULL,
  job_id     uuid NOT NULL,
  row_number bigint NOT NULL CHECK (row_number >= 0),
  field      text NOT NULL CHECK (length(field) BETWEEN 1 AND 200),
  reason     text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, job_id) REFERENCES import_job (tenant_id, id) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX import_row_error_job ON import_row_error (tenant_id, job_id, row_number);
GRANT SELECT, INSERT ON import_row_error TO ${app_role};
SELECT platform_isolate_tenant_table('import_row_error');
