// SqlSessionRepository: domain::SessionRepository over the sessions table.
//
// Sessions are found by the SHA-256 of the browser's token (unique); ended sessions are kept (with
// ended_at) and still found. Works on the Connection of one transaction; borrows the connection;
// not thread-safe.
#pragma once

#include "domain/identity/session_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlSessionRepository final : public domain::SessionRepository {
 public:
  explicit SqlSessionRepository(sql::Connection& connection) : connection_(connection) {}

  core::Result<domain::Session> Create(const domain::Session& session) override;
  core::Result<domain::Session> FindByTokenHash(std::string_view token_hash) override;
  // kNotFound if no session has session.id.
  core::Status Update(const domain::Session& session) override;
  core::Status Touch(domain::SessionId id, core::Instant at) override;
  core::Status End(domain::SessionId id, core::Instant at) override;
  core::Result<std::vector<domain::Session>> ListActive(domain::UserId user_id) override;
  core::Result<int> EndAll(domain::UserId user_id, core::Instant at,
                           std::optional<domain::SessionId> except) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
