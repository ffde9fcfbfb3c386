-- The case list (issue 4) at scale. Each case's next statutory clock (the unmet clock due first),
-- kept so that the case list and its "overdue" filter need no clock arithmetic: derived data, written by the case services in
-- the transaction that changes the case's records or the partnership's deadline settings
-- (domain/reviews/clock_marks.h), and rebuilt for every case by `assure migrate`. A case with
-- no row has not been marked yet; a row with a NULL due_on has no unmet clock. Whether a clock
-- is met and when it is due never depend on today, so the mark stays true until one of those
-- changes; its status (on time, at risk, overdue) is worked out from due_on when it is shown.
CREATE TABLE case_clock_marks (
  partnership_id BIGINT NOT NULL,
  case_id BIGINT NOT NULL,
  rule_code TEXT,
  rule_version INTEGER,
  label TEXT,
  due_on TEXT,
  CONSTRAINT case_clock_marks_pk PRIMARY KEY (partnership_id, case_id),
  CONSTRAINT due_on CHECK (due_on IS NULL OR (length(due_on) = 10
    AND substr(due_on, 5, 1) = '-' AND substr(due_on, 8, 1) = '-')),
  CONSTRAINT case_clock_marks_case_fk FOREIGN KEY (partnership_id, case_id)
    REFERENCES cases (partnership_id, id)
) {strict};
-- The overdue filter: the partnership's cases whose next clock was due before today.
CREATE INDEX case_clock_marks_due ON case_clock_marks (partnership_id, due_on);

-- A page of cases reads its subjects and themes by case id: without these, both lookups scanned
-- every subject and theme of the partnership.
CREATE INDEX case_subjects_case ON case_subjects (partnership_id, case_id, position);
CREATE INDEX case_themes_case ON case_themes (partnership_id, case_id);
