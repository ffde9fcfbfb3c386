#include "storage/audit/audit_hash.h"

#include "security/tokens.h"

namespace assure::storage {
namespace {

// "Aud" in the top bytes; chain ids (partnership ids) stay far below 2^40.
constexpr std::int64_t kAuditLockBase = 0x4175640000000000;

}  // namespace

std::int64_t AuditChainOf(const domain::AuditEvent& event) {
  return event.partnership_id.value_or(0);
}

std::string AuditEventHash(const domain::AuditEvent& event) {
  // SHA-256 over the previous hash then the canonical content: the same bytes as hashing the two
  // streamed one after the other.
  return security::Sha256Hex(event.previous_hash + CanonicalAuditContent(event));
}

std::int64_t AuditChainLockKey(std::int64_t chain) { return kAuditLockBase + chain; }

}  // namespace assure::storage
