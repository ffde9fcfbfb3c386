-- Staff surveys (domain/assurance/survey): the survey with its questions (a JSON document, frozen
-- once the survey opens), the taking-part agencies with their links, and the answers. Answers keep
-- the agency and the day only: a response's id is random, and the answer tables have no row
-- number in SQLite (WITHOUT ROWID), so nothing stored tells the order answers came in.

CREATE TABLE surveys (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  introduction TEXT NOT NULL,
  minimum_group INTEGER NOT NULL,
  sections TEXT NOT NULL,
  state TEXT NOT NULL,
  copied_from BIGINT,
  opened_on TEXT,
  closed_on TEXT,
  created_by BIGINT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT state CHECK (state IN ('draft', 'open', 'closed')),
  CONSTRAINT minimum_group CHECK (minimum_group >= 5),
  CONSTRAINT opened_on CHECK ((state = 'draft') = (opened_on IS NULL)),
  CONSTRAINT closed_on CHECK ((state = 'closed') = (closed_on IS NOT NULL)),
  CONSTRAINT surveys_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT surveys_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id)
) {strict};

-- A taking-part agency; its token is set when the survey opens and is the link's only key.
CREATE TABLE survey_agencies (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  survey_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  token TEXT,
  CONSTRAINT survey_agencies_unique UNIQUE (partnership_id, survey_id, agency_id),
  CONSTRAINT survey_agencies_token_unique UNIQUE (token),
  CONSTRAINT survey_agencies_survey_fk FOREIGN KEY (partnership_id, survey_id)
    REFERENCES surveys (partnership_id, id),
  CONSTRAINT survey_agencies_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};

-- One person's answers: the agency of the link and the day, under a random id.
CREATE TABLE survey_responses (
  id BIGINT NOT NULL PRIMARY KEY,
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  survey_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  answered_on TEXT NOT NULL,
  CONSTRAINT answered_on CHECK (length(answered_on) = 10),
  CONSTRAINT survey_responses_survey_fk FOREIGN KEY (partnership_id, survey_id)
    REFERENCES surveys (partnership_id, id),
  CONSTRAINT survey_responses_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict_without_rowid};
CREATE INDEX survey_responses_agency ON survey_responses (partnership_id, survey_id, agency_id);

-- One chosen choice (choice >= 0) or one free-text answer (choice = -1, text set) of a response.
-- The survey and agency are repeated from the response so that counting reads one index.
CREATE TABLE survey_answers (
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  survey_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  response_id BIGINT NOT NULL REFERENCES survey_responses (id),
  question INTEGER NOT NULL,
  choice INTEGER NOT NULL,
  text TEXT,
  PRIMARY KEY (response_id, question, choice),
  CONSTRAINT text CHECK ((choice = -1) = (text IS NOT NULL)),
  CONSTRAINT survey_answers_survey_fk FOREIGN KEY (partnership_id, survey_id)
    REFERENCES surveys (partnership_id, id)
) {strict_without_rowid};
CREATE INDEX survey_answers_count ON survey_answers
  (partnership_id, survey_id, agency_id, question, choice);
