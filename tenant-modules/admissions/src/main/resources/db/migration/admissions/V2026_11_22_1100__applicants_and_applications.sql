-- Applicants and their applications for an intake. A person is one applicant per city (unique
-- national identifier); one application per applicant and academic year; up to N ranked wishes
-- per application, each with its score inputs and its eligibility.

CREATE TABLE applicant (
  tenant_id        text NOT NULL REFERENCES tenant (code),
  id               uuid NOT NULL,
  version          bigint NOT NULL,
  national_id      text NOT NULL CHECK (national_id ~ '^([A-Z]{1,2}[0-9]{1,6}|[A-Z][0-9]{9})$'),
  id_kind          text NOT NULL CHECK (id_kind IN ('CIN', 'MASSAR')),
  first_name_fr    text NOT NULL CHECK (length(first_name_fr) BETWEEN 1 AND 100),
  last_name_fr     text NOT NULL CHECK (length(last_name_fr) BETWEEN 1 AND 100),
  first_name_ar    text NOT NULL CHECK (length(first_name_ar) BETWEEN 1 AND 100),
  last_name_ar     text NOT NULL CHECK (length(last_name_ar) BETWEEN 1 AND 100),
  birth_date       date NOT NULL,
  sex              text NOT NULL CHECK (sex IN ('F', 'M')),
  province         text NOT NULL CHECK (length(province) BETWEEN 1 AND 100),
  remote_area      boolean NOT NULL,
  disability       boolean NOT NULL,
  education_level  text NOT NULL CHECK (education_level IN ('NONE', 'PRIMARY', 'MIDDLE_SCHOOL', 'SECONDARY',
                                                            'BACCALAUREATE', 'HIGHER')),
  phone            text CHECK (phone ~ '^\+212[5-7][0-9]{8}$'),
  email            text CHECK (length(email) <= 200),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, national_id)
);
GRANT SELECT, INSERT, UPDATE ON applicant TO ${app_role};
SELECT platform_isolate_tenant_table('applicant');

CREATE TABLE application (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  applicant_id   uuid NOT NULL,
  academic_year  text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
  status         text NOT NULL CHECK (status IN ('SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'RANKED', 'OFFERED',
                                                 'ACCEPTED', 'DECLINED', 'WAITLISTED', 'WITHDRAWN', 'ENROLLED')),
  status_reason  text CHECK (length(status_reason) <= 500),
  submitted_at   timestamptz NOT NULL,
  source         text NOT NULL CHECK (source IN ('API', 'IMPORT')),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, applicant_id, academic_year),
  FOREIGN KEY (tenant_id, applicant_id) REFERENCES applicant (tenant_id, id)
);
CREATE INDEX application_year_status ON application (tenant_id, academic_year, status);
GRANT SELECT, INSERT, UPDATE ON application TO ${app_role};
SELECT platform_isolate_tenant_table('application');

CREATE TABLE application_wish (
  tenant_id           text NOT NULL REFERENCES tenant (code),
  id                  uuid NOT NULL,
  version             bigint NOT NULL,
  application_id      uuid NOT NULL,
  preference          integer NOT NULL CHECK (preference BETWEEN 1 AND 20),
  programme_id        uuid NOT NULL,
  grade_average       numeric(4,2) NOT NULL CHECK (grade_average BETWEEN 0 AND 20),
  test_score          numeric(4,2) CHECK (test_score BETWEEN 0 AND 20),
  interview_score     numeric(4,2) CHECK (interview_score BETWEEN 0 AND 20),
  eligible            boolean NOT NULL,
  ineligibility       text CHECK (length(ineligibility) <= 500),
  PRIMARY KEY (tenant_id, id),
  -- Deferred: replacing or reordering wishes may pass through duplicates within the transaction.
  UNIQUE (tenant_id, application_id, preference) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (tenant_id, application_id, programme_id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id),
  -- The programme must be one of this city's: the database refuses a wish for another city's.
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (eligible = (ineligibility IS NULL))
);
CREATE INDEX application_wish_programme ON application_wish (tenant_id, programme_id);
GRANT SELECT, INSERT, UPDATE, DELETE ON application_wish TO ${app_role};
SELECT platform_isolate_tenant_table('application_wish');
