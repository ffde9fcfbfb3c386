-- Multi-agency case audits (domain/assurance/audit): the audit with its tool (the questions, a
-- JSON array of texts, fixed once open), the sampled records by pseudonymous reference with their
-- moderation, each taking-part agency's part and its grades. Every table is partnership-owned:
-- composite foreign keys keep each row in its partnership.

CREATE TABLE case_audits (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  activity_id BIGINT NOT NULL,
  title TEXT NOT NULL,
  questions TEXT NOT NULL,
  opened_on TEXT NOT NULL,
  due_on TEXT NOT NULL,
  state TEXT NOT NULL,
  closed_on TEXT,
  opened_by BIGINT NOT NULL REFERENCES users (id),
  version BIGINT NOT NULL,
  CONSTRAINT state CHECK (state IN ('open', 'closed')),
  CONSTRAINT closed_on CHECK ((state = 'closed') = (closed_on IS NOT NULL)),
  CONSTRAINT case_audits_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT case_audits_activity_fk FOREIGN KEY (partnership_id, activity_id)
    REFERENCES assurance_activities (partnership_id, id)
) {strict};

-- A sampled record: a pseudonymous reference only, never a name; its moderation once agreed
-- (themes: a JSON array of the partnership's theme names).
CREATE TABLE case_audit_records (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  audit_id BIGINT NOT NULL,
  position INTEGER NOT NULL,
  reference TEXT NOT NULL,
  overall_grade TEXT,
  reasons TEXT NOT NULL DEFAULT '',
  themes TEXT NOT NULL DEFAULT '[]',
  agreed_on TEXT,
  CONSTRAINT overall_grade CHECK (overall_grade IS NULL OR overall_grade IN
    ('outstanding', 'good', 'requires_improvement', 'inadequate')),
  CONSTRAINT agreed_on CHECK ((overall_grade IS NULL) = (agreed_on IS NULL)),
  CONSTRAINT case_audit_records_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT case_audit_records_reference_unique UNIQUE (partnership_id, audit_id, reference),
  CONSTRAINT case_audit_records_audit_fk FOREIGN KEY (partnership_id, audit_id)
    REFERENCES case_audits (partnership_id, id)
) {strict};

-- One taking-part agency's part: graded by its auditor, then submitted.
CREATE TABLE case_audit_parts (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  audit_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  state TEXT NOT NULL,
  submitted_on TEXT,
  submitted_by BIGINT REFERENCES users (id),
  version BIGINT NOT NULL,
  CONSTRAINT state CHECK (state IN ('draft', 'submitted')),
  CONSTRAINT submitted CHECK ((state = 'submitted') = (submitted_on IS NOT NULL)
    AND (submitted_on IS NULL) = (submitted_by IS NULL)),
  CONSTRAINT case_audit_parts_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT case_audit_parts_agency_unique UNIQUE (partnership_id, audit_id, agency_id),
  CONSTRAINT case_audit_parts_audit_fk FOREIGN KEY (partnership_id, audit_id)
    REFERENCES case_audits (partnership_id, id),
  CONSTRAINT case_audit_parts_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE INDEX case_audit_parts_agency ON case_audit_parts (partnership_id, agency_id, state);

-- An agency's grade of one question for one record, with its comment.
CREATE TABLE case_audit_grades (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  part_id BIGINT NOT NULL,
  record_id BIGINT NOT NULL,
  question INTEGER NOT NULL,
  grade TEXT,
  comment TEXT NOT NULL,
  CONSTRAINT question CHECK (question >= 1),
  CONSTRAINT grade CHECK (grade IS NULL OR grade IN
    ('outstanding', 'good', 'requires_improvement', 'inadequate', 'not_applicable')),
  CONSTRAINT case_audit_grades_unique UNIQUE (partnership_id, part_id, record_id, question),
  CONSTRAINT case_audit_grades_part_fk FOREIGN KEY (partnership_id, part_id)
    REFERENCES case_audit_parts (partnership_id, id),
  CONSTRAINT case_audit_grades_record_fk FOREIGN KEY (partnership_id, record_id)
    REFERENCES case_audit_records (partnership_id, id)
) {strict};
