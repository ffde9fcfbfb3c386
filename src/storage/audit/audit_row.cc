#include "storage/audit/audit_row.h"

#include "storage/sql/instant.h"

namespace assure::storage {

DecodedAuditEvent DecodeAuditEvent(const sql::Row& row) {
  DecodedAuditEvent decoded;
  domain::AuditEvent& event = decoded.event;
  event.id = row.Int64(0);
  event.partnership_id = row.OptionalInt64(1);
  event.user_id = row.OptionalInt64(2);
  event.session_id = row.OptionalInt64(3);
  event.action = row.Text(4);
  event.resource_type = row.Text(5);
  event.resource_id = row.Text(6);
  event.client_address = row.Text(8);
  event.reason = row.Text(9);
  event.previous_hash = row.Text(11);
  event.hash = row.Text(12);
  if (auto outcome = domain::ParseAuditOutcome(row.Text(7))) {
    event.outcome = *outcome;
  } else {
    decoded.unreadable_column = "outcome";
  }
  if (auto at = sql::ParseInstant(row.Text(10))) {
    event.at = *at;
  } else {
    decoded.unreadable_column = "at";
  }
  return decoded;
}

}  // namespace assure::storage
