-- Deadline rule versions with the date each comes into force (doc/deadlines.md, "Versions and
-- effective_from"; doc/decisions/0011-rule-versions.md). A clock follows the version in force on
-- its start date, so a change never reaches back to clocks already started or to past figures.
--
-- effective_from is the London day a version comes into force, 'YYYY-MM-DD', never before the
-- day it was made (the domain refuses an earlier date). A version stored before this migration
-- comes into force on the date part of its changed_at (a UTC instant), the day it was made.
--
-- deadline_rule_overrides is append-only, so its rows cannot be updated in place: the table is
-- rebuilt with the new column and every row copied unchanged, in the order it was written. The
-- rows are history and nothing refers to them by id.
--
-- The statutory rules (notification, rapid_review, prepublication_notice, cspr_publication,
-- sar_publication) are set by an Act or statutory guidance and a partnership can no longer
-- change them. Their overrides already stored stay here as history but are never applied: the
-- domain (LoadDeadlineRules) skips them, and refuses any new one. The code CHECK still admits
-- them so that those rows keep their place.
CREATE TABLE deadline_rule_overrides_before_0013 (
  old_id BIGINT NOT NULL,
  partnership_id BIGINT NOT NULL,
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by BIGINT
) {strict};

INSERT INTO deadline_rule_overrides_before_0013
  (old_id, partnership_id, code, version, amount, changed_at, changed_by)
SELECT id, partnership_id, code, version, amount, changed_at, changed_by
FROM deadline_rule_overrides;

-- Dropping a table fires none of its triggers on either engine.
DROP TABLE deadline_rule_overrides;

CREATE TABLE deadline_rule_overrides (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  code TEXT NOT NULL,
  version INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  effective_from TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  changed_by BIGINT REFERENCES users (id),
  CONSTRAINT code CHECK (code IN ('notification', 'rapid_review', 'adult_rapid_review',
                                  'cspr_publication', 'sar_publication',
                                  'prepublication_notice')),
  CONSTRAINT version CHECK (version >= 2),
  CONSTRAINT amount CHECK (amount >= 1),
  CONSTRAINT effective_from CHECK (length(effective_from) = 10
    AND substr(effective_from, 5, 1) = '-' AND substr(effective_from, 8, 1) = '-'),
  CONSTRAINT deadline_rule_overrides_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT deadline_rule_overrides_version_unique UNIQUE (partnership_id, code, version)
) {strict};

INSERT INTO deadline_rule_overrides
  (partnership_id, code, version, amount, effective_from, changed_at, changed_by)
SELECT partnership_id, code, version, amount, substr(changed_at, 1, 10), changed_at, changed_by
FROM deadline_rule_overrides_before_0013
ORDER BY old_id;

DROP TABLE deadline_rule_overrides_before_0013;

{append_only:deadline_rule_overrides};
