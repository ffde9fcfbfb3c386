-- Cases (issue 4) and the records of their steps. Every table is partnership-owned: it has
-- partnership_id, UNIQUE (partnership_id, id), and refers to its parents with composite foreign
-- keys, so a record can only ever point at records of its own partnership. Civil dates are
-- 'YYYY-MM-DD' TEXT (CHECKed for that shape), instants FormatInstant TEXT, booleans 0/1.

-- The partnership's managed list of themes ("neglect", "exploitation", ...).
CREATE TABLE themes (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CONSTRAINT themes_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT themes_name_unique UNIQUE (partnership_id, name)
) {strict};

-- The reviewers register; user_id is the reviewer's account, when they have one.
CREATE TABLE reviewers (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  name TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  interests_note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT reviewers_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT reviewers_user_id_unique UNIQUE (partnership_id, user_id)
) {strict};

-- The agencies a reviewer has declared an interest in.
CREATE TABLE reviewer_interests (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  reviewer_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  CONSTRAINT reviewer_interests_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT reviewer_interests_agency_id_unique UNIQUE (reviewer_id, agency_id),
  CONSTRAINT reviewer_interests_reviewer_fk FOREIGN KEY (partnership_id, reviewer_id)
    REFERENCES reviewers (partnership_id, id),
  CONSTRAINT reviewer_interests_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};

-- One case per referral. circumstances is restricted: only GetRestricted reads it. search_text
-- is the full-text document (reference, pseudonyms, summary, referral) the repository writes.
CREATE TABLE cases (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  reference TEXT NOT NULL,
  type TEXT NOT NULL,
  state TEXT NOT NULL,
  incident_on TEXT,
  aware_on TEXT NOT NULL,
  referring_agency_id BIGINT,
  referral_received_on TEXT NOT NULL,
  referrer TEXT NOT NULL,
  criteria_considered TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL DEFAULT '',
  circumstances TEXT NOT NULL DEFAULT '',
  search_text TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT type CHECK (type IN ('child', 'adult', 'joint')),
  CONSTRAINT state CHECK (state IN ('scoping', 'rapid_review', 'full_review', 'embargoed',
                                    'published', 'closed')),
  CONSTRAINT incident_on CHECK (incident_on IS NULL OR (length(incident_on) = 10
    AND substr(incident_on, 5, 1) = '-' AND substr(incident_on, 8, 1) = '-')),
  CONSTRAINT aware_on CHECK (length(aware_on) = 10 AND substr(aware_on, 5, 1) = '-'
    AND substr(aware_on, 8, 1) = '-'),
  CONSTRAINT referral_received_on CHECK (length(referral_received_on) = 10
    AND substr(referral_received_on, 5, 1) = '-' AND substr(referral_received_on, 8, 1) = '-'),
  CONSTRAINT cases_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT cases_reference_unique UNIQUE (partnership_id, reference),
  CONSTRAINT cases_referring_agency_fk FOREIGN KEY (partnership_id, referring_agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
-- The case list: newest referral first, within one partnership.
CREATE INDEX cases_received ON cases (partnership_id, referral_received_on, reference);
CREATE INDEX cases_state ON cases (partnership_id, state);
{full_text:cases.search_text};

-- The people a case is about, by pseudonym, in the order recorded (position).
CREATE TABLE case_subjects (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  pseudonym TEXT NOT NULL,
  age_band TEXT NOT NULL DEFAULT 'unknown',
  sex TEXT NOT NULL DEFAULT 'unknown',
  ethnicity TEXT NOT NULL DEFAULT 'unknown',
  disability TEXT NOT NULL DEFAULT 'unknown',
  CONSTRAINT age_band CHECK (age_band IN ('under 1', '1-4', '5-9', '10-15', '16-17', '18-24',
                                          '25-64', '65-74', '75-84', '85+', 'unknown')),
  CONSTRAINT sex CHECK (sex IN ('female', 'male', 'unknown')),
  CONSTRAINT ethnicity CHECK (ethnicity IN ('Asian or Asian British',
    'Black, Black British, Caribbean or African', 'Mixed or multiple ethnic groups', 'White',
    'Other ethnic group', 'unknown')),
  CONSTRAINT disability CHECK (disability IN ('yes', 'no', 'unknown')),
  CONSTRAINT case_subjects_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT case_subjects_pseudonym_unique UNIQUE (case_id, pseudonym),
  CONSTRAINT case_subjects_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id)
) {strict};

-- Restricted: a subject's identifying details, when recorded.
CREATE TABLE subject_identities (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  subject_id BIGINT NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  date_of_birth TEXT,
  CONSTRAINT date_of_birth CHECK (date_of_birth IS NULL OR (length(date_of_birth) = 10
    AND substr(date_of_birth, 5, 1) = '-' AND substr(date_of_birth, 8, 1) = '-')),
  CONSTRAINT subject_identities_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT subject_identities_subject_id_unique UNIQUE (subject_id),
  CONSTRAINT subject_identities_subject_fk FOREIGN KEY (partnership_id, subject_id)
    REFERENCES case_subjects (partnership_id, id)
) {strict};

CREATE TABLE case_themes (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  theme_id BIGINT NOT NULL,
  CONSTRAINT case_themes_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT case_themes_theme_id_unique UNIQUE (case_id, theme_id),
  CONSTRAINT case_themes_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id),
  CONSTRAINT case_themes_theme_fk FOREIGN KEY (partnership_id, theme_id)
    REFERENCES themes (partnership_id, id)
) {strict};
CREATE INDEX case_themes_theme ON case_themes (theme_id, case_id);

