-- The boarding house of a city: wings by sex, rooms, beds, the allocation policy of each
-- academic year, applications for a bed, and bed assignments. The sex of a wing travels down to
-- its rooms, beds and assignments through composite foreign keys, so the database itself refuses a
-- bed of one wing assigned to a trainee of the other sex; two exclusion constraints refuse a bed
-- held twice, or a trainee holding two beds, for overlapping periods.

CREATE TABLE boarding_wing (
  tenant_id  text NOT NULL REFERENCES tenant (code),
  id         uuid NOT NULL,
  version    bigint NOT NULL,
  code       text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  name_fr    text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar    text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  sex        text NOT NULL CHECK (sex IN ('F', 'M')),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id, sex)
);
GRANT SELECT, INSERT, UPDATE ON boarding_wing TO ${app_role};
SELECT platform_isolate_tenant_table('boarding_wing');

CREATE TABLE boarding_room (
  tenant_id  text NOT NULL REFERENCES tenant (code),
  id         uuid NOT NULL,
  version    bigint NOT NULL,
  code       text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  wing_id    uuid NOT NULL,
  sex        text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id, sex),
  FOREIGN KEY (tenant_id, wing_id, sex) REFERENCES boarding_wing (tenant_id, id, sex)
);
CREATE INDEX boarding_room_wing ON boarding_room (tenant_id, wing_id);
GRANT SELECT, INSERT, UPDATE ON boarding_room TO ${app_role};
SELECT platform_isolate_tenant_table('boarding_room');

CREATE TABLE boarding_bed (
  tenant_id  text NOT NULL REFERENCES tenant (code),
  id         uuid NOT NULL,
  version    bigint NOT NULL,
  code       text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,39}$'),
  room_id    uuid NOT NULL,
  sex        text NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, id, sex),
  -- Deferred: a room and its beds are inserted in one transaction, in an order JPA does not fix.
  FOREIGN KEY (tenant_id, room_id, sex) REFERENCES boarding_room (tenant_id, id, sex)
    DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX boarding_bed_room ON boarding_bed (tenant_id, room_id);
GRANT SELECT, INSERT, UPDATE ON boarding_bed TO ${app_role};
SELECT platform_isolate_tenant_table('boarding_bed');

CREATE TABLE boarding_policy (
  tenant_id                text NOT NULL REFERENCES tenant (code),
  id                       uuid NOT NULL,
  version                  bigint NOT NULL,
  academic_year            text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'
                                                AND substr(academic_year, 6, 4)::int = substr(academic_year, 1, 4)::int + 1),
  remote_area_points       integer NOT NULL CHECK (remote_area_points BETWEEN 0 AND 1000),
  points_per_10_km         integer NOT NULL CHECK (points_per_10_km BETWEEN 0 AND 1000),
  social_need_points       integer NOT NULL CHECK (social_need_points BETWEEN 0 AND 1000),
  disability_points        integer NOT NULL CHECK (disability_points BETWEEN 0 AND 1000),
  starts_on                date NOT NULL,
  ends_on                  date NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, academic_year),
  CHECK (starts_on < ends_on)
);
GRANT SELECT, INSERT, UPDATE ON boarding_policy TO ${app_role};
SELECT platform_isolate_tenant_table('boarding_policy');

CREATE TABLE boarding_application (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  trainee_id     uuid NOT NULL,
  academic_year  text NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
  sex            text NOT NULL CHECK (sex IN ('F', 'M')),
  remote_area    boolean NOT NULL,
  disability     boolean NOT NULL,
  distance_km    integer NOT NULL CHECK (distance_km BETWEEN 0 AND 3000),
  social_need    boolean NOT NULL,
  submitted_at   timestamptz NOT NULL,
  status         text NOT NULL CHECK (status IN ('PENDING', 'WAITLISTED', 'HOUSED', 'LEFT', 'WITHDRAWN')),
  score          integer,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, trainee_id, academic_year),
  UNIQUE (tenant_id, id, sex),
  FOREIGN KEY (tenant_id, trainee_id) REFERENCES trainee (tenant_id, id)
);
CREATE INDEX boarding_application_year ON boarding_application (tenant_id, academic_year, status);
GRANT SELECT, INSERT, UPDATE ON boarding_application TO ${app_role};
SELECT platform_isolate_tenant_table('boarding_application');

-- A bed held by a trainee for [starts_on, ends_on): the end is exclusive (the day of check-out
-- is not spent in the bed). A cancelled row no longer holds its bed.
CREATE TABLE bed_assignment (
  tenant_id       text NOT NULL REFERENCES tenant (code),
  id              uuid NOT NULL,
  version         bigint NOT NULL,
  bed_id          uuid NOT NULL,
  application_id  uuid NOT NULL,
  trainee_id      uuid NOT NULL,
  academic_year   text NOT NULL,
  sex             text NOT NULL,
  starts_on       date NOT NULL,
  ends_on         date NOT NULL,
  period          daterange GENERATED ALWAYS AS (daterange(starts_on, ends_on, '[)')) STORED,
  status          text NOT NULL CHECK (status IN ('RESERVED', 'CHECKED_IN', 'CHECKED_OUT', 'CANCELLED')),
  checked_in_on   date,
  checked_out_on  date,
  assigned_at     timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, bed_id, sex) REFERENCES boarding_bed (tenant_id, id, sex),
  FOREIGN KEY (tenant_id, application_id, sex) REFERENCES boarding_application (tenant_id, id, sex),
  FOREIGN KEY (tenant_id, trainee_id) REFERENCES trainee (tenant_id, id),
  CHECK (starts_on <= ends_on),
  CHECK ((status IN ('CHECKED_IN', 'CHECKED_OUT')) = (checked_in_on IS NOT NULL)),
  CHECK ((status = 'CHECKED_OUT') = (checked_out_on IS NOT NULL)),
  CHECK (checked_in_on IS NULL OR (checked_in_on >= starts_on AND checked_in_on <= ends_on)),
  CHECK (checked_out_on IS NULL OR (checked_out_on = ends_on AND checked_out_on >= checked_in_on)),
  -- Never one bed for two trainees at once, whatever the code does.
  CONSTRAINT bed_assignment_no_overlap
    EXCLUDE USING gist (tenant_id WITH =, bed_id WITH =, period WITH &&) WHERE (status <> 'CANCELLED'),
  -- Never two beds for one trainee at once.
  CONSTRAINT bed_assignment_one_bed_per_trainee
    EXCLUDE USING gist (tenant_id WITH =, trainee_id WITH =, period WITH &&) WHERE (status <> 'CANCELLED')
);
CREATE INDEX bed_assignment_year ON bed_assignment (tenant_id, academic_year, status);
CREATE INDEX bed_assignment_application ON bed_assignment (tenant_id, application_id);
GRANT SELECT, INSERT, UPDATE ON bed_assignment TO ${app_role};
SELECT platform_isolate_tenant_table('bed_assignment');
