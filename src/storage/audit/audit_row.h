// Reading an audit event back from a row of audit_events, for the log's queries and for the
// verifier alike. The row's first 13 columns must be, in order: id, partnership_id, user_id,
// session_id, action, resource_type, resource_id, outcome, client_address, reason, at,
// previous_hash, hash. Pure; thread-safe.
#pragma once

#include <string>

#include "domain/identity/audit_event.h"
#include "storage/sql/row.h"

namespace assure::storage {

struct DecodedAuditEvent {
  domain::AuditEvent event;
  // Empty when every field could be read; otherwise the column that could not (an unknown
  // outcome or a malformed time, left at its default in `event`): a damaged row.
  std::string unreadable_column;
};

DecodedAuditEvent DecodeAuditEvent(const sql::Row& row);

}  // namespace assure::storage
