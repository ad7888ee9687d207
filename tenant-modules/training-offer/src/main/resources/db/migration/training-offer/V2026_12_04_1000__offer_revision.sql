-- A city's offer revision: a counter that every change of its poles, programmes or intakes
-- advances, in the changing transaction. The published offer (PublishedOffer) keeps each city's
-- offer of a year in memory and reads this one row per use: an unchanged revision means the
-- memory copy is exactly what the tables hold, on every instance of the platform, without
-- messages between instances. changed_in names the transaction of the last change, so a
-- transaction that changed the offer itself (and may still roll back) never fills the memory copy.
CREATE TABLE offer_revision (
  tenant_id   text NOT NULL PRIMARY KEY REFERENCES tenant (code),
  revision    bigint NOT NULL CHECK (revision > 0),
  changed_in  xid8 NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON offer_revision TO ${app_role};
SELECT platform_isolate_tenant_table('offer_revision');

-- Runs as the changing role, under the same row-level security: the tenant is the changed row's.
CREATE FUNCTION offer_revision_advance() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  city text := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
BEGIN
  INSERT INTO offer_revision AS r (tenant_id, revision, changed_in)
  VALUES (city, 1, pg_current_xact_id())
  ON CONFLICT (tenant_id) DO UPDATE SET revision = r.revision + 1, changed_in = excluded.changed_in;
  RETURN NULL;
END
$$;

CREATE TRIGGER offer_revision_pole AFTER INSERT OR UPDATE OR DELETE ON pole
  FOR EACH ROW EXECUTE FUNCTION offer_revision_advance();
CREATE TRIGGER offer_revision_programme AFTER INSERT OR UPDATE OR DELETE ON programme
  FOR EACH ROW EXECUTE FUNCTION offer_revision_advance();
CREATE TRIGGER offer_revision_intake AFTER INSERT OR UPDATE OR DELETE ON programme_intake
  FOR EACH ROW EXECUTE FUNCTION offer_revision_advance();
