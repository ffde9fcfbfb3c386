#include "storage/repositories/identity/sql_invitation_repository.h"

#include "storage/sql/instant.h"

namespace assure::storage {

core::Status SqlInvitationRepository::Create(domain::UserId user_id, std::string_view token_hash,
                                             core::Instant expires_at, core::Instant created_at) {
  ASSURE_TRY(connection_.Execute(
      "INSERT INTO invitations (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)",
      {user_id, sql::Text(token_hash), sql::InstantValue(created_at),
       sql::InstantValue(expires_at)}));
  return core::Ok();
}

core::Result<domain::UserId> SqlInvitationRepository::Consume(std::string_view token_hash,
                                                              core::Instant now) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "UPDATE invitations SET used_at = ?"
          " WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING user_id",
          {sql::InstantValue(now), sql::Text(token_hash), sql::InstantValue(now)}));
  if (rows.empty()) {
    return core::Error::NotFound(
        "This link has expired or has already been used. Ask for a new one.");
  }
  return rows.rows.front().Int64(0);
}

core::Status SqlInvitationRepository::RevokeAll(domain::UserId user_id, core::Instant at) {
  ASSURE_TRY(connection_.Execute(
      "UPDATE invitations SET used_at = ? WHERE user_id = ? AND used_at IS NULL",
      {sql::InstantValue(at), user_id}));
  return core::Ok();
}

}  // namespace assure::storage
