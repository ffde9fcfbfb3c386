-- A demonstration partnership holds only made-up records; only such a partnership may let people
-- sign in without a second factor. (One CHECK per column, named after it; the second refers to
-- the first, which both engines allow for a column added by ALTER TABLE.)
ALTER TABLE partnerships ADD COLUMN demo INTEGER NOT NULL DEFAULT 0
  CONSTRAINT demo CHECK (demo IN (0, 1));
ALTER TABLE partnerships ADD COLUMN mfa_required INTEGER NOT NULL DEFAULT 1
  CONSTRAINT mfa_required CHECK (mfa_required IN (0, 1) AND (mfa_required = 1 OR demo = 1));
