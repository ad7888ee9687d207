-- The career-guidance centre of a city: guidance interactions, tracer-survey waves and surveys
-- with their contact attempts, and the incubator's projects, founders and coaching sessions.
-- Trainees and programmes are admissions' and the training offer's; they are referenced with
-- composite keys, so a row can only point at a trainee or programme of its own city.

CREATE TABLE guidance_interaction (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  trainee_id     uuid,
  prospect_name  text CHECK (length(prospect_name) BETWEEN 1 AND 200),
  kind           text NOT NULL CHECK (kind IN ('ORIENTATION', 'CV_COACHING', 'INTERVIEW_COACHING', 'JOB_FAIR',
                                               'INDIVIDUAL_COUNSELLING', 'WORKSHOP', 'ENTREPRENEURSHIP_ADVICE')),
  occurred_on    date NOT NULL,
  advisor        text NOT NULL CHECK (length(advisor) BETWEEN 1 AND 200),
  notes          text CHECK (length(notes) <= 2000),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, trainee_id) REFERENCES trainee (tenant_id, id),
  -- A trainee of the city, or a person not yet in it, known by name: exactly one.
  CHECK ((trainee_id IS NULL) <> (prospect_name IS NULL))
);
CREATE INDEX guidance_interaction_trainee ON guidance_interaction (tenant_id, trainee_id);
CREATE INDEX guidance_interaction_day ON guidance_interaction (tenant_id, occurred_on);
-- A log: written once, never changed.
GRANT SELECT, INSERT ON guidance_interaction TO ${app_role};
SELECT platform_isolate_tenant_table('guidance_interaction');

CREATE TABLE tracer_wave (
  tenant_id       text NOT NULL REFERENCES tenant (code),
  id              uuid NOT NULL,
  version         bigint NOT NULL,
  academic_year   text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'
                                       AND substr(academic_year, 6, 4)::int = substr(academic_year, 1, 4)::int + 1),
  horizon_months  integer NOT NULL CHECK (horizon_months IN (6, 12)),
  opened_on       date NOT NULL,
  PRIMARY KEY (tenant_id, id),
  -- One wave per intake and horizon: two advisors opening it at once get one wave.
  UNIQUE (tenant_id, academic_year, horizon_months)
);
GRANT SELECT, INSERT ON tracer_wave TO ${app_role};
SELECT platform_isolate_tenant_table('tracer_wave');

CREATE TABLE tracer_survey (
  tenant_id             text NOT NULL REFERENCES tenant (code),
  id                    uuid NOT NULL,
  version               bigint NOT NULL,
  wave_id               uuid NOT NULL,
  trainee_id            uuid NOT NULL,
  programme_id          uuid NOT NULL,
  graduated_on          date NOT NULL,
  due_on                date NOT NULL,
  state                 text NOT NULL CHECK (state IN ('PENDING', 'RESPONDED', 'UNREACHABLE', 'REFUSED')),
  closed_on             date,
  situation             text CHECK (situation IN ('EMPLOYED', 'SELF_EMPLOYED', 'INTERNATIONAL_MOBILITY',
                                                  'FURTHER_STUDY', 'SEEKING', 'INACTIVE')),
  sector_code           text REFERENCES sector (code),
  contract_type         text CHECK (contract_type IN ('PERMANENT', 'FIXED_TERM', 'INTERIM', 'INSERTION_CONTRACT',
                                                      'INFORMAL', 'OTHER')),
  in_field_of_training  boolean,
  incubator_startup     boolean NOT NULL,
  country               text CHECK (country ~ '^[A-Z]{2}$' AND country <> 'MA'),
  mobility_programme    text CHECK (length(mobility_programme) BETWEEN 1 AND 100),
  PRIMARY KEY (tenant_id, id),
  -- One survey per graduate in a wave.
  UNIQUE (tenant_id, wave_id, trainee_id),
  FOREIGN KEY (tenant_id, wave_id) REFERENCES tracer_wave (tenant_id, id),
  FOREIGN KEY (tenant_id, trainee_id) REFERENCES trainee (tenant_id, id),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (due_on > graduated_on),
  CHECK ((state = 'PENDING') = (closed_on IS NULL)),
  CHECK (closed_on IS NULL OR closed_on >= graduated_on),
  -- An answer exactly when responded; its details only where the situation has them.
  CHECK ((state = 'RESPONDED') = (situation IS NOT NULL)),
  CHECK (situation IS DISTINCT FROM 'EMPLOYED'
         OR (sector_code IS NOT NULL AND contract_type IS NOT NULL AND in_field_of_training IS NOT NULL)),
  CHECK (sector_code IS NULL OR situation IN ('EMPLOYED', 'SELF_EMPLOYED', 'INTERNATIONAL_MOBILITY')),
  CHECK (contract_type IS NULL OR situation IN ('EMPLOYED', 'INTERNATIONAL_MOBILITY')),
  CHECK (NOT incubator_startup OR situation = 'SELF_EMPLOYED'),
  CHECK ((situation = 'INTERNATIONAL_MOBILITY') = (country IS NOT NULL) OR situation IS NULL),
  CHECK (mobility_programme IS NULL OR situation = 'INTERNATIONAL_MOBILITY')
);
CREATE INDEX tracer_survey_state ON tracer_survey (tenant_id, wave_id, state);
CREATE INDEX tracer_survey_trainee ON tracer_survey (tenant_id, trainee_id);
CREATE INDEX tracer_survey_programme ON tracer_survey (tenant_id, programme_id);
GRANT SELECT, INSERT, UPDATE ON tracer_survey TO ${app_role};
SELECT platform_isolate_tenant_table('tracer_survey');

