-- Thematic reviews (domain/assurance/thematic): the review with its scope questions (a JSON array
-- of texts) and narrative, the evidence gathered from the activities it draws on, the findings
-- (their questions and evidence as JSON arrays of numbers) and the recommendations, each with the
-- action made from it; and the briefing its report is published as. Partnership-owned throughout.

CREATE TABLE thematic_reviews (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  questions TEXT NOT NULL,
  narrative_markdown TEXT NOT NULL,
  report_briefing_id BIGINT,
  created_by BIGINT NOT NULL REFERENCES users (id),
  updated_at TEXT NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT thematic_reviews_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT thematic_reviews_activity_unique UNIQUE (partnership_id, activity_id),
  CONSTRAINT thematic_reviews_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id),
  CONSTRAINT thematic_reviews_briefing_fk FOREIGN KEY (partnership_id, report_briefing_id)
    REFERENCES briefings (partnership_id, id)
) {strict};

CREATE TABLE thematic_review_evidence (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  review_id BIGINT NOT NULL,
  source TEXT NOT NULL,
  source_id BIGINT NOT NULL,
  item BIGINT NOT NULL,
  label TEXT NOT NULL,
  excerpt TEXT NOT NULL,
  held_on TEXT,
  CONSTRAINT source CHECK (source IN ('self_evaluation_standard', 'survey_question',
                                      'audit_finding', 'conversation')),
  CONSTRAINT thematic_review_evidence_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT thematic_review_evidence_review_fk FOREIGN KEY (partnership_id, review_id)
    REFERENCES thematic_reviews (partnership_id, id)
) {strict};

CREATE TABLE thematic_review_findings (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  review_id BIGINT NOT NULL,
  text TEXT NOT NULL,
  strength TEXT NOT NULL,
  questions TEXT NOT NULL,
  evidence_ids TEXT NOT NULL,
  CONSTRAINT strength CHECK (strength IN ('strong', 'moderate', 'limited')),
  CONSTRAINT thematic_review_findings_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT thematic_review_findings_review_fk FOREIGN KEY (partnership_id, review_id)
    REFERENCES thematic_reviews (partnership_id, id)
) {strict};

CREATE TABLE thematic_review_recommendations (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  review_id BIGINT NOT NULL,
  text TEXT NOT NULL,
  finding_ids TEXT NOT NULL,
  action_id BIGINT NOT NULL,
  CONSTRAINT thematic_review_recommendations_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT thematic_review_recommendations_review_fk FOREIGN KEY (partnership_id, review_id)
    REFERENCES thematic_reviews (partnership_id, id),
  CONSTRAINT thematic_review_recommendations_action_fk FOREIGN KEY (partnership_id, action_id)
    REFERENCES actions (partnership_id, id)
) {strict};
