-- Exclusion constraints that mix equality on plain columns (tenant_id, a bed, a room) with overlap
-- of a time range ("no bed assigned twice for overlapping periods", "no double booking") need the
-- btree_gist operator classes. The extension is trusted: the database owner, who runs the
-- migrations, may create it; no superuser is needed at run time.
CREATE EXTENSION IF NOT EXISTS btree_gist;
