-- Who changed what and when, per city. Append-only: the application role may insert and read,
-- never update or delete.
CREATE TABLE audit_event (
  tenant_id    text NOT NULL REFERENCES tenant (code),
  id           uuid NOT NULL,
  version      bigint NOT NULL DEFAULT 1,
  occurred_at  timestamptz NOT NULL,
  actor        text NOT NULL CHECK (length(actor) BETWEEN 1 AND 200),
  action       text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  entity_type  text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
  entity_id    uuid NOT NULL,
  summary      text NOT NULL CHECK (length(summary) <= 2000),
  PRIMARY KEY (tenant_id, id)
);

CREATE INDEX audit_event_entity ON audit_event (tenant_id, entity_id, occurred_at);

GRANT SELECT, INSERT ON audit_event TO ${app_role};
SELECT platform_isolate_tenant_table('audit_event');