-- The timeline: workflow transitions and recorded steps, oldest first by (at, id).
CREATE TABLE case_events (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  at TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  CONSTRAINT from_state CHECK (from_state IS NULL OR from_state IN ('scoping', 'rapid_review',
    'full_review', 'embargoed', 'published', 'closed')),
  CONSTRAINT to_state CHECK (to_state IN ('scoping', 'rapid_review', 'full_review', 'embargoed',
                                          'published', 'closed')),
  CONSTRAINT case_events_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT case_events_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id)
) {strict};
CREATE INDEX case_events_case ON case_events (partnership_id, case_id, at, id);

-- The serious incident notification to the national panel: at most one per case.
CREATE TABLE notifications (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  sent_on TEXT NOT NULL,
  panel_reference TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT sent_on CHECK (length(sent_on) = 10 AND substr(sent_on, 5, 1) = '-'
    AND substr(sent_on, 8, 1) = '-'),
  CONSTRAINT notifications_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT notifications_case_id_unique UNIQUE (partnership_id, case_id),
  CONSTRAINT notifications_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id)
) {strict};

-- The rapid review: at most one per case. The s44_ columns are all NULL (not considered) or
-- all 0/1 (Care Act 2014 s44 inputs for a SAR decision).
CREATE TABLE rapid_reviews (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  meeting_on TEXT NOT NULL,
  completed_on TEXT NOT NULL,
  facts TEXT NOT NULL DEFAULT '',
  immediate_actions TEXT NOT NULL DEFAULT '',
  learning TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL,
  rationale TEXT NOT NULL DEFAULT '',
  s44_concern_about_joint_working INTEGER,
  s44_adult_died INTEGER,
  s44_abuse_or_neglect_caused_death INTEGER,
  s44_serious_abuse_or_neglect INTEGER,
  sent_to_panel_on TEXT,
  panel_response TEXT NOT NULL DEFAULT 'none',
  panel_response_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT decision CHECK (decision IN ('cspr', 'sar', 'joint', 'none', 'other')),
  CONSTRAINT panel_response CHECK (panel_response IN ('none', 'agree', 'disagree',
                                                      'national_review')),
  CONSTRAINT s44_concern_about_joint_working CHECK (s44_concern_about_joint_working IN (0, 1)),
  CONSTRAINT s44_adult_died CHECK (s44_adult_died IN (0, 1)),
  CONSTRAINT s44_abuse_or_neglect_caused_death CHECK (s44_abuse_or_neglect_caused_death IN (0, 1)),
  CONSTRAINT s44_serious_abuse_or_neglect CHECK (s44_serious_abuse_or_neglect IN (0, 1)),
  CONSTRAINT s44 CHECK ((s44_concern_about_joint_working IS NULL) = (s44_adult_died IS NULL)
    AND (s44_adult_died IS NULL) = (s44_abuse_or_neglect_caused_death IS NULL)
    AND (s44_adult_died IS NULL) = (s44_serious_abuse_or_neglect IS NULL)),
  CONSTRAINT meeting_on CHECK (length(meeting_on) = 10 AND substr(meeting_on, 5, 1) = '-'
    AND substr(meeting_on, 8, 1) = '-'),
  CONSTRAINT completed_on CHECK (length(completed_on) = 10 AND substr(completed_on, 5, 1) = '-'
    AND substr(completed_on, 8, 1) = '-'),
  CONSTRAINT rapid_reviews_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT rapid_reviews_case_id_unique UNIQUE (partnership_id, case_id),
  CONSTRAINT rapid_reviews_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id)
) {strict};

