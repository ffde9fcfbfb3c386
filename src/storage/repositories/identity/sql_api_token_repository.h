// SqlApiTokenRepository: domain::ApiTokenRepository over the api_tokens table. Stores the token's
// SHA-256 only, and its scopes as one space-separated text ("read write"). Revoked and expired
// tokens are kept, and still found by FindByHash: the caller checks revoked_at and expires_at.
// Works on the Connection of one transaction; borrows the connection; not thread-safe.
#pragma once

#include "domain/identity/session_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlApiTokenRepository final : public domain::ApiTokenRepository {
 public:
  explicit SqlApiTokenRepository(sql::Connection& connection) : connection_(connection) {}

  // kInvalidInput: a blank name (field "name"), a scope that is empty or holds white space
  // (field "scopes").
  core::Result<domain::ApiToken> Create(const domain::ApiToken& token) override;
  core::Result<domain::ApiToken> FindByHash(std::string_view token_hash) override;
  // Newest first.
  core::Result<std::vector<domain::ApiToken>> ListForUser(domain::PartnershipId partnership_id,
                                                          domain::UserId user_id) override;
  // kNotFound unless the token is the user's. Revoking a revoked token keeps the first time.
  core::Status Revoke(domain::ApiTokenId id, domain::UserId user_id, core::Instant at) override;
  core::Status MarkUsed(domain::ApiTokenId id, core::Instant at) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
