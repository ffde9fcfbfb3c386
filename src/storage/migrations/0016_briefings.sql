-- Learning briefings (domain/learning/briefing.h). Every table is partnership-owned: it has
-- partnership_id, UNIQUE (partnership_id, id), and refers to its parents with composite foreign
-- keys, so a briefing can only ever link records of its own partnership. Civil dates are
-- 'YYYY-MM-DD' TEXT, instants FormatInstant TEXT.

-- One briefing: its current words and where it is in its workflow (doc/learning.md).
-- audiences is the sorted list of audience names joined by ','.
CREATE TABLE briefings (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  body_markdown TEXT NOT NULL DEFAULT '',
  audiences TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL DEFAULT 'draft',
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  approved_by BIGINT REFERENCES users (id),
  approved_on TEXT,
  published_on TEXT,
  withdrawn_on TEXT,
  withdrawal_reason TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  CONSTRAINT kind CHECK (kind IN ('seven_minute', 'lessons_learned')),
  CONSTRAINT state CHECK (state IN ('draft', 'in_review', 'approved', 'published', 'withdrawn')),
  CONSTRAINT title CHECK (title <> ''),
  CONSTRAINT published_on CHECK (state NOT IN ('published', 'withdrawn')
                                 OR published_on IS NOT NULL),
  CONSTRAINT withdrawn CHECK (state <> 'withdrawn'
                              OR (withdrawn_on IS NOT NULL AND withdrawal_reason <> '')),
  CONSTRAINT briefings_partnership_id_id_unique UNIQUE (partnership_id, id)
) {strict};
-- The list (most recently changed first) and the public library (published, newest first).
CREATE INDEX briefings_updated ON briefings (partnership_id, updated_at, id);
CREATE INDEX briefings_state ON briefings (partnership_id, state, published_on);

-- A briefing's themes, from the partnership's theme list.
CREATE TABLE briefing_themes (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  briefing_id BIGINT NOT NULL,
  theme_id BIGINT NOT NULL,
  CONSTRAINT briefing_themes_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT briefing_themes_unique UNIQUE (briefing_id, theme_id),
  CONSTRAINT briefing_themes_briefing_fk FOREIGN KEY (partnership_id, briefing_id)
    REFERENCES briefings (partnership_id, id),
  CONSTRAINT briefing_themes_theme_fk FOREIGN KEY (partnership_id, theme_id)
    REFERENCES themes (partnership_id, id)
) {strict};

-- What a briefing draws on: cases, review recommendations and actions, by kind and id. The
-- service checks each id against the partnership's records; the composite foreign key of the
-- briefing keeps the row in its partnership.
CREATE TABLE briefing_links (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  briefing_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  ref_id BIGINT NOT NULL,
  CONSTRAINT kind CHECK (kind IN ('case', 'recommendation', 'action')),
  CONSTRAINT briefing_links_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT briefing_links_unique UNIQUE (briefing_id, kind, ref_id),
  CONSTRAINT briefing_links_briefing_fk FOREIGN KEY (partnership_id, briefing_id)
    REFERENCES briefings (partnership_id, id)
) {strict};
CREATE INDEX briefing_links_ref ON briefing_links (partnership_id, kind, ref_id);

-- Every saved version of a briefing's words (version = the briefing's version after the save):
-- kept for ever, never changed.
CREATE TABLE briefing_versions (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  briefing_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  title TEXT NOT NULL,
  body_markdown TEXT NOT NULL,
  saved_by BIGINT NOT NULL REFERENCES users (id),
  saved_at TEXT NOT NULL,
  CONSTRAINT briefing_versions_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT briefing_versions_unique UNIQUE (briefing_id, version),
  CONSTRAINT briefing_versions_briefing_fk FOREIGN KEY (partnership_id, briefing_id)
    REFERENCES briefings (partnership_id, id)
) {strict};
{append_only:briefing_versions};

-- The business manager's acceptances of publication check hits, by hit id (a digest of the hit's
-- kind and normalised passage: never the passage itself). Kept for ever.
CREATE TABLE briefing_hit_acceptances (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  briefing_id BIGINT NOT NULL,
  hit_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  reason TEXT NOT NULL,
  accepted_by BIGINT NOT NULL REFERENCES users (id),
  accepted_at TEXT NOT NULL,
  CONSTRAINT reason CHECK (reason <> ''),
  CONSTRAINT briefing_hit_acceptances_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT briefing_hit_acceptances_unique UNIQUE (briefing_id, hit_id),
  CONSTRAINT briefing_hit_acceptances_briefing_fk FOREIGN KEY (partnership_id, briefing_id)
    REFERENCES briefings (partnership_id, id)
) {strict};
{append_only:briefing_hit_acceptances};

-- The partnership's local places the publication check treats as identifying.
CREATE TABLE sensitive_places (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  name TEXT NOT NULL,
  CONSTRAINT name CHECK (name <> ''),
  CONSTRAINT sensitive_places_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT sensitive_places_unique UNIQUE (partnership_id, name)
) {strict};
