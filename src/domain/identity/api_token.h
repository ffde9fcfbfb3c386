// ApiToken: a personal access token for /api/v1, sent as "Authorization: Bearer <token>". Only
// the token's SHA-256 is stored; the token itself is shown once, when made. A token acts for one
// user in one partnership, with the user's role there, narrowed by its scopes. Plain values.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "domain/identity/user.h"

namespace assure::domain {

using ApiTokenId = std::int64_t;

struct ApiToken {
  ApiTokenId id = 0;
  PartnershipId partnership_id = 0;
  UserId user_id = 0;
  std::string name;
  std::string token_hash;
  std::vector<std::string> scopes;  // e.g. "read", "write"
  core::Instant created_at;
  core::Instant expires_at;
  std::optional<core::Instant> revoked_at;
  std::optional<core::Instant> last_used_at;
};

}  // namespace assure::domain
