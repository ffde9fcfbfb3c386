-- Action plans (issue 5; domain/actions/action.h). Every table is partnership-owned: it has
-- partnership_id, UNIQUE (partnership_id, id), and refers to its parents with composite foreign
-- keys, so a record can only ever point at records of its own partnership. Civil dates are
-- 'YYYY-MM-DD' TEXT (CHECKed for that shape), instants FormatInstant TEXT.

-- One owned change that answers learning. reported_rag and last_update_on come from the latest
-- progress update (NULL before the first); due_date_changes counts moves of due_on after creation.
CREATE TABLE actions (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  title TEXT NOT NULL,
  owner_agency_id BIGINT NOT NULL,
  lead_user_id BIGINT REFERENCES users (id),
  lead_name TEXT NOT NULL,
  success_measure TEXT NOT NULL DEFAULT '',
  due_on TEXT NOT NULL,
  priority TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'not_started',
  status_reason TEXT NOT NULL DEFAULT '',
  reported_rag TEXT,
  last_update_on TEXT,
  due_date_changes INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT priority CHECK (priority IN ('high', 'medium', 'low')),
  CONSTRAINT status CHECK (status IN ('not_started', 'in_progress', 'completed',
                                      'not_implemented', 'superseded')),
  CONSTRAINT status_reason CHECK (status NOT IN ('not_implemented', 'superseded')
                                  OR status_reason <> ''),
  CONSTRAINT reported_rag CHECK (reported_rag IS NULL OR reported_rag IN ('red', 'amber', 'green')),
  CONSTRAINT due_on CHECK (length(due_on) = 10 AND substr(due_on, 5, 1) = '-'
    AND substr(due_on, 8, 1) = '-'),
  CONSTRAINT last_update_on CHECK (last_update_on IS NULL OR (length(last_update_on) = 10
    AND substr(last_update_on, 5, 1) = '-' AND substr(last_update_on, 8, 1) = '-')),
  CONSTRAINT due_date_changes CHECK (due_date_changes >= 0),
  CONSTRAINT actions_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT actions_owner_agency_fk FOREIGN KEY (partnership_id, owner_agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
-- The action list (due date first), an agency's actions, a lead's actions.
CREATE INDEX actions_due ON actions (partnership_id, due_on, id);
CREATE INDEX actions_owner_agency ON actions (partnership_id, owner_agency_id, due_on);
CREATE INDEX actions_lead ON actions (partnership_id, lead_user_id, due_on);

-- Where an action comes from, in the order given (position): a kind and, for the kinds that name
-- a record (recommendation: review_recommendations.id; rapid_review: the case id of its rapid
-- review), ref_id. The repository checks ref_id against the partnership's records, so a new
-- kind of source needs a new value in the kind CHECK, not a new table.
CREATE TABLE action_sources (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  action_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  ref_id BIGINT,
  label TEXT NOT NULL DEFAULT '',
  CONSTRAINT kind CHECK (kind IN ('recommendation', 'rapid_review', 'national_review',
                                  'thematic_review', 'audit_finding', 'board_decision')),
  CONSTRAINT ref_id CHECK (kind NOT IN ('recommendation', 'rapid_review') OR ref_id IS NOT NULL),
  CONSTRAINT label CHECK (ref_id IS NOT NULL OR label <> ''),
  CONSTRAINT action_sources_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT action_sources_position_unique UNIQUE (partnership_id, action_id, position),
  CONSTRAINT action_sources_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
-- "Actions answering recommendation X", "actions from this case's rapid review".
CREATE INDEX action_sources_ref ON action_sources (partnership_id, kind, ref_id);

-- Progress updates: history, never changed or removed.
CREATE TABLE action_updates (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  action_id BIGINT NOT NULL,
  update_on TEXT NOT NULL,
  narrative TEXT NOT NULL,
  status TEXT NOT NULL,
  status_reason TEXT NOT NULL DEFAULT '',
  rag TEXT NOT NULL,
  evidence TEXT NOT NULL DEFAULT '',
  recorded_by BIGINT REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  CONSTRAINT status CHECK (status IN ('not_started', 'in_progress', 'completed',
                                      'not_implemented', 'superseded')),
  CONSTRAINT status_reason CHECK (status NOT IN ('not_implemented', 'superseded')
                                  OR status_reason <> ''),
  CONSTRAINT rag CHECK (rag IN ('red', 'amber', 'green')),
  CONSTRAINT update_on CHECK (length(update_on) = 10 AND substr(update_on, 5, 1) = '-'
    AND substr(update_on, 8, 1) = '-'),
  CONSTRAINT action_updates_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT action_updates_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
CREATE INDEX action_updates_action ON action_updates (partnership_id, action_id, update_on, id);
{append_only:action_updates};

-- Files attached to an update as evidence of impact: their records; the bytes are in
-- file_contents, by hash (as response_files).
CREATE TABLE evidence_files (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  update_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_at TEXT NOT NULL,
  CONSTRAINT size CHECK (size >= 0),
  CONSTRAINT sha256 CHECK (length(sha256) = 64),
  CONSTRAINT evidence_files_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT evidence_files_update_fk FOREIGN KEY (partnership_id, update_id)
    REFERENCES action_updates (partnership_id, id),
  -- The bytes are stored before the record that names them (in the same transaction).
  CONSTRAINT evidence_files_content_fk FOREIGN KEY (partnership_id, sha256)
    REFERENCES file_contents (partnership_id, sha256)
) {strict};
CREATE INDEX evidence_files_update ON evidence_files (partnership_id, update_id);

-- Quarterly review rounds: one per quarter of the financial year (quarter_year is the year the
-- financial year starts in) per partnership.
CREATE TABLE review_rounds (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  quarter_year INTEGER NOT NULL,
  quarter_number INTEGER NOT NULL,
  opened_on TEXT NOT NULL,
  opened_by BIGINT REFERENCES users (id),
  closed_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT quarter_year CHECK (quarter_year BETWEEN 1900 AND 2199),
  CONSTRAINT quarter_number CHECK (quarter_number BETWEEN 1 AND 4),
  CONSTRAINT opened_on CHECK (length(opened_on) = 10 AND substr(opened_on, 5, 1) = '-'
    AND substr(opened_on, 8, 1) = '-'),
  CONSTRAINT closed_on CHECK (closed_on IS NULL OR (length(closed_on) = 10
    AND substr(closed_on, 5, 1) = '-' AND substr(closed_on, 8, 1) = '-'
    AND closed_on >= opened_on)),
  CONSTRAINT review_rounds_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT review_rounds_quarter_unique UNIQUE (partnership_id, quarter_year, quarter_number)
) {strict};

-- One action's review in a round; outcome NULL until someone reviews it. new_due_on only with
-- the outcome extend.
CREATE TABLE review_entries (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  round_id BIGINT NOT NULL,
  action_id BIGINT NOT NULL,
  outcome TEXT,
  reviewed_by BIGINT REFERENCES users (id),
  reviewed_on TEXT,
  new_due_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  CONSTRAINT outcome CHECK (outcome IS NULL OR outcome IN ('on_track', 'escalate', 'close',
                                                           'extend')),
  CONSTRAINT new_due_on CHECK ((new_due_on IS NOT NULL) = (outcome IS NOT NULL
    AND outcome = 'extend') AND (new_due_on IS NULL OR (length(new_due_on) = 10
    AND substr(new_due_on, 5, 1) = '-' AND substr(new_due_on, 8, 1) = '-'))),
  CONSTRAINT reviewed_on CHECK (reviewed_on IS NULL OR (length(reviewed_on) = 10
    AND substr(reviewed_on, 5, 1) = '-' AND substr(reviewed_on, 8, 1) = '-')),
  CONSTRAINT review_entries_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT review_entries_action_id_unique UNIQUE (partnership_id, round_id, action_id),
  CONSTRAINT review_entries_round_fk FOREIGN KEY (partnership_id, round_id)
    REFERENCES review_rounds (partnership_id, id),
  CONSTRAINT review_entries_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
CREATE INDEX review_entries_action ON review_entries (partnership_id, action_id);
