-- The audit trail: append-only and hash-chained. Each partnership's events form one chain (chain =
-- its id); events with no partnership form the system chain (chain = 0). previous_hash is the
-- hash of the chain's event before (64 zeros for the first); hash is the hex SHA-256 of
-- previous_hash followed by the event's canonical content (domain::CanonicalAuditContent). No two
-- events may follow the same one. Rows hold ids and the client address, no other personal data.
-- session_id has no foreign key: sessions may be pruned, their audit events may not.
CREATE TABLE audit_events (
  id {id},
  chain BIGINT NOT NULL,
  partnership_id BIGINT REFERENCES partnerships (id),
  user_id BIGINT REFERENCES users (id),
  session_id BIGINT,
  action TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  client_address TEXT NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  previous_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  CONSTRAINT outcome CHECK (outcome IN ('success', 'failure', 'denied')),
  CONSTRAINT chain CHECK (chain = COALESCE(partnership_id, 0)),
  CONSTRAINT audit_events_previous_hash_unique UNIQUE (chain, previous_hash),
  CONSTRAINT audit_events_hash_unique UNIQUE (chain, hash)
) {strict};
CREATE INDEX audit_events_chain_id ON audit_events (chain, id);
CREATE INDEX audit_events_partnership_at ON audit_events (partnership_id, at);

-- Refuse UPDATE, DELETE (and on PostgreSQL TRUNCATE) of audit events.
{append_only:audit_events};
