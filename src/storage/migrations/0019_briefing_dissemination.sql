-- How each agency shared a published briefing (domain/learning/dissemination.h): the date, how,
-- and roughly how many staff it reached. Append-only: a correction is a further record.
CREATE TABLE briefing_disseminations (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  briefing_id BIGINT NOT NULL,
  agency_id BIGINT NOT NULL,
  shared_on TEXT NOT NULL,
  method TEXT NOT NULL,
  staff_reached BIGINT NOT NULL,
  recorded_by BIGINT NOT NULL REFERENCES users (id),
  recorded_at TEXT NOT NULL,
  CONSTRAINT method CHECK (method IN ('team_meeting', 'training', 'newsletter', 'supervision',
                                      'other')),
  CONSTRAINT staff_reached CHECK (staff_reached >= 0),
  CONSTRAINT shared_on CHECK (length(shared_on) = 10 AND substr(shared_on, 5, 1) = '-'
    AND substr(shared_on, 8, 1) = '-'),
  CONSTRAINT briefing_disseminations_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT briefing_disseminations_briefing_fk FOREIGN KEY (partnership_id, briefing_id)
    REFERENCES briefings (partnership_id, id),
  CONSTRAINT briefing_disseminations_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE INDEX briefing_disseminations_briefing ON briefing_disseminations
  (partnership_id, briefing_id, agency_id);
{append_only:briefing_disseminations};
