#include "storage/repositories/identity/sql_user_repository.h"

#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/identity/identity_rows.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {

core::Result<domain::User> SqlUserRepository::Create(const domain::NewUser& user) {
  ASSURE_TRY(domain::ValidateNewUser(user));
  ASSURE_ASSIGN_OR_RETURN(auto email, domain::NormalizeEmail(user.email));
  auto rows = connection_.Query(
      "INSERT INTO users (email, display_name, version, created_at) VALUES (?, ?, 1, ?)"
      " RETURNING id, email, display_name, password_hash, disabled, totp_secret, totp_last_step,"
      " locked_until, version",
      {email, user.display_name, sql::InstantValue(clock_.Now())});
  if (!rows.ok()) {
    core::Error error = rows.error();
    if (error.code == core::ErrorCode::kConflict && error.field == "email") {
      error.message = "Another user already has this email address.";
    }
    return error;
  }
  return UserFromRow(rows->rows.front());
}

core::Result<domain::User> SqlUserRepository::Get(domain::UserId id) {
  return FindOne(
      "SELECT id, email, display_name, password_hash, disabled, totp_secret, totp_last_step,"
      " locked_until, version FROM users WHERE id = ?",
      id);
}

core::Result<domain::User> SqlUserRepository::FindByEmail(std::string_view email) {
  auto normalized = domain::NormalizeEmail(email);
  if (!normalized.ok()) return NoSuch("user");
  return FindOne(
      "SELECT id, email, display_name, password_hash, disabled, totp_secret, totp_last_step,"
      " locked_until, version FROM users WHERE email = ?",
      std::move(normalized).value());
}

core::Result<domain::User> SqlUserRepository::Update(const domain::User& user) {
  ASSURE_TRY(domain::ValidateName("name", user.display_name));
  ASSURE_ASSIGN_OR_RETURN(
      auto row,
      UpdateVersioned(
          connection_, {"users", "user", std::nullopt, user.id, user.version},
          "display_name = ?, password_hash = ?, disabled = ?, totp_secret = ?, totp_last_step = ?,"
          " locked_until = ?",
          {user.display_name, user.password_hash, sql::Bool(user.disabled),
           HexEncode(user.totp_secret), user.totp_last_step,
           sql::OptionalInstantValue(user.locked_until)},
          "id, email, display_name, password_hash, disabled, totp_secret, totp_last_step,"
          " locked_until, version"));
  return UserFromRow(row);
}

core::Result<std::vector<domain::Membership>> SqlUserRepository::Memberships(domain::UserId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT id, partnership_id, user_id, role, agency_id, version FROM memberships"
                     " WHERE user_id = ? ORDER BY partnership_id, id",
                     {id}));
  std::vector<domain::Membership> memberships;
  memberships.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto membership, MembershipFromRow(row));
    memberships.push_back(membership);
  }
  return memberships;
}

core::Result<domain::User> SqlUserRepository::FindOne(std::string_view sql, sql::Value key) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(sql, {std::move(key)}));
  if (rows.empty()) return NoSuch("user");
  return UserFromRow(rows.rows.front());
}

}  // namespace assure::storage
