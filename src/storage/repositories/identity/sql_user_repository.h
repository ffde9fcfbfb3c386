// SqlUserRepository: domain::UserRepository over the users table (and, for Memberships, the
// memberships table across every partnership).
//
// Emails are stored normalised (domain::NormalizeEmail), so the unique key on users.email is
// case-insensitive for ASCII: a taken email is kConflict with field "email". A TOTP secret is
// stored hex-encoded. Works on the Connection of one transaction (make it inside Database::Write
// or Read, drop it before the function returns); borrows the connection and the clock; not
// thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/identity/user_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlUserRepository final : public domain::UserRepository {
 public:
  SqlUserRepository(sql::Connection& connection, const core::Clock& clock)
      : connection_(connection), clock_(clock) {}

  core::Result<domain::User> Create(const domain::NewUser& user) override;
  core::Result<domain::User> Get(domain::UserId id) override;
  // kNotFound also for text that is not an email address.
  core::Result<domain::User> FindByEmail(std::string_view email) override;
  core::Result<domain::User> Update(const domain::User& user) override;
  core::Result<std::vector<domain::Membership>> Memberships(domain::UserId id) override;

 private:
  core::Result<domain::User> FindOne(std::string_view sql, sql::Value key);

  sql::Connection& connection_;
  const core::Clock& clock_;
};

}  // namespace assure::storage
