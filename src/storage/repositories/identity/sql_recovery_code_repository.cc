#include "storage/repositories/identity/sql_recovery_code_repository.h"

#include "storage/sql/instant.h"

namespace assure::storage {

core::Status SqlRecoveryCodeRepository::Replace(domain::UserId user_id,
                                                const std::vector<std::string>& code_hashes,
                                                core::Instant at) {
  ASSURE_TRY(connection_.Execute("DELETE FROM recovery_codes WHERE user_id = ?", {user_id}));
  for (const std::string& code_hash : code_hashes) {
    ASSURE_TRY(connection_.Execute(
        "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES (?, ?, ?)",
        {user_id, code_hash, sql::InstantValue(at)}));
  }
  return core::Ok();
}

core::Result<bool> SqlRecoveryCodeRepository::Consume(domain::UserId user_id,
                                                      std::string_view code_hash,
                                                      core::Instant at) {
  ASSURE_ASSIGN_OR_RETURN(
      auto used, connection_.Execute("UPDATE recovery_codes SET used_at = ?"
                                     " WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
                                     {sql::InstantValue(at), user_id, sql::Text(code_hash)}));
  return used > 0;
}

core::Result<int> SqlRecoveryCodeRepository::CountUnused(domain::UserId user_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT count(*) FROM recovery_codes WHERE user_id = ? AND used_at IS NULL",
                        {user_id}));
  return static_cast<int>(rows.rows.front().Int64(0));
}

}  // namespace assure::storage
