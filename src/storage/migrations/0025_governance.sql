-- Governance (domain/governance): the partnership's bodies as a tree, their terms of reference
-- (versions kept), members, meetings with their agenda, papers, attendance and minutes, and the
-- decisions, numbered per body and calendar year. Every table is partnership-owned: composite
-- foreign keys keep each row in its partnership (and a paper with its meeting's item, a decision
-- with its body's meeting). Civil dates are 'YYYY-MM-DD' TEXT.
--
-- Also: the finance officer role on memberships, and the source "meeting" on action_sources.

-- A body: chair_member_id and vice_chair_member_id name rows of body_members (made after the
-- body, so no foreign key); the repository checks they are members of this body.
CREATE TABLE bodies (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  parent_id BIGINT,
  chair_member_id BIGINT,
  vice_chair_member_id BIGINT,
  quorum_minimum INTEGER NOT NULL,
  quorum_statutory INTEGER NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT name CHECK (name <> ''),
  CONSTRAINT kind CHECK (kind IN ('board', 'partnership_group', 'subgroup',
                                  'task_and_finish_group')),
  CONSTRAINT quorum_minimum CHECK (quorum_minimum BETWEEN 1 AND 100),
  CONSTRAINT quorum_statutory CHECK (quorum_statutory IN (0, 1)),
  CONSTRAINT vice_chair_member_id CHECK (vice_chair_member_id IS NULL
                                         OR vice_chair_member_id <> chair_member_id),
  CONSTRAINT bodies_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT bodies_name_unique UNIQUE (partnership_id, name),
  CONSTRAINT bodies_parent_fk FOREIGN KEY (partnership_id, parent_id)
    REFERENCES bodies (partnership_id, id)
) {strict};

-- One version of a body's terms of reference (Markdown): numbered 1, 2, ... within the body, never
-- changed once stored.
CREATE TABLE body_terms (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  body_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  review_on TEXT NOT NULL,
  saved_on TEXT NOT NULL,
  saved_by BIGINT NOT NULL REFERENCES users (id),
  CONSTRAINT number CHECK (number >= 1),
  CONSTRAINT review_on CHECK (length(review_on) = 10 AND substr(review_on, 5, 1) = '-'
    AND substr(review_on, 8, 1) = '-'),
  CONSTRAINT saved_on CHECK (length(saved_on) = 10 AND substr(saved_on, 5, 1) = '-'
    AND substr(saved_on, 8, 1) = '-'),
  CONSTRAINT body_terms_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT body_terms_number_unique UNIQUE (partnership_id, body_id, number),
  CONSTRAINT body_terms_body_fk FOREIGN KEY (partnership_id, body_id)
    REFERENCES bodies (partnership_id, id)
) {strict};
{append_only:body_terms};

-- A member of a body: a person or a named post (at least one of the two), perhaps with an account
-- and an agency, from a day and perhaps to a day (to_on: the last day; NULL: current).
CREATE TABLE body_members (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  body_id BIGINT NOT NULL,
  person TEXT NOT NULL DEFAULT '',
  post TEXT NOT NULL DEFAULT '',
  user_id BIGINT REFERENCES users (id),
  agency_id BIGINT,
  role TEXT NOT NULL,
  from_on TEXT NOT NULL,
  to_on TEXT,
  CONSTRAINT person CHECK (person <> '' OR post <> ''),
  CONSTRAINT role CHECK (role IN ('member', 'deputy', 'adviser')),
  CONSTRAINT from_on CHECK (length(from_on) = 10 AND substr(from_on, 5, 1) = '-'
    AND substr(from_on, 8, 1) = '-'),
  CONSTRAINT to_on CHECK (to_on IS NULL OR (length(to_on) = 10 AND substr(to_on, 5, 1) = '-'
    AND substr(to_on, 8, 1) = '-' AND to_on >= from_on)),
  CONSTRAINT body_members_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT body_members_body_fk FOREIGN KEY (partnership_id, body_id)
    REFERENCES bodies (partnership_id, id),
  CONSTRAINT body_members_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE INDEX body_members_body ON body_members (partnership_id, body_id, from_on, id);

-- A meeting of a body: its minutes a draft until a later meeting's decision approves them
-- (minutes_approved_by: that decision's id; decisions are made after meetings, so no foreign key).
CREATE TABLE meetings (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  body_id BIGINT NOT NULL,
  held_on TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  duration_minutes INTEGER NOT NULL,
  location TEXT NOT NULL DEFAULT '',
  cancelled INTEGER NOT NULL DEFAULT 0,
  minutes TEXT NOT NULL DEFAULT '',
  minutes_state TEXT NOT NULL DEFAULT 'none',
  minutes_approved_by BIGINT,
  version BIGINT NOT NULL,
  CONSTRAINT held_on CHECK (length(held_on) = 10 AND substr(held_on, 5, 1) = '-'
    AND substr(held_on, 8, 1) = '-'),
  CONSTRAINT starts_at CHECK (length(starts_at) = 5 AND substr(starts_at, 3, 1) = ':'),
  CONSTRAINT duration_minutes CHECK (duration_minutes BETWEEN 15 AND 720),
  CONSTRAINT cancelled CHECK (cancelled IN (0, 1)),
  CONSTRAINT minutes_state CHECK (minutes_state IN ('none', 'draft', 'approved')),
  CONSTRAINT minutes_approved_by CHECK (minutes_approved_by IS NULL
                                        OR minutes_state = 'approved'),
  CONSTRAINT meetings_partnership_id_id_unique UNIQUE (partnership_id, id),
  -- Lets a decision name a meeting of its own body only.
  CONSTRAINT meetings_body_id_id_unique UNIQUE (partnership_id, body_id, id),
  CONSTRAINT meetings_body_fk FOREIGN KEY (partnership_id, body_id)
    REFERENCES bodies (partnership_id, id)
) {strict};
-- A body's meetings by date; every meeting in a period.
CREATE INDEX meetings_body_held ON meetings (partnership_id, body_id, held_on);
CREATE INDEX meetings_held ON meetings (partnership_id, held_on);

-- An item of a meeting's agenda, at its position (1, 2, ...); restricted: read only by the body's
-- members and the business unit.
CREATE TABLE agenda_items (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  meeting_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  title TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  restricted INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT position CHECK (position >= 1),
  CONSTRAINT title CHECK (title <> ''),
  CONSTRAINT restricted CHECK (restricted IN (0, 1)),
  CONSTRAINT agenda_items_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT agenda_items_position_unique UNIQUE (partnership_id, meeting_id, position),
  -- Lets a paper name an item of its own meeting only.
  CONSTRAINT agenda_items_meeting_id_id_unique UNIQUE (partnership_id, meeting_id, id),
  CONSTRAINT agenda_items_meeting_fk FOREIGN KEY (partnership_id, meeting_id)
    REFERENCES meetings (partnership_id, id)
) {strict};

-- A paper of an agenda item: its record; the bytes are in file_contents, by hash (as
-- evidence_files).
CREATE TABLE meeting_papers (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  meeting_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  CONSTRAINT size CHECK (size >= 0),
  CONSTRAINT sha256 CHECK (length(sha256) = 64),
  CONSTRAINT meeting_papers_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT meeting_papers_item_fk FOREIGN KEY (partnership_id, meeting_id, item_id)
    REFERENCES agenda_items (partnership_id, meeting_id, id),
  -- The bytes are stored before the record that names them (in the same transaction).
  CONSTRAINT meeting_papers_content_fk FOREIGN KEY (partnership_id, sha256)
    REFERENCES file_contents (partnership_id, sha256)
) {strict};
CREATE INDEX meeting_papers_meeting ON meeting_papers (partnership_id, meeting_id, item_id, id);

-- One member's mark at a meeting (replaced as a whole when attendance is recorded); a deputy
-- sent is named.
CREATE TABLE attendance (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  meeting_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  status TEXT NOT NULL,
  deputy TEXT NOT NULL DEFAULT '',
  CONSTRAINT status CHECK (status IN ('present', 'apologies', 'deputy', 'absent')),
  CONSTRAINT deputy CHECK (status <> 'deputy' OR deputy <> ''),
  CONSTRAINT attendance_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT attendance_member_unique UNIQUE (partnership_id, meeting_id, member_id),
  CONSTRAINT attendance_meeting_fk FOREIGN KEY (partnership_id, meeting_id)
    REFERENCES meetings (partnership_id, id),
  CONSTRAINT attendance_member_fk FOREIGN KEY (partnership_id, member_id)
    REFERENCES body_members (partnership_id, id)
) {strict};

-- A decision of a meeting, numbered within its body and the meeting's calendar year ("2026/4").
-- It may approve the minutes of another meeting of the same body, and may have made an action
-- (that action's source is the meeting).
CREATE TABLE decisions (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  meeting_id BIGINT NOT NULL,
  body_id BIGINT NOT NULL,
  year INTEGER NOT NULL,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  approves_minutes_of BIGINT,
  action_id BIGINT,
  CONSTRAINT year CHECK (year BETWEEN 1900 AND 2199),
  CONSTRAINT number CHECK (number >= 1),
  CONSTRAINT text CHECK (text <> ''),
  CONSTRAINT approves_minutes_of CHECK (approves_minutes_of IS NULL
                                        OR approves_minutes_of <> meeting_id),
  CONSTRAINT decisions_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT decisions_number_unique UNIQUE (partnership_id, body_id, year, number),
  CONSTRAINT decisions_meeting_fk FOREIGN KEY (partnership_id, body_id, meeting_id)
    REFERENCES meetings (partnership_id, body_id, id),
  CONSTRAINT decisions_approves_fk FOREIGN KEY (partnership_id, body_id, approves_minutes_of)
    REFERENCES meetings (partnership_id, body_id, id),
  CONSTRAINT decisions_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
CREATE INDEX decisions_meeting ON decisions (partnership_id, meeting_id);

-- The finance officer role. Membership ids are kept (audit events and addresses name them), so
-- PostgreSQL changes the CHECK in place; SQLite cannot, so it makes the table again with the ids,
-- and carries the AUTOINCREMENT high-water mark over so that no id is ever given out twice.
{if_postgres}
ALTER TABLE memberships DROP CONSTRAINT role;
ALTER TABLE memberships ADD CONSTRAINT role CHECK (role IN ('administrator', 'business_manager',
  'business_officer', 'agency_lead', 'reviewer', 'board_member', 'auditor', 'finance_officer'));
{end_if}
{if_sqlite}
CREATE TABLE memberships_v2 (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  agency_id BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT role CHECK (role IN ('administrator', 'business_manager', 'business_officer',
                                  'agency_lead', 'reviewer', 'board_member', 'auditor',
                                  'finance_officer')),
  CONSTRAINT agency_id CHECK (role <> 'agency_lead' OR agency_id IS NOT NULL),
  CONSTRAINT memberships_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT memberships_role_unique UNIQUE (partnership_id, user_id, role),
  CONSTRAINT memberships_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
INSERT INTO memberships_v2 (id, partnership_id, user_id, role, agency_id, version, created_at)
  SELECT id, partnership_id, user_id, role, agency_id, version, created_at FROM memberships
  ORDER BY id;
-- The old table's mark is at least as high as every id copied; DROP TABLE would delete it, so it
-- becomes the new table's mark first (and RENAME carries it to the new name).
DELETE FROM sqlite_sequence WHERE name = 'memberships_v2';
UPDATE sqlite_sequence SET name = 'memberships_v2' WHERE name = 'memberships';
DROP TABLE memberships;
ALTER TABLE memberships_v2 RENAME TO memberships;
CREATE INDEX memberships_user ON memberships (user_id);
{end_if}

-- The source "meeting" (ref_id: the meeting whose decision made the action), as migration 0021
-- did for self_evaluation: the table made again with the wider CHECK, its rows copied with new
-- ids (referenced nowhere), the unique constraints under new names.
CREATE TABLE action_sources_v3 (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  action_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  ref_id BIGINT,
  label TEXT NOT NULL DEFAULT '',
  CONSTRAINT kind CHECK (kind IN ('recommendation', 'rapid_review', 'national_review',
                                  'thematic_review', 'audit_finding', 'board_decision',
                                  'self_evaluation', 'meeting')),
  CONSTRAINT ref_id CHECK (kind NOT IN ('recommendation', 'rapid_review', 'self_evaluation',
                                        'meeting')
                           OR ref_id IS NOT NULL),
  CONSTRAINT label CHECK (ref_id IS NOT NULL OR label <> ''),
  CONSTRAINT action_sources_v3_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT action_sources_v3_position_unique UNIQUE (partnership_id, action_id, position),
  CONSTRAINT action_sources_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
INSERT INTO action_sources_v3 (partnership_id, action_id, position, kind, ref_id, label)
  SELECT partnership_id, action_id, position, kind, ref_id, label FROM action_sources
  ORDER BY partnership_id, action_id, position;
DROP TABLE action_sources;
ALTER TABLE action_sources_v3 RENAME TO action_sources;
CREATE INDEX action_sources_ref ON action_sources (partnership_id, kind, ref_id);
