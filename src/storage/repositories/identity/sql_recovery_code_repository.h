// SqlRecoveryCodeRepository: domain::RecoveryCodeRepository over the recovery_codes table (the
// SHA-256 of each MFA recovery code, and when it was used). Consume marks a code used in one
// statement, so two concurrent uses of one code cannot both succeed. Works on the Connection of
// one transaction; borrows the connection; not thread-safe.
#pragma once

#include "domain/identity/session_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlRecoveryCodeRepository final : public domain::RecoveryCodeRepository {
 public:
  explicit SqlRecoveryCodeRepository(sql::Connection& connection) : connection_(connection) {}

  core::Status Replace(domain::UserId user_id, const std::vector<std::string>& code_hashes,
                       core::Instant at) override;
  core::Result<bool> Consume(domain::UserId user_id, std::string_view code_hash,
                             core::Instant at) override;
  core::Result<int> CountUnused(domain::UserId user_id) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
