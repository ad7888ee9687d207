-- Staff of a city: trainers and administrative staff, and trainers' teaching assignments to
-- training groups. Both tables carry both locks; references are composite (tenant_id, x_id).

CREATE TABLE staff_member (
  tenant_id             text NOT NULL REFERENCES tenant (code),
  id                    uuid NOT NULL,
  version               bigint NOT NULL,
  employee_number       text NOT NULL CHECK (employee_number ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  national_id           text CHECK (national_id ~ '^[A-Z]{1,2}[0-9]{1,8}$'),
  name_fr               text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar               text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  kind                  text NOT NULL CHECK (kind IN ('TRAINER', 'ADMINISTRATIVE')),
  contract_type         text NOT NULL CHECK (contract_type IN ('PERMANENT', 'FIXED_TERM', 'PART_TIME_VACATION')),
  contract_end          date,
  qualifications        text NOT NULL CHECK (length(qualifications) <= 4200),
  pole_id               uuid NOT NULL,
  weekly_ceiling_hours  integer CHECK (weekly_ceiling_hours BETWEEN 1 AND 44),
  hired_on              date NOT NULL,
  status                text NOT NULL CHECK (status IN ('ACTIVE', 'LEFT')),
  left_on               date,
  PRIMARY KEY (tenant_id, id),
  CONSTRAINT staff_member_employee_number_key UNIQUE (tenant_id, employee_number),
  CONSTRAINT staff_member_national_id_key UNIQUE (tenant_id, national_id),
  CONSTRAINT staff_member_pole_fk FOREIGN KEY (tenant_id, pole_id) REFERENCES pole (tenant_id, id),
  -- A fixed-term contract has an end date; the other contracts have none.
  CHECK ((contract_type = 'FIXED_TERM') = (contract_end IS NOT NULL)),
  CHECK (contract_end IS NULL OR contract_end >= hired_on),
  -- Trainers, and only trainers, have a weekly teaching-load ceiling (44 h: the legal work week).
  CHECK ((kind = 'TRAINER') = (weekly_ceiling_hours IS NOT NULL)),
  CHECK ((status = 'LEFT') = (left_on IS NOT NULL)),
  CHECK (left_on IS NULL OR left_on >= hired_on)
);
CREATE INDEX staff_member_pole ON staff_member (tenant_id, pole_id);
CREATE INDEX staff_member_kind ON staff_member (tenant_id, kind, status);
GRANT SELECT, INSERT, UPDATE ON staff_member TO ${app_role};
SELECT platform_isolate_tenant_table('staff_member');

CREATE TABLE teaching_assignment (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  trainer_id     uuid NOT NULL,
  group_id       uuid NOT NULL,
  programme_id   uuid NOT NULL,
  academic_year  text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'
                                      AND substr(academic_year, 6, 4)::int = substr(academic_year, 1, 4)::int + 1),
  subject        text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
  weekly_hours   integer NOT NULL CHECK (weekly_hours BETWEEN 1 AND 44),
  status         text NOT NULL CHECK (status IN ('ACTIVE', 'ENDED')),
  ended_on       date,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, trainer_id) REFERENCES staff_member (tenant_id, id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES training_group (tenant_id, id),
  FOREIGN KEY (tenant_id, programme_id) REFERENCES programme (tenant_id, id),
  CHECK ((status = 'ENDED') = (ended_on IS NOT NULL))
);
-- A group's subject is taught by one trainer at a time: one active assignment per group and subject.
CREATE UNIQUE INDEX teaching_assignment_one_active
  ON teaching_assignment (tenant_id, group_id, lower(subject)) WHERE status = 'ACTIVE';
CREATE INDEX teaching_assignment_trainer_year ON teaching_assignment (tenant_id, trainer_id, academic_year);
CREATE INDEX teaching_assignment_group ON teaching_assignment (tenant_id, group_id);
CREATE INDEX teaching_assignment_year ON teaching_assignment (tenant_id, academic_year, status);
GRANT SELECT, INSERT, UPDATE ON teaching_assignment TO ${app_role};
SELECT platform_isolate_tenant_table('teaching_assignment');
