// SqlSignInThrottle: domain::SignInThrottle over the sign_in_failures table (one row per failed
// attempt, indexed by key and time). Works on the Connection of one transaction; borrows the
// connection; not thread-safe.
#pragma once

#include "domain/identity/session_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlSignInThrottle final : public domain::SignInThrottle {
 public:
  explicit SqlSignInThrottle(sql::Connection& connection) : connection_(connection) {}

  core::Status RecordFailure(std::string_view key, core::Instant at) override;
  core::Result<int> CountFailures(std::string_view key, core::Instant since) override;
  core::Status Clear(std::string_view key) override;

 private:
  sql::Connection& connection_;
};

}  // namespace assure::storage
