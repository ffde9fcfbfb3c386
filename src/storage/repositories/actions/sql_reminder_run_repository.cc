#include "storage/repositories/actions/sql_reminder_run_repository.h"

#include "storage/repositories/reviews/case_rows.h"
#include "storage/sql/instant.h"

namespace assure::storage {

core::Result<bool> SqlReminderRunRepository::Finished(domain::CivilDate day) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT id FROM reminder_runs WHERE partnership_id = ? AND run_on = ?",
                        {partnership_id_, DateValue(day)}));
  return !rows.empty();
}

core::Status SqlReminderRunRepository::Finish(domain::CivilDate day, int digests) {
  if (digests < 0) return core::Error::InvalidInput("digests", "Count the digests from 0.");
  ASSURE_TRY(connection_.Execute(
      "INSERT INTO reminder_runs (partnership_id, run_on, digests, finished_at)"
      " VALUES (?, ?, ?, ?) ON CONFLICT (partnership_id, run_on) DO NOTHING",
      {partnership_id_, DateValue(day), std::int64_t{digests}, sql::InstantValue(clock_.Now())}));
  return core::Ok();
}

core::Result<bool> SqlReminderRunRepository::Claim(domain::CivilDate day, domain::UserId lead,
                                                   int actions) {
  if (actions < 1)
    return core::Error::InvalidInput("actions", "A digest lists at least one action.");
  ASSURE_ASSIGN_OR_RETURN(
      auto inserted,
      connection_.Execute(
          "INSERT INTO reminder_sends (partnership_id, run_on, user_id, actions, claimed_at)"
          " VALUES (?, ?, ?, ?, ?) ON CONFLICT (partnership_id, run_on, user_id) DO NOTHING",
          {partnership_id_, DateValue(day), lead, std::int64_t{actions},
           sql::InstantValue(clock_.Now())}));
  return inserted == 1;
}

core::Status SqlReminderRunRepository::Release(domain::CivilDate day, domain::UserId lead) {
  ASSURE_TRY(connection_.Execute(
      "DELETE FROM reminder_sends WHERE partnership_id = ? AND run_on = ? AND user_id = ?",
      {partnership_id_, DateValue(day), lead}));
  return core::Ok();
}

core::Result<int> SqlReminderRunRepository::Claimed(domain::CivilDate day) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT count(*) FROM reminder_sends WHERE partnership_id = ? AND run_on = ?",
                     {partnership_id_, DateValue(day)}));
  return static_cast<int>(rows.rows.front().Int64(0));
}

}  // namespace assure::storage
