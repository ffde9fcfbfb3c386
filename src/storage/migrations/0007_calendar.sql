-- A partnership's working calendar and deadline rules (issue 4; doc/deadlines.md). The England
-- and Wales bank holidays and the version 1 rules are data in the code (domain/calendar,
-- domain/reviews/deadline_rules); these tables hold only what an administrator changed.
-- created_by and changed_by are NULL for a change made at the command line.

-- One change per date: non_working = 1 makes a working day a day off (an office closure);
-- non_working = 0 makes a bank holiday an ordinary working day.
CREATE TABLE calendar_adjustments (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  date TEXT NOT NULL,
  non_working INTEGER NOT NULL,
  reason TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by BIGINT REFERENCES users (id),
  CONSTRAINT date CHECK (length(date) = 10 AND substr(date, 5, 1) = '-'
    AND substr(date, 8, 1) = '-'),
  CONSTRAINT non_working CHECK (non_working IN (0, 1)),
  CONSTRAINT calendar_adjustments_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT calendar_adjustments_date_unique UNIQUE (partnership_id, date)
) {strict};

-- Each change to a rule's amount is a new version (the defaults are version 1, so the first
-- override is version 2); the highest version of a code applies. Append-only: the history of
-- which version a clock followed is never rewritten.
CREATE TABLE deadline_rule_overrides (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by BIGINT REFERENCES users (id),
  CONSTRAINT code CHECK (code IN ('notification', 'rapid_review', 'adult_rapid_review',
                                  'cspr_publication', 'sar_publication',
                                  'prepublication_notice')),
  CONSTRAINT version CHECK (version >= 2),
  CONSTRAINT amount CHECK (amount >= 1),
  CONSTRAINT deadline_rule_overrides_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT deadline_rule_overrides_version_unique UNIQUE (partnership_id, code, version)
) {strict};

{append_only:deadline_rule_overrides};
