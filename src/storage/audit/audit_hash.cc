#include "storage/audit/audit_hash.h"

#include <sodium.h>

namespace assure::storage {
namespace {

// "Aud" in the top bytes; chain ids (partnership ids) stay far below 2^40.
constexpr std::int64_t kAuditLockBase = 0x4175640000000000;

}  // namespace

std::int64_t AuditChainOf(const domain::AuditEvent& event) {
  return event.partnership_id.value_or(0);
}

std::string AuditEventHash(const domain::AuditEvent& event) {
  const std::string content = CanonicalAuditContent(event);
  crypto_hash_sha256_state state;
  crypto_hash_sha256_init(&state);
  crypto_hash_sha256_update(&state,
                            reinterpret_cast<const unsigned char*>(event.previous_hash.data()),
                            event.previous_hash.size());
  crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(content.data()),
                            content.size());
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&state, digest);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * sizeof digest);
  for (unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 0x0F];
  }
  return hex;
}

std::int64_t AuditChainLockKey(std::int64_t chain) { return kAuditLockBase + chain; }

}  // namespace assure::storage
