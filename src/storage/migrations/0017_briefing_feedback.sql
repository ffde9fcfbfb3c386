-- The public learning library's "Was this useful?" answers (domain/learning/library_repository.h,
-- doc/learning.md "The public library"). Anonymous by design: no address, user or session
-- column, and the day received only (a civil date, 'YYYY-MM-DD' TEXT), never a time that could
-- be matched to a visit in a log. Held for the business unit to read; never published.

CREATE TABLE briefing_feedback (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  briefing_id BIGINT NOT NULL,
  rating INTEGER NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  received_on TEXT NOT NULL,
  CONSTRAINT rating CHECK (rating BETWEEN 1 AND 5),
  CONSTRAINT received_on CHECK (length(received_on) = 10 AND substr(received_on, 5, 1) = '-'
    AND substr(received_on, 8, 1) = '-'),
  CONSTRAINT briefing_feedback_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT briefing_feedback_briefing_fk FOREIGN KEY (partnership_id, briefing_id)
    REFERENCES briefings (partnership_id, id)
) {strict};
-- A briefing's feedback, newest first.
CREATE INDEX briefing_feedback_briefing ON briefing_feedback (partnership_id, briefing_id,
                                                              received_on, id);
