// VerifyAuditTrail: checks the whole audit trail (`assure audit verify`). Walks every event in id
// order (within a chain, id order is append order: appends to a chain are serialised), recomputes
// each hash and checks each link, and reports the FIRST event, by id, where a chain breaks.
//
// What it can tell: an event whose content was changed, whose link was changed, that follows a
// missing (deleted) event, or that was inserted between two linked events. What no unkeyed hash
// chain can tell by itself: the newest events of a chain deleted, or the chain rewritten from some
// point on with freshly computed hashes. Keep the chain heads it reports (e.g. in the operator's
// log) and compare them later to catch those. Thread-safe as the Database is; reads one snapshot.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "storage/sql/database.h"

namespace assure::storage {

enum class AuditBreak {
  kContentChanged,      // its stored hash is not the hash of its content
  kPreviousLinkBroken,  // it does not link to the event before it in its chain
  kMissingEvent,        // it links to an event that is not there (deleted)
  kInsertedEvent,       // the chain's next event links past it, to the event before it
};

// "content_changed", "previous_link_broken", "missing_event", "inserted_event".
std::string_view AuditBreakName(AuditBreak what);

struct BrokenAuditEvent {
  std::int64_t event_id = 0;
  std::int64_t chain = 0;  // the partnership id, or 0 for the system chain
  AuditBreak what = AuditBreak::kContentChanged;
  std::string description;  // one sentence for the operator, naming the event and the chain
};

struct AuditChainHead {
  std::int64_t chain = 0;
  std::int64_t events = 0;
  std::int64_t last_id = 0;
  std::string last_hash;
};

struct AuditVerification {
  std::int64_t events_checked = 0;
  // Each chain as far as it was checked, by chain id; when ok(), the whole trail.
  std::vector<AuditChainHead> chains;
  std::optional<BrokenAuditEvent> broken;

  bool ok() const { return !broken.has_value(); }
};

// An error only when the database cannot be read; a broken trail is a value (broken).
core::Result<AuditVerification> VerifyAuditTrail(sql::Database& database);

}  // namespace assure::storage
