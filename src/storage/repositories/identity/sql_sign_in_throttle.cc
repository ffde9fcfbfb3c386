#include "storage/repositories/identity/sql_sign_in_throttle.h"

#include "storage/sql/instant.h"

namespace assure::storage {

core::Status SqlSignInThrottle::RecordFailure(std::string_view key, core::Instant at) {
  ASSURE_TRY(connection_.Execute("INSERT INTO sign_in_failures (key, at) VALUES (?, ?)",
                                 {sql::Text(key), sql::InstantValue(at)}));
  return core::Ok();
}

core::Result<int> SqlSignInThrottle::CountFailures(std::string_view key, core::Instant since) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT count(*) FROM sign_in_failures WHERE key = ? AND at >= ?",
                        {sql::Text(key), sql::InstantValue(since)}));
  return static_cast<int>(rows.rows.front().Int64(0));
}

core::Status SqlSignInThrottle::Clear(std::string_view key) {
  ASSURE_TRY(connection_.Execute("DELETE FROM sign_in_failures WHERE key = ?", {sql::Text(key)}));
  return core::Ok();
}

}  // namespace assure::storage
