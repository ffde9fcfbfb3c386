-- Partnerships: the tenants. Every other partnership-owned table refers to one.
CREATE TABLE partnerships (
  id {id},
  slug TEXT NOT NULL,
  name TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT partnerships_slug_unique UNIQUE (slug)
) {strict};
