#include "storage/audit/sql_audit_log.h"

#include <algorithm>
#include <string>
#include <utility>

#include "storage/audit/audit_hash.h"
#include "storage/audit/audit_row.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

core::Result<domain::AuditEvent> AuditEventFromRow(const sql::Row& row) {
  auto decoded = DecodeAuditEvent(row);
  if (!decoded.unreadable_column.empty()) {
    return core::Error::Internal("audit_events." + decoded.unreadable_column +
                                 " holds a value that cannot be read");
  }
  return std::move(decoded.event);
}

}  // namespace

core::Result<domain::AuditEvent> SqlAuditLog::Append(const domain::AuditEvent& event) {
  if (event.action.empty()) {
    return core::Error::InvalidInput("action", "An audit event must say what was done.");
  }
  const std::int64_t chain = AuditChainOf(event);
  ASSURE_TRY(connection_.AcquireTransactionLock(AuditChainLockKey(chain)));
  ASSURE_ASSIGN_OR_RETURN(
      auto last,
      connection_.Query("SELECT hash FROM audit_events WHERE chain = ? ORDER BY id DESC LIMIT 1",
                        {chain}));
  domain::AuditEvent linked = event;
  linked.previous_hash = last.empty() ? std::string{kGenesisHash} : last.rows.front().Text(0);
  linked.hash = AuditEventHash(linked);
  ASSURE_ASSIGN_OR_RETURN(
      auto inserted,
      connection_.Query(
          "INSERT INTO audit_events (chain, partnership_id, user_id, session_id, action,"
          " resource_type, resource_id, outcome, client_address, reason, at, previous_hash, hash)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
          {chain, sql::OptionalInt64(linked.partnership_id), sql::OptionalInt64(linked.user_id),
           sql::OptionalInt64(linked.session_id), linked.action, linked.resource_type,
           linked.resource_id, sql::Text(domain::AuditOutcomeName(linked.outcome)),
           linked.client_address, linked.reason, sql::InstantValue(linked.at), linked.previous_hash,
           linked.hash}));
  linked.id = inserted.rows.front().Int64(0);
  return linked;
}

core::Result<std::vector<domain::AuditEvent>> SqlAuditLog::Query(
    domain::PartnershipId partnership_id, const domain::AuditQuery& query) {
  const std::int64_t limit = std::clamp(query.limit, 1, 1000);
  const sql::Value user = sql::OptionalInt64(query.user_id);
  const sql::Value from = sql::OptionalInstantValue(query.from);
  const sql::Value to = sql::OptionalInstantValue(query.to);
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT id, partnership_id, user_id, session_id, action, resource_type, resource_id,"
          " outcome, client_address, reason, at, previous_hash, hash FROM audit_events"
          " WHERE partnership_id = ?"
          " AND (CAST(? AS BIGINT) IS NULL OR user_id = ?)"
          " AND (CAST(? AS TEXT) = '' OR resource_type = ?)"
          " AND (CAST(? AS TEXT) = '' OR resource_id = ?)"
          " AND (CAST(? AS TEXT) IS NULL OR at >= ?)"
          " AND (CAST(? AS TEXT) IS NULL OR at < ?)"
          " ORDER BY at DESC, id DESC LIMIT ?",
          {partnership_id, user, user, query.resource_type, query.resource_type, query.resource_id,
           query.resource_id, from, from, to, to, limit}));
  std::vector<domain::AuditEvent> events;
  events.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto event, AuditEventFromRow(row));
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace assure::storage
