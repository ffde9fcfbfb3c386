// AuditEvent: one entry of the append-only, hash-chained audit trail (who did what to which
// record, when, from where, with what outcome, and why when a reason was given). Events of one
// partnership form one chain; events with no partnership (e.g. a failed sign-in for an unknown
// email) form the system chain. Each stores the previous event's hash and its own hash over its
// canonical content, so a change, deletion or insertion is detected (`assure audit verify`).
// Never holds personal data beyond ids and the client address. Plain values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"
#include "domain/identity/session.h"

namespace assure::domain {

enum class AuditOutcome { kSuccess, kFailure, kDenied };
std::string_view AuditOutcomeName(AuditOutcome outcome);
std::optional<AuditOutcome> ParseAuditOutcome(std::string_view name);

struct AuditEvent {
  std::int64_t id = 0;  // assigned by the store, in chain order
  std::optional<PartnershipId> partnership_id;
  std::optional<UserId> user_id;
  std::optional<SessionId> session_id;
  std::string action;         // "sign_in", "agency.update", "review.read", ...
  std::string resource_type;  // "user", "agency", "review", ... (empty when none)
  std::string resource_id;    // the record's id as text (empty when none)
  AuditOutcome outcome = AuditOutcome::kSuccess;
  std::string client_address;
  std::string reason;  // why: given by the person, or the rule that denied
  core::Instant at;
  std::string previous_hash;  // set by the store
  std::string hash;           // set by the store
};

// The text that an event's hash covers: every field above but id and hash, in a fixed order,
// each length-prefixed so no two events share a form. Pure.
std::string CanonicalAuditContent(const AuditEvent& event);

struct AuditQuery {
  std::optional<UserId> user_id;
  std::string resource_type;          // empty: any
  std::string resource_id;            // empty: any
  std::optional<core::Instant> from;  // inclusive
  std::optional<core::Instant> to;    // exclusive
  int limit = 200;
};

}  // namespace assure::domain
