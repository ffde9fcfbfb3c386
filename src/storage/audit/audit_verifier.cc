#include "storage/audit/audit_verifier.h"

#include <limits>
#include <map>
#include <utility>

#include "domain/identity/audit_event.h"
#include "storage/audit/audit_hash.h"
#include "storage/audit/audit_row.h"

namespace assure::storage {
namespace {

constexpr std::int64_t kPageSize = 500;

// Columns: id, partnership_id, user_id, session_id, action, resource_type, resource_id, outcome,
// client_address, reason, at, previous_hash, hash, chain.
constexpr std::string_view kPage =
    "SELECT id, partnership_id, user_id, session_id, action, resource_type, resource_id, outcome,"
    " client_address, reason, at, previous_hash, hash, chain FROM audit_events"
    " WHERE id > ? ORDER BY id LIMIT ?";

// The event as stored, and whether its stored fields could be read at all (a damaged outcome or
// time cannot have been hashed as it stands).
struct StoredEvent {
  domain::AuditEvent event;
  std::int64_t chain = 0;
  bool readable = true;
};

StoredEvent Read(const sql::Row& row) {
  auto decoded = DecodeAuditEvent(row);
  StoredEvent stored;
  stored.event = std::move(decoded.event);
  stored.readable = decoded.unreadable_column.empty();
  stored.chain = row.Int64(13);
  return stored;
}

std::string Describe(const BrokenAuditEvent& broken) {
  const std::string where = "Audit event " + std::to_string(broken.event_id) + " (chain " +
                            std::to_string(broken.chain) + ")";
  switch (broken.what) {
    case AuditBreak::kContentChanged:
      return where + " does not match its hash: it was changed after it was written, or forged.";
    case AuditBreak::kPreviousLinkBroken:
      return where + " does not link to the event before it in its chain: its link was changed.";
    case AuditBreak::kMissingEvent:
      return where + " follows an event that is not there: an event before it was deleted.";
    case AuditBreak::kInsertedEvent:
      return where + " was inserted: the chain's next event links past it.";
  }
  return where + " is broken.";
}

// Why the chain breaks at `stored`, given the hash the chain expects it to follow.
core::Result<AuditBreak> Classify(sql::Connection& connection, const StoredEvent& stored,
                                  const std::string& expected, bool hash_ok) {
  const domain::AuditEvent& event = stored.event;
  const bool link_ok = event.previous_hash == expected;
  ASSURE_ASSIGN_OR_RETURN(
      auto next,
      connection.Query(
          "SELECT previous_hash FROM audit_events WHERE chain = ? AND id > ? ORDER BY id LIMIT 1",
          {stored.chain, event.id}));
  if (!next.empty() && next.rows.front().Text(0) == expected) return AuditBreak::kInsertedEvent;
  if (!hash_ok) return link_ok ? AuditBreak::kContentChanged : AuditBreak::kPreviousLinkBroken;
  ASSURE_ASSIGN_OR_RETURN(
      auto followed, connection.Query("SELECT 1 FROM audit_events WHERE chain = ? AND hash = ?",
                                      {stored.chain, event.previous_hash}));
  return followed.empty() ? AuditBreak::kMissingEvent : AuditBreak::kPreviousLinkBroken;
}

}  // namespace

std::string_view AuditBreakName(AuditBreak what) {
  switch (what) {
    case AuditBreak::kContentChanged:
      return "content_changed";
    case AuditBreak::kPreviousLinkBroken:
      return "previous_link_broken";
    case AuditBreak::kMissingEvent:
      return "missing_event";
    case AuditBreak::kInsertedEvent:
      return "inserted_event";
  }
  return "content_changed";
}

core::Result<AuditVerification> VerifyAuditTrail(sql::Database& database) {
  return database.Read([](sql::Connection& connection) -> core::Result<AuditVerification> {
    AuditVerification verification;
    std::map<std::int64_t, AuditChainHead> heads;
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    auto finish = [&]() {
      for (auto& [chain, head] : heads) verification.chains.push_back(std::move(head));
      return verification;
    };
    while (true) {
      ASSURE_ASSIGN_OR_RETURN(auto page, connection.Query(kPage, {after, kPageSize}));
      for (const sql::Row& row : page) {
        const StoredEvent stored = Read(row);
        after = stored.event.id;
        AuditChainHead& head = heads[stored.chain];
        head.chain = stored.chain;
        const std::string expected = head.events == 0 ? std::string{kGenesisHash} : head.last_hash;
        const bool hash_ok = stored.readable && stored.chain == AuditChainOf(stored.event) &&
                             AuditEventHash(stored.event) == stored.event.hash;
        if (!hash_ok || stored.event.previous_hash != expected) {
          ASSURE_ASSIGN_OR_RETURN(auto what, Classify(connection, stored, expected, hash_ok));
          BrokenAuditEvent broken{stored.event.id, stored.chain, what, {}};
          broken.description = Describe(broken);
          verification.broken = std::move(broken);
          if (head.events == 0) heads.erase(stored.chain);
          return finish();
        }
        ++verification.events_checked;
        ++head.events;
        head.last_id = stored.event.id;
        head.last_hash = stored.event.hash;
      }
      if (static_cast<std::int64_t>(page.size()) < kPageSize) return finish();
    }
  });
}

}  // namespace assure::storage
