// The hash chain of the audit trail. An event's hash is the lowercase hex SHA-256 of its
// previous_hash followed by domain::CanonicalAuditContent(event); the first event of a chain
// follows kGenesisHash. Changing this (or the canonical form) breaks every stored trail.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "domain/identity/audit_event.h"

namespace assure::storage {

inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The chain an event belongs to: its partnership's id, or 0 (the system chain).
std::int64_t AuditChainOf(const domain::AuditEvent& event);

// The hash `event` must carry, given its previous_hash.
std::string AuditEventHash(const domain::AuditEvent& event);

// The name of the transaction lock that serialises appends to `chain` (see
// sql::Connection::AcquireTransactionLock); distinct from every other lock Assure takes.
std::int64_t AuditChainLockKey(std::int64_t chain);

}  // namespace assure::storage
