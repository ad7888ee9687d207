-- Platforms and shared facilities of a city: the bookable resources with their weekly opening
-- hours, and their bookings. No resource is ever booked twice for the same moment: the exclusion
-- constraint on the booked period holds even if the application forgot to check.

CREATE TABLE facility_resource (
  tenant_id      text NOT NULL REFERENCES tenant (code),
  id             uuid NOT NULL,
  version        bigint NOT NULL,
  code           text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,31}$'),
  name_fr        text NOT NULL CHECK (length(name_fr) BETWEEN 1 AND 200),
  name_ar        text NOT NULL CHECK (length(name_ar) BETWEEN 1 AND 200),
  kind           text NOT NULL CHECK (kind IN (
                   'PEDAGOGICAL_HOTEL', 'PEDAGOGICAL_RESTAURANT', 'DIGITAL_FACTORY', 'VIRTUAL_COMPANY',
                   'CARE_UNIT', 'LEARNING_FACTORY', 'PEDAGOGICAL_NURSERY', 'PEDAGOGICAL_APARTMENT',
                   'LANGUAGE_CENTRE', 'MEDIA_LIBRARY', 'COWORKING', 'INCUBATOR', 'FAB_LAB',
                   'CONFERENCE_CENTRE', 'CAREER_CENTRE', 'MOOC_STUDIO', 'SPORTS_FIELD')),
  capacity       integer NOT NULL CHECK (capacity BETWEEN 1 AND 5000),
  pole_id        uuid,
  -- Weekly hours in local time (Africa/Casablanca), one entry per open day, ISO day number
  -- first: '1 08:00-12:00 14:00-18:00;2 08:00-18:00'. Parsed and checked by OpeningHours.
  opening_hours  text NOT NULL CHECK (opening_hours ~ '^([1-7]( [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])+(;[1-7]( [0-2][0-9]:[0-5][0-9]-[0-2][0-9]:[0-5][0-9])+)*)?$'),
  active         boolean NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, pole_id) REFERENCES pole (tenant_id, id)
);
CREATE INDEX facility_resource_kind ON facility_resource (tenant_id, kind);
GRANT SELECT, INSERT ON facility_resource TO ${app_role};
GRANT UPDATE (version, name_fr, name_ar, kind, capacity, pole_id, opening_hours, active)
  ON facility_resource TO ${app_role};
SELECT platform_isolate_tenant_table('facility_resource');

CREATE TABLE facility_booking (
  tenant_id         text NOT NULL REFERENCES tenant (code),
  id                uuid NOT NULL,
  version           bigint NOT NULL,
  resource_id       uuid NOT NULL,
  starts_at         timestamptz NOT NULL,
  ends_at           timestamptz NOT NULL,
  -- The period the exclusion constraint compares; derived, so it can never disagree with the two
  -- instants the application writes.
  period            tstzrange NOT NULL GENERATED ALWAYS AS (tstzrange(starts_at, ends_at, '[)')) STORED,
  booker_kind       text NOT NULL CHECK (booker_kind IN ('GROUP', 'TRAINER', 'INCUBATOR_PROJECT', 'PARTNER')),
  group_id          uuid,
  booker_reference  text NOT NULL CHECK (length(booker_reference) BETWEEN 1 AND 200),
  attendees         integer NOT NULL CHECK (attendees BETWEEN 1 AND 5000),
  purpose           text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 500),
  status            text NOT NULL CHECK (status IN ('BOOKED', 'CANCELLED')),
  booked_by         text NOT NULL,
  booked_at         timestamptz NOT NULL,
  cancelled_by      text,
  cancelled_at      timestamptz,
  cancel_reason     text CHECK (length(cancel_reason) BETWEEN 1 AND 500),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, resource_id) REFERENCES facility_resource (tenant_id, id),
  FOREIGN KEY (tenant_id, group_id) REFERENCES training_group (tenant_id, id),
  CHECK (starts_at < ends_at),
  CHECK (ends_at - starts_at <= interval '12 hours'),
  CHECK ((booker_kind = 'GROUP') = (group_id IS NOT NULL)),
  CHECK ((status = 'CANCELLED') = (cancelled_at IS NOT NULL AND cancelled_by IS NOT NULL
                                   AND cancel_reason IS NOT NULL)),
  CONSTRAINT facility_booking_no_overlap
    EXCLUDE USING gist (tenant_id WITH =, resource_id WITH =, period WITH &&) WHERE (status = 'BOOKED')
);
CREATE INDEX facility_booking_starts ON facility_booking (tenant_id, starts_at);
CREATE INDEX facility_booking_group ON facility_booking (tenant_id, group_id);
GRANT SELECT, INSERT ON facility_booking TO ${app_role};
GRANT UPDATE (version, status, cancelled_by, cancelled_at, cancel_reason) ON facility_booking TO ${app_role};
SELECT platform_isolate_tenant_table('facility_booking');
