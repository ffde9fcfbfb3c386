#include "storage/audit/audit_export.h"

#include <limits>
#include <nlohmann/json.hpp>

#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

constexpr std::int64_t kPageSize = 500;

nlohmann::ordered_json OptionalId(const sql::Row& row, std::size_t column) {
  if (row.IsNull(column)) return nullptr;
  return row.Int64(column);
}

nlohmann::ordered_json ToJson(const sql::Row& row) {
  nlohmann::ordered_json line;
  line["id"] = row.Int64(0);
  line["chain"] = row.Int64(1);
  line["partnership_id"] = OptionalId(row, 2);
  line["user_id"] = OptionalId(row, 3);
  line["session_id"] = OptionalId(row, 4);
  line["action"] = row.Text(5);
  line["resource_type"] = row.Text(6);
  line["resource_id"] = row.Text(7);
  line["outcome"] = row.Text(8);
  line["client_address"] = row.Text(9);
  line["reason"] = row.Text(10);
  line["at"] = row.Text(11);
  line["previous_hash"] = row.Text(12);
  line["hash"] = row.Text(13);
  return line;
}

}  // namespace

core::Result<std::int64_t> ExportAuditEvents(sql::Database& database,
                                             const AuditExportFilter& filter, std::ostream& out) {
  const sql::Value partnership = sql::OptionalInt64(filter.partnership_id);
  const sql::Value from = sql::OptionalInstantValue(filter.from);
  const sql::Value to = sql::OptionalInstantValue(filter.to);
  return database.Read([&](sql::Connection& connection) -> core::Result<std::int64_t> {
    std::int64_t written = 0;
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    while (true) {
      ASSURE_ASSIGN_OR_RETURN(
          auto page,
          connection.Query(
              "SELECT id, chain, partnership_id, user_id, session_id, action, resource_type,"
              " resource_id, outcome, client_address, reason, at, previous_hash, hash"
              " FROM audit_events WHERE id > ?"
              " AND (CAST(? AS BIGINT) IS NULL OR partnership_id = ?)"
              " AND (CAST(? AS TEXT) IS NULL OR at >= ?)"
              " AND (CAST(? AS TEXT) IS NULL OR at < ?)"
              " ORDER BY id LIMIT ?",
              {after, partnership, partnership, from, from, to, to, kPageSize}));
      for (const sql::Row& row : page) {
        out << ToJson(row).dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
            << '\n';
        after = row.Int64(0);
        ++written;
      }
      if (!out) return core::Error::Unavailable("Cannot write the audit export.");
      if (static_cast<std::int64_t>(page.size()) < kPageSize) return written;
    }
  });
}

}  // namespace assure::storage
