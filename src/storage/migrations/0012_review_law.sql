-- Reviews as the law reads them (doc/workflow.md, doc/deadlines.md).

-- The Care Act 2014 s44 answers belong to the case (the adult's situation), recorded with the
-- first decision on it: the rapid review, or a closure without one. All NULL: none recorded.
ALTER TABLE cases ADD COLUMN s44_needs_care_and_support INTEGER;
ALTER TABLE cases ADD COLUMN s44_concern_about_joint_working INTEGER;
ALTER TABLE cases ADD COLUMN s44_adult_died INTEGER;
ALTER TABLE cases ADD COLUMN s44_abuse_or_neglect_caused_death INTEGER;
ALTER TABLE cases ADD COLUMN s44_serious_abuse_or_neglect INTEGER;

-- Answers recorded before this migration were on the rapid review, asked only when a SAR or a
-- joint review was decided, which implies the adult's needs for care and support. The
-- rapid_reviews.s44_* columns are no longer read or written.
UPDATE cases SET
  s44_needs_care_and_support = 1,
  s44_concern_about_joint_working = (SELECT r.s44_concern_about_joint_working FROM rapid_reviews r
    WHERE r.partnership_id = cases.partnership_id AND r.case_id = cases.id),
  s44_adult_died = (SELECT r.s44_adult_died FROM rapid_reviews r
    WHERE r.partnership_id = cases.partnership_id AND r.case_id = cases.id),
  s44_abuse_or_neglect_caused_death = (SELECT r.s44_abuse_or_neglect_caused_death
    FROM rapid_reviews r WHERE r.partnership_id = cases.partnership_id AND r.case_id = cases.id),
  s44_serious_abuse_or_neglect = (SELECT r.s44_serious_abuse_or_neglect FROM rapid_reviews r
    WHERE r.partnership_id = cases.partnership_id AND r.case_id = cases.id)
WHERE EXISTS (SELECT 1 FROM rapid_reviews r WHERE r.partnership_id = cases.partnership_id
  AND r.case_id = cases.id AND r.s44_concern_about_joint_working IS NOT NULL);

-- A full review's conclusion: the date the board agreed its final report, the "sign-off" stage's
-- actual date. A SAR need not be published, so its six-month clock runs from the decision to
-- hold it to this date. Kept in step with the sign-off stage by the case services (WithPlan), as
-- terms_of_reference_on is with its stage.
ALTER TABLE full_reviews ADD COLUMN concluded_on TEXT;

-- Reviews recorded before this migration: their sign-off stage's actual date, where there is one.
UPDATE full_reviews SET concluded_on = (
  SELECT s.actual_on FROM review_stages s
  WHERE s.partnership_id = full_reviews.partnership_id AND s.case_id = full_reviews.case_id
    AND s.name = 'sign-off');

-- Finished cases carry nothing running (doc/deadlines.md). The date a case closed: its unmet
-- clocks end there, missed when already due. Cases closed before this migration keep NULL (then
-- only their met clocks are shown, as before).
ALTER TABLE cases ADD COLUMN closed_on TEXT;

-- An information request still waiting for its answer when its case finished ends as "no longer
-- needed" on that date. The status column's CHECK predates that status and SQLite cannot change
-- a CHECK in place, so such a request is stored as status 'withdrawn' with ended_on set; a request
-- the business unit withdrew has ended_on NULL. The repository maps the pair to the domain's
-- no_longer_needed.
ALTER TABLE information_requests ADD COLUMN ended_on TEXT;

-- An embargo's date (its publication clocks pause there) and the date the national panel and the
-- Secretary of State were told why publication is delayed.
ALTER TABLE full_reviews ADD COLUMN embargoed_on TEXT;
ALTER TABLE full_reviews ADD COLUMN delay_notified_on TEXT;

-- The pre-publication notice goes to the national panel (notice_sent_on) AND the Secretary of
-- State, for a planned publication date: when that date moves, a new notice is due. Notices
-- recorded before this migration have neither: they count as recorded (the panel's copy was all
-- that was asked for then).
ALTER TABLE full_reviews ADD COLUMN secretary_of_state_notice_on TEXT;
ALTER TABLE full_reviews ADD COLUMN notice_for_publication_on TEXT;
