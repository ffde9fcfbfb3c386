// SqlInvitationRepository: domain::InvitationRepository over the invitations table (the SHA-256
// of each one-time set-password link, its expiry and when it was used). Consume checks and marks
// a link used in one statement, so a link works once even under concurrent use. Works on the
// Connection of one transaction; borrows the connection; not thread-safe.
#pragma once

#include "domain/identity/session_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlInvitationRepository final : public domain::InvitationRepository {
 public:
  explicit SqlInvitationRepository(sql::Connection& connection) : connection_(connection) {}

  core::Status Create(domain::UserId user_id, std::string_view token_hash, core::Instant expires_at,
                      core::Instant created_at) override;
  // kNotFound for an unknown, used or expired link (expired: expires_at <= now).
  core::Result<domain::UserId> Consume(std::string_view token_hash, core::Instant now) override;
  core::Status RevokeAll(domain::UserId user_id, core::Instant at) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
