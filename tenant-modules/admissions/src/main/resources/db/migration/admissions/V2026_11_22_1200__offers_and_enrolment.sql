-- Seats, offers, waitlists, groups and trainees of an intake.
--
-- seat_pool counts the first-year seats of a programme that offers hold (pending or accepted):
-- every change takes the row lock, and the CHECK makes over-filling impossible even if code forgot.

CREATE TABLE seat_pool (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  programme_id   uuid NOT NULL,
  academic_year  text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
  capacity       integer NOT NULL CHECK (capacity >= 0),
  held           integer NOT NULL CHECK (held >= 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, programme_id, academic_year),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (held <= capacity)
);
GRANT SELECT, INSERT, UPDATE ON seat_pool TO ${app_role};
SELECT platform_isolate_tenant_table('seat_pool');

CREATE TABLE offer (
  tenant_id       text NOT NULL REFERENCES tenant (code),
  id              uuid NOT NULL,
  version         bigint NOT NULL,
  application_id  uuid NOT NULL,
  programme_id    uuid NOT NULL,
  academic_year   text NOT NULL,
  status          text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED')),
  offered_at      timestamptz NOT NULL,
  expires_at      timestamptz NOT NULL,
  decided_at      timestamptz,
  decision_note   text CHECK (length(decision_note) <= 500),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (expires_at > offered_at)
);
-- An application holds at most one live offer.
CREATE UNIQUE INDEX offer_live ON offer (tenant_id, application_id) WHERE status IN ('PENDING', 'ACCEPTED');
CREATE INDEX offer_pending_expiry ON offer (tenant_id, expires_at) WHERE status = 'PENDING';
CREATE INDEX offer_programme ON offer (tenant_id, programme_id, academic_year, status);
GRANT SELECT, INSERT, UPDATE ON offer TO ${app_role};
SELECT platform_isolate_tenant_table('offer');

CREATE TABLE waitlist_entry (
  tenant_id       text NOT NULL REFERENCES tenant (code),
  id              uuid NOT NULL,
  version         bigint NOT NULL,
  programme_id    uuid NOT NULL,
  academic_year   text NOT NULL,
  application_id  uuid NOT NULL,
  position        integer NOT NULL CHECK (position >= 1),
  status          text NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'LEFT')),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, programme_id, academic_year, application_id),
  UNIQUE (tenant_id, programme_id, academic_year, position),
  FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id)
);
GRANT SELECT, INSERT, UPDATE ON waitlist_entry TO ${app_role};
SELECT platform_isolate_tenant_table('waitlist_entry');

CREATE TABLE training_group (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  programme_id   uuid NOT NULL,
  academic_year  text NOT NULL,
  code           text NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  capacity       integer NOT NULL CHECK (capacity BETWEEN 1 AND 100),
  size           integer NOT NULL CHECK (size >= 0),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, programme_id, academic_year, code),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK (size <= capacity)
);
GRANT SELECT, INSERT, UPDATE ON training_group TO ${app_role};
SELECT platform_isolate_tenant_table('training_group');

CREATE TABLE trainee (
  tenant_id         text NOT NULL REFERENCES tenant (code),
  id                uuid NOT NULL,
  version           bigint NOT NULL,
  applicant_id      uuid NOT NULL,
  application_id    uuid NOT NULL,
  programme_id      uuid NOT NULL,
  academic_year     text NOT NULL,
  group_id          uuid NOT NULL,
  status            text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DROPPED_OUT', 'TRANSFERRED', 'GRADUATED')),
  status_reason     text CHECK (length(status_reason) <= 500),
  enrolled_at       timestamptz NOT NULL,
  transferred_from  uuid,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, applicant_id) REFERENCES applicant (tenant_id, id),
  FOREIGN KEY (tenant_id, application_id) REFERENCES application (tenant_id, id),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  -- Checked at commit: a group opened for this enrolment is inserted in the same transaction, and
  -- the JPA mapping refers to it by id, so the insert order is not guaranteed.
  FOREIGN KEY (tenant_id, group_id) REFERENCES training_group (tenant_id, id) DEFERRABLE INITIALLY DEFERRED,
  FOREIGN KEY (tenant_id, transferred_from) REFERENCES trainee (tenant_id, id) DEFERRABLE INITIALLY DEFERRED
);
-- One current enrolment per application (a transfer closes the old record first).
CREATE UNIQUE INDEX trainee_current ON trainee (tenant_id, application_id) WHERE status IN ('ACTIVE', 'SUSPENDED');
CREATE INDEX trainee_programme ON trainee (tenant_id, programme_id, academic_year, status);
GRANT SELECT, INSERT, UPDATE ON trainee TO ${app_role};
SELECT platform_isolate_tenant_table('trainee');
