-- Quality assurance (domain/assurance): the QA framework's activities, the standards frameworks
-- (data, versioned), and the self-evaluation rounds with their returns, evidence and challenges.
-- Every table is partnership-owned: composite foreign keys keep each row in its partnership.

-- An activity of the partnership's QA framework (activity.h).
CREATE TABLE assurance_activities (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  lead_user_id BIGINT REFERENCES users (id),
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  state TEXT NOT NULL,
  completed_on TEXT,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT kind CHECK (kind IN ('thematic_review', 'self_evaluation_round', 'staff_survey',
                                  'case_audit', 'practitioner_conversation',
                                  'service_user_feedback')),
  CONSTRAINT state CHECK (state IN ('planned', 'open', 'analysing', 'reporting', 'closed')),
  CONSTRAINT period CHECK (length(starts_on) = 10 AND length(ends_on) = 10
    AND ends_on >= starts_on),
  CONSTRAINT completed_on CHECK ((state = 'closed') = (completed_on IS NOT NULL)),
  CONSTRAINT assurance_activities_partnership_id_id_unique UNIQUE (partnership_id, id)
) {strict};
CREATE INDEX assurance_activities_period ON assurance_activities (partnership_id, starts_on, id);

-- An activity's themes, agencies taking part, and the activities it draws on.
CREATE TABLE assurance_activity_themes (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  theme_id BIGINT NOT NULL,
  CONSTRAINT assurance_activity_themes_unique UNIQUE (partnership_id, activity_id, theme_id),
  CONSTRAINT assurance_activity_themes_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id),
  CONSTRAINT assurance_activity_themes_theme_fk FOREIGN KEY (partnership_id, theme_id)
    REFERENCES themes (partnership_id, id)
) {strict};
CREATE TABLE assurance_activity_agencies (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  CONSTRAINT assurance_activity_agencies_unique UNIQUE (partnership_id, activity_id, agency_id),
  CONSTRAINT assurance_activity_agencies_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id),
  CONSTRAINT assurance_activity_agencies_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE TABLE assurance_activity_links (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  feeds_from_id BIGINT NOT NULL,
  CONSTRAINT not_itself CHECK (feeds_from_id <> activity_id),
  CONSTRAINT assurance_activity_links_unique UNIQUE (partnership_id, activity_id, feeds_from_id),
  CONSTRAINT assurance_activity_links_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id),
  CONSTRAINT assurance_activity_links_feeds_from_fk FOREIGN KEY (partnership_id, feeds_from_id)
    REFERENCES assurance_activities (partnership_id, id)
) {strict};

-- A version of a standards framework (standards.h): never changed once stored; an edit is the
-- next version of the same family (family_id: the first version's id, NULL for the first).
CREATE TABLE standards_frameworks (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  family_id BIGINT,
  version_number INTEGER NOT NULL,
  template_key TEXT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL,
  scale TEXT NOT NULL,
  evidence_required INTEGER NOT NULL,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  CONSTRAINT scale CHECK (scale IN ('four_point', 'rag')),
  CONSTRAINT evidence_required CHECK (evidence_required IN (0, 1)),
  CONSTRAINT version_number CHECK (version_number >= 1
    AND (family_id IS NULL) = (version_number = 1)),
  CONSTRAINT standards_frameworks_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT standards_frameworks_version_unique UNIQUE (partnership_id, family_id,
                                                         version_number),
  CONSTRAINT standards_frameworks_family_fk FOREIGN KEY (partnership_id, family_id)
    REFERENCES standards_frameworks (partnership_id, id)
) {strict};
{append_only:standards_frameworks};
CREATE TABLE standards (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  framework_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  code TEXT NOT NULL,
  heading TEXT NOT NULL,
  statement TEXT NOT NULL,
  good_looks_like TEXT NOT NULL,
  CONSTRAINT standards_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT standards_code_unique UNIQUE (partnership_id, framework_id, code),
  CONSTRAINT standards_position_unique UNIQUE (partnership_id, framework_id, position),
  CONSTRAINT standards_framework_fk FOREIGN KEY (partnership_id, framework_id)
    REFERENCES standards_frameworks (partnership_id, id)
) {strict};
{append_only:standards};

-- A self-evaluation round (self_evaluation.h), one per activity of kind self_evaluation_round.
CREATE TABLE self_evaluation_rounds (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  framework_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  state TEXT NOT NULL,
  closed_on TEXT,
  shared INTEGER NOT NULL,
  opened_by BIGINT NOT NULL REFERENCES users (id),
  version BIGINT NOT NULL,
  CONSTRAINT state CHECK (state IN ('open', 'closed')),
  CONSTRAINT closed_on CHECK ((state = 'closed') = (closed_on IS NOT NULL)),
  CONSTRAINT shared CHECK (shared IN (0, 1) AND (shared = 0 OR state = 'closed')),
  CONSTRAINT self_evaluation_rounds_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT self_evaluation_rounds_activity_unique UNIQUE (partnership_id, activity_id),
  CONSTRAINT self_evaluation_rounds_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id),
  CONSTRAINT self_evaluation_rounds_framework_fk FOREIGN KEY (partnership_id, framework_id)
    REFERENCES standards_frameworks (partnership_id, id)
) {strict};

