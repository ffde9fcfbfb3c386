-- Notification as the law reads it (doc/workflow.md, doc/deadlines.md, doc/figures.md).

-- The screening of a child or joint case for the serious incident notification (Children Act
-- 2004 s16C): notifiable or not, with the reason when not; whether the child was looked after and
-- died (then always notifiable, s16C(2)). All NULL: not screened (the notification is due).
ALTER TABLE cases ADD COLUMN notifiable INTEGER;
ALTER TABLE cases ADD COLUMN looked_after INTEGER;
ALTER TABLE cases ADD COLUMN child_died INTEGER;
ALTER TABLE cases ADD COLUMN not_notifiable_reason TEXT;
ALTER TABLE cases ADD COLUMN screened_on TEXT;

-- A notified case closed without a rapid review carries the recorded finding that it does not
-- meet the criteria for a rapid review (the closure's rationale, on the timeline, is the reason).
ALTER TABLE cases ADD COLUMN rapid_review_criteria_not_met INTEGER NOT NULL DEFAULT 0;

-- The date the partnership became aware is unknown for a case imported from history without it.
-- cases.aware_on is NOT NULL since 0006 and SQLite cannot relax that in place, so an unknown date
-- is stored as '0000-00-00' (it passes that column's CHECK, equals no real date and sorts before
-- all of them); the repository reads it as unknown.
--
-- Cases imported before this migration had the referral date (or the notification date, when
-- earlier) put there: a derived date, not a recorded one. Where nobody has changed the case's
-- details since, it becomes unknown; the case's page records the real one.
UPDATE cases SET aware_on = '0000-00-00'
WHERE EXISTS (SELECT 1 FROM case_events e WHERE e.partnership_id = cases.partnership_id
    AND e.case_id = cases.id AND e.action = 'import')
  AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.partnership_id = cases.partnership_id
    AND e.case_id = cases.id AND e.action = 'update_case')
  AND (aware_on = referral_received_on OR aware_on = (SELECT n.sent_on FROM notifications n
    WHERE n.partnership_id = cases.partnership_id AND n.case_id = cases.id));

-- Clocks now follow the rule version in force on their start date (0013), statutory overrides
-- no longer apply, and imported cases may have lost a derived date: every case's next clock is
-- marked again (a case with no mark is marked by `assure migrate` and `assure serve` at start).
DELETE FROM case_clock_marks;
