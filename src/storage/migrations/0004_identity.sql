-- People who can sign in, their memberships of partnerships, and sign-in state. Tokens, links and
-- recovery codes are stored only as their SHA-256 (hex); a TOTP secret as hex of its raw bytes.

-- Users belong to no one partnership. Emails are stored normalised (trimmed, lower-case), so the
-- unique key is case-insensitive for ASCII.
CREATE TABLE users (
  id {id},
  email TEXT NOT NULL,
  display_name TEXT NOT NULL,
  password_hash TEXT NOT NULL DEFAULT '',
  disabled INTEGER NOT NULL DEFAULT 0,
  totp_secret TEXT NOT NULL DEFAULT '',
  totp_last_step BIGINT NOT NULL DEFAULT 0,
  locked_until TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT disabled CHECK (disabled IN (0, 1)),
  CONSTRAINT users_email_unique UNIQUE (email)
) {strict};

-- One role of one person in one partnership; the agency, when named, must be of the same
-- partnership (the composite foreign key refuses another partnership's agency).
CREATE TABLE memberships (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  role TEXT NOT NULL,
  agency_id BIGINT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CONSTRAINT role CHECK (role IN ('administrator', 'business_manager', 'business_officer',
                                  'agency_lead', 'reviewer', 'board_member', 'auditor')),
  CONSTRAINT agency_id CHECK (role <> 'agency_lead' OR agency_id IS NOT NULL),
  CONSTRAINT memberships_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT memberships_role_unique UNIQUE (partnership_id, user_id, role),
  CONSTRAINT memberships_agency_fk FOREIGN KEY (partnership_id, agency_id)
    REFERENCES agencies (partnership_id, id)
) {strict};
CREATE INDEX memberships_user ON memberships (user_id);

-- Signed-in browsers. token_hash is the SHA-256 of the cookie's token.
CREATE TABLE sessions (
  id {id},
  token_hash TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users (id),
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  csrf_token TEXT NOT NULL,
  mfa_passed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  ended_at TEXT,
  client_address TEXT NOT NULL,
  user_agent TEXT NOT NULL,
  CONSTRAINT mfa_passed CHECK (mfa_passed IN (0, 1)),
  CONSTRAINT sessions_token_hash_unique UNIQUE (token_hash)
) {strict};
CREATE INDEX sessions_user ON sessions (user_id, ended_at);

-- Failed sign-in attempts, by key ("account:<user id>", "address:<client address>").
CREATE TABLE sign_in_failures (
  id {id},
  key TEXT NOT NULL,
  at TEXT NOT NULL
) {strict};
CREATE INDEX sign_in_failures_key_at ON sign_in_failures (key, at);

CREATE TABLE recovery_codes (
  id {id},
  user_id BIGINT NOT NULL REFERENCES users (id),
  code_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  used_at TEXT,
  CONSTRAINT recovery_codes_code_hash_unique UNIQUE (user_id, code_hash)
) {strict};

-- One-time, expiring links to set a password (invitations and resets).
CREATE TABLE invitations (
  id {id},
  user_id BIGINT NOT NULL REFERENCES users (id),
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  CONSTRAINT invitations_token_hash_unique UNIQUE (token_hash)
) {strict};
CREATE INDEX invitations_user ON invitations (user_id);

-- Personal access tokens for /api/v1; scopes are space-separated ("read write").
CREATE TABLE api_tokens (
  id {id},
  partnership_id BIGINT NOT NULL REFERENCES partnerships (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  scopes TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT,
  CONSTRAINT api_tokens_partnership_id_id_unique UNIQUE (partnership_id, id),
  CONSTRAINT api_tokens_token_hash_unique UNIQUE (token_hash)
) {strict};
CREATE INDEX api_tokens_user ON api_tokens (partnership_id, user_id);
