-- Every identifying detail of a case's subject (doc/architecture.md, the data model): restricted
-- like the name and date of birth, read only by SqlCaseRepository::GetRestricted. The publication
-- identifier check looks for each of them in text about to be published.
--
-- Text is '' when not recorded. The domain keeps the postcode upper case with one space before
-- the inward code ("AB1 2CD") and the NHS number as its 10 digits (domain/reviews/cases/case.h).
-- The date of death has the date of birth's CHECK; a column CHECK on a column added by ALTER
-- TABLE works on both engines (as in 0003).
ALTER TABLE subject_identities ADD COLUMN date_of_death TEXT
  CONSTRAINT date_of_death CHECK (date_of_death IS NULL OR (length(date_of_death) = 10
    AND substr(date_of_death, 5, 1) = '-' AND substr(date_of_death, 8, 1) = '-'));
ALTER TABLE subject_identities ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE subject_identities ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE subject_identities ADD COLUMN school TEXT NOT NULL DEFAULT '';
ALTER TABLE subject_identities ADD COLUMN nhs_number TEXT NOT NULL DEFAULT '';
ALTER TABLE subject_identities ADD COLUMN other_details TEXT NOT NULL DEFAULT '';