-- The agencies present at a rapid review's meeting.
CREATE TABLE rapid_review_agencies (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  CONSTRAINT rapid_review_agencies_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT rapid_review_agencies_agency_id_unique UNIQUE (case_id, agency_id),
  CONSTRAINT rapid_review_agencies_review_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES rapid_reviews (partnership_id, case_id),
  CONSTRAINT rapid_review_agencies_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};

-- The full review (CSPR, SAR, DHR or joint): at most one per case.
CREATE TABLE full_reviews (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  decided_on TEXT NOT NULL,
  started_on TEXT,
  reviewer_id BIGINT,
  terms_of_reference_on TEXT,
  planned_publication_on TEXT,
  notice_sent_on TEXT,
  published_on TEXT,
  publication_link TEXT NOT NULL DEFAULT '',
  embargo_reason TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT kind CHECK (kind IN ('cspr', 'sar', 'dhr', 'joint')),
  CONSTRAINT decided_on CHECK (length(decided_on) = 10 AND substr(decided_on, 5, 1) = '-'
    AND substr(decided_on, 8, 1) = '-'),
  CONSTRAINT full_reviews_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT full_reviews_case_id_unique UNIQUE (partnership_id, case_id),
  CONSTRAINT full_reviews_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id),
  CONSTRAINT full_reviews_reviewer_fk FOREIGN KEY (partnership_id, reviewer_id)
    REFERENCES reviewers (partnership_id, id)
) {strict};
CREATE INDEX full_reviews_reviewer ON full_reviews (partnership_id, reviewer_id);

-- A full review's stages, in order (position), with planned and actual dates.
CREATE TABLE review_stages (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  planned_on TEXT,
  actual_on TEXT,
  CONSTRAINT name CHECK (name IN ('terms of reference', 'agency reports', 'drafting',
    'quality assurance', 'sign-off', 'pre-publication notice', 'publication')),
  CONSTRAINT review_stages_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT review_stages_name_unique UNIQUE (partnership_id, case_id, name),
  CONSTRAINT review_stages_review_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES full_reviews (partnership_id, case_id)
) {strict};

CREATE TABLE review_findings (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  CONSTRAINT number CHECK (number > 0),
  CONSTRAINT review_findings_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT review_findings_number_unique UNIQUE (partnership_id, case_id, number),
  CONSTRAINT review_findings_review_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES full_reviews (partnership_id, case_id)
) {strict};

-- Numbered recommendations. A recommendation keeps its id while its number stays, so that the
-- actions which answer it (a later issue) can refer to it.
CREATE TABLE review_recommendations (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  number INTEGER NOT NULL,
  text TEXT NOT NULL,
  CONSTRAINT number CHECK (number > 0),
  CONSTRAINT review_recommendations_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT review_recommendations_number_unique UNIQUE (partnership_id, case_id, number),
  CONSTRAINT review_recommendations_review_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES full_reviews (partnership_id, case_id)
) {strict};

-- Agency information requests and their responses.
CREATE TABLE information_requests (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  case_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  requested_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  asked TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'requested',
  response TEXT NOT NULL DEFAULT '',
  submitted_by BIGINT REFERENCES users (id),
  submitted_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT status CHECK (status IN ('requested', 'submitted', 'withdrawn')),
  CONSTRAINT requested_on CHECK (length(requested_on) = 10 AND substr(requested_on, 5, 1) = '-'
    AND substr(requested_on, 8, 1) = '-'),
  CONSTRAINT due_on CHECK (length(due_on) = 10 AND substr(due_on, 5, 1) = '-'
    AND substr(due_on, 8, 1) = '-' AND due_on >= requested_on),
  CONSTRAINT information_requests_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT information_requests_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id),
  CONSTRAINT information_requests_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE INDEX information_requests_case ON information_requests (partnership_id, case_id);
CREATE INDEX information_requests_agency
  ON information_requests (partnership_id, agency_id, due_on);
