-- Agencies: the organisations taking part in a partnership. Names are unique within a
-- partnership; the unique index also serves lookups by partnership_id.
CREATE TABLE agencies (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  name TEXT NOT NULL,
  type TEXT NOT NULL,
  statutory_partner INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT type CHECK (type IN ('local_authority', 'police', 'health', 'education',
                                  'probation', 'voluntary_sector', 'other')),
  CONSTRAINT statutory_partner CHECK (statutory_partner IN (0, 1)),
  CONSTRAINT agencies_name_unique UNIQUE (partnership_id, name),
  -- Lets other partnership-owned tables refer to an agency of their own partnership only:
  -- FOREIGN KEY (partnership_id, agency_id) REFERENCES agencies (partnership_id, id).
  CONSTRAINT agencies_partnership_id_id_unique UNIQUE (partnership_id, id)
) {strict};
