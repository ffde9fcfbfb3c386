// Session: one signed-in browser. Stored in the database so that several server processes share
// them. The browser holds a 256-bit random token; only its SHA-256 is stored (token_hash). A
// session is "pending MFA" until the second factor is given; only then does it grant access.
// Plain values; safe to copy between threads.
#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "domain/identity/user.h"

namespace assure::domain {

using SessionId = std::int64_t;

struct Session {
  SessionId id = 0;
  std::string token_hash;  // hex SHA-256 of the cookie's token
  UserId user_id = 0;
  PartnershipId partnership_id = 0;  // the partnership the person is working in
  std::string csrf_token;            // random, per session; sent in forms as csrf_token
  bool mfa_passed = false;
  core::Instant created_at;
  core::Instant last_seen_at;
  std::optional<core::Instant> ended_at;  // sign-out, expiry, or ended by the user/an admin
  std::string client_address;
  std::string user_agent;  // shortened; shown on "your sessions"
};

}  // namespace assure::domain
