-- The daily reminder job (issue 5; domain/actions/reminders.h, doc/actions.md "Reminders"). Days
-- are London civil dates, 'YYYY-MM-DD' TEXT; instants FormatInstant TEXT.

-- The days the job finished for a partnership: a row means a later run that day sends nothing.
-- digests counts the digests sent that day (by this run and any earlier, interrupted one).
CREATE TABLE reminder_runs (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  run_on TEXT NOT NULL,
  digests INTEGER NOT NULL,
  finished_at TEXT NOT NULL,
  CONSTRAINT run_on CHECK (length(run_on) = 10 AND substr(run_on, 5, 1) = '-'
    AND substr(run_on, 8, 1) = '-'),
  CONSTRAINT digests CHECK (digests >= 0),
  CONSTRAINT reminder_runs_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT reminder_runs_day_unique UNIQUE (partnership_id, run_on)
) {strict};

-- One row per lead whose digest of the day was claimed: written (in its own transaction) before
-- the e-mail goes, removed again when the mail server refuses it, so a run that failed for a lead
-- retries only that lead, and two runs at once never both send. actions counts the actions listed.
CREATE TABLE reminder_sends (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  run_on TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  actions INTEGER NOT NULL,
  claimed_at TEXT NOT NULL,
  CONSTRAINT run_on CHECK (length(run_on) = 10 AND substr(run_on, 5, 1) = '-'
    AND substr(run_on, 8, 1) = '-'),
  CONSTRAINT actions CHECK (actions >= 1),
  CONSTRAINT reminder_sends_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT reminder_sends_lead_unique UNIQUE (partnership_id, run_on, user_id)
) {strict};