-- One agency's return in a round; its answers are one row per standard of the round's framework.
CREATE TABLE self_evaluation_returns (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  round_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  state TEXT NOT NULL,
  first_submitted_on TEXT,
  submitted_on TEXT,
  submitted_by BIGINT REFERENCES users (id),
  reopen_reason TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT state CHECK (state IN ('draft', 'submitted')),
  CONSTRAINT submitted CHECK (state = 'draft' OR (submitted_on IS NOT NULL
    AND first_submitted_on IS NOT NULL)),
  CONSTRAINT self_evaluation_returns_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT self_evaluation_returns_agency_unique UNIQUE (partnership_id, round_id, agency_id),
  CONSTRAINT self_evaluation_returns_round_fk FOREIGN KEY (partnership_id, round_id)
    REFERENCES self_evaluation_rounds (partnership_id, id),
  CONSTRAINT self_evaluation_returns_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE INDEX self_evaluation_returns_agency ON self_evaluation_returns
  (partnership_id, agency_id, round_id);
CREATE TABLE self_evaluation_answers (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  return_id BIGINT NOT NULL,
  standard_id BIGINT NOT NULL,
  rating TEXT NOT NULL,
  narrative TEXT NOT NULL,
  agreed_rating TEXT NOT NULL,
  CONSTRAINT self_evaluation_answers_unique UNIQUE (partnership_id, return_id, standard_id),
  CONSTRAINT self_evaluation_answers_return_fk FOREIGN KEY (partnership_id, return_id)
    REFERENCES self_evaluation_returns (partnership_id, id),
  CONSTRAINT self_evaluation_answers_standard_fk FOREIGN KEY (partnership_id, standard_id)
    REFERENCES standards (partnership_id, id)
) {strict};

-- Evidence files of a return's standard: the bytes are in file_contents, by hash, as for an
-- agency's response files. Append-only: evidence is added while the return is a draft.
CREATE TABLE self_evaluation_evidence (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  return_id BIGINT NOT NULL,
  standard_id BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by BIGINT NOT NULL REFERENCES users (id),
  uploaded_at TEXT NOT NULL,
  CONSTRAINT size CHECK (size >= 0),
  CONSTRAINT sha256 CHECK (length(sha256) = 64),
  CONSTRAINT self_evaluation_evidence_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT self_evaluation_evidence_return_fk FOREIGN KEY (partnership_id, return_id)
    REFERENCES self_evaluation_returns (partnership_id, id),
  CONSTRAINT self_evaluation_evidence_standard_fk FOREIGN KEY (partnership_id, standard_id)
    REFERENCES standards (partnership_id, id),
  CONSTRAINT self_evaluation_evidence_content_fk FOREIGN KEY (partnership_id, sha256)
    REFERENCES file_contents (partnership_id, sha256)
) {strict};
{append_only:self_evaluation_evidence};

-- The challenge step's questions on a submitted return's standards, their answers and outcome.
CREATE TABLE self_evaluation_challenges (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  return_id BIGINT NOT NULL,
  standard_id BIGINT NOT NULL,
  question TEXT NOT NULL,
  asked_by BIGINT NOT NULL REFERENCES users (id),
  asked_at TEXT NOT NULL,
  answer TEXT NOT NULL,
  answered_by BIGINT REFERENCES users (id),
  answered_at TEXT,
  resolved INTEGER NOT NULL,
  rating_before TEXT NOT NULL,
  rating_after TEXT NOT NULL,
  resolved_by BIGINT REFERENCES users (id),
  resolved_at TEXT,
  CONSTRAINT resolved CHECK (resolved IN (0, 1) AND (resolved = 0) = (resolved_at IS NULL)),
  CONSTRAINT self_evaluation_challenges_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT self_evaluation_challenges_return_fk FOREIGN KEY (partnership_id, return_id)
    REFERENCES self_evaluation_returns (partnership_id, id),
  CONSTRAINT self_evaluation_challenges_standard_fk FOREIGN KEY (partnership_id, standard_id)
    REFERENCES standards (partnership_id, id)
) {strict};
CREATE INDEX self_evaluation_challenges_return ON self_evaluation_challenges
  (partnership_id, return_id, id);