CREATE TABLE tracer_contact_attempt (
  tenant_id     text NOT NULL REFERENCES tenant (code),
  id            uuid NOT NULL,
  version       bigint NOT NULL,
  survey_id     uuid NOT NULL,
  attempted_on  date NOT NULL,
  channel       text NOT NULL CHECK (channel IN ('PHONE', 'SMS', 'EMAIL', 'MESSAGING', 'VISIT', 'OTHER')),
  note          text CHECK (length(note) <= 500),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES tracer_survey (tenant_id, id)
);
CREATE INDEX tracer_contact_attempt_survey ON tracer_contact_attempt (tenant_id, survey_id);
GRANT SELECT, INSERT ON tracer_contact_attempt TO ${app_role};
SELECT platform_isolate_tenant_table('tracer_contact_attempt');

CREATE TABLE incubator_project (
  tenant_id       text NOT NULL REFERENCES tenant (code),
  id              uuid NOT NULL,
  version         bigint NOT NULL,
  code            text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  name_fr         text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar         text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  sector_code     text NOT NULL REFERENCES sector (code),
  status          text NOT NULL CHECK (status IN ('IDEA', 'INCUBATED', 'LAUNCHED', 'CLOSED')),
  recorded_on     date NOT NULL,
  incubated_on    date,
  launched_on     date,
  closed_on       date,
  closure_reason  text CHECK (length(closure_reason) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  -- Each step has its day, and the days never go backwards.
  CHECK (status <> 'INCUBATED' OR incubated_on IS NOT NULL),
  CHECK (status <> 'LAUNCHED' OR (incubated_on IS NOT NULL AND launched_on IS NOT NULL)),
  CHECK ((status = 'CLOSED') = (closed_on IS NOT NULL)),
  CHECK ((status = 'CLOSED') = (closure_reason IS NOT NULL)),
  CHECK (launched_on IS NULL OR incubated_on IS NOT NULL),
  CHECK (incubated_on IS NULL OR incubated_on >= recorded_on),
  CHECK (launched_on IS NULL OR launched_on >= incubated_on),
  CHECK (closed_on IS NULL OR closed_on >= COALESCE(launched_on, incubated_on, recorded_on))
);
CREATE INDEX incubator_project_status ON incubator_project (tenant_id, status);
GRANT SELECT, INSERT, UPDATE ON incubator_project TO ${app_role};
SELECT platform_isolate_tenant_table('incubator_project');

CREATE TABLE incubator_founder (
  tenant_id   text NOT NULL REFERENCES tenant (code),
  id          uuid NOT NULL,
  version     bigint NOT NULL,
  project_id  uuid NOT NULL,
  trainee_id  uuid NOT NULL,
  joined_on   date NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, project_id, trainee_id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES incubator_project (tenant_id, id),
  FOREIGN KEY (tenant_id, trainee_id) REFERENCES trainee (tenant_id, id)
);
CREATE INDEX incubator_founder_trainee ON incubator_founder (tenant_id, trainee_id);
GRANT SELECT, INSERT ON incubator_founder TO ${app_role};
SELECT platform_isolate_tenant_table('incubator_founder');

CREATE TABLE incubator_session (
  tenant_id   text NOT NULL REFERENCES tenant (code),
  id          uuid NOT NULL,
  version     bigint NOT NULL,
  project_id  uuid NOT NULL,
  held_on     date NOT NULL,
  topic       text NOT NULL CHECK (length(topic) BETWEEN 1 AND 300),
  coach       text NOT NULL CHECK (length(coach) BETWEEN 1 AND 200),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, project_id) REFERENCES incubator_project (tenant_id, id)
);
CREATE INDEX incubator_session_project ON incubator_session (tenant_id, project_id, held_on);
GRANT SELECT, INSERT ON incubator_session TO ${app_role};
SELECT platform_isolate_tenant_table('incubator_session');
