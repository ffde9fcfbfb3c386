-- An action may come from an agency's self-evaluation return (an improvement action; ref_id: the
-- return's id). The kind CHECK is part of the table, so the table is made again with the wider
-- CHECK and its rows copied. Their ids are referenced nowhere (sources are replaced as a whole,
-- by position), so new ids are assigned, which keeps PostgreSQL's identity sequence in step. The
-- unique constraints take new names: PostgreSQL's index names are unique in the schema while the
-- old table exists.
CREATE TABLE action_sources_v2 (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  action_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  ref_id BIGINT,
  label TEXT NOT NULL DEFAULT '',
  CONSTRAINT kind CHECK (kind IN ('recommendation', 'rapid_review', 'national_review',
                                  'thematic_review', 'audit_finding', 'board_decision',
                                  'self_evaluation')),
  CONSTRAINT ref_id CHECK (kind NOT IN ('recommendation', 'rapid_review', 'self_evaluation')
                           OR ref_id IS NOT NULL),
  CONSTRAINT label CHECK (ref_id IS NOT NULL OR label <> ''),
  CONSTRAINT action_sources_v2_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT action_sources_v2_position_unique UNIQUE (partnership_id, action_id, position),
  CONSTRAINT action_sources_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
INSERT INTO action_sources_v2 (partnership_id, action_id, position, kind, ref_id, label)
  SELECT partnership_id, action_id, position, kind, ref_id, label FROM action_sources
  ORDER BY partnership_id, action_id, position;
DROP TABLE action_sources;
ALTER TABLE action_sources_v2 RENAME TO action_sources;
CREATE INDEX action_sources_ref ON action_sources (partnership_id, kind, ref_id);
