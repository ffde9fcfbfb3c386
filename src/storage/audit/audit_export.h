// ExportAuditEvents: writes audit events as JSON lines (`assure audit export`), one object per
// event in id order, with every stored column, e.g.
//   {"id":7,"chain":3,"partnership_id":3,"user_id":12,"session_id":40,"action":"agency.update",
//    "resource_type":"agency","resource_id":"5","outcome":"success","client_address":"192.0.2.1",
//    "reason":"","at":"2026-01-05T09:00:00.000000Z","previous_hash":"...","hash":"..."}
// Absent ids are null. Values are written as stored (so a damaged row is exported as it is).
// Reads one snapshot; thread-safe as the Database is.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>

#include "core/clock.h"
#include "core/result.h"
#include "domain/ids.h"
#include "storage/sql/database.h"

namespace assure::storage {

struct AuditExportFilter {
  std::optional<core::Instant> from;                    // inclusive
  std::optional<core::Instant> to;                      // exclusive
  std::optional<domain::PartnershipId> partnership_id;  // nullopt: every chain, the system's too
};

// Returns how many events it wrote; kUnavailable if `out` fails.
core::Result<std::int64_t> ExportAuditEvents(sql::Database& database,
                                             const AuditExportFilter& filter, std::ostream& out);

}  // namespace assure::storage
