// SqlReminderRunRepository: domain::ReminderRunRepository over the reminder_runs and
// reminder_sends tables (migration 0011), for ONE partnership: every statement carries
// `partnership_id = ?`. Finish and Claim insert with ON CONFLICT DO NOTHING, so two runs at once
// (the server's timer and a cron `assure remind`) record a day once and claim each lead's digest
// once, and the loser's transaction stays usable. Works on the Connection of one transaction;
// borrows the connection and the clock; not thread-safe.
#pragma once

#include "core/clock.h"
#include "domain/actions/reminder_run_repository.h"
#include "domain/ids.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlReminderRunRepository final : public domain::ReminderRunRepository {
 public:
  SqlReminderRunRepository(sql::Connection& connection, const core::Clock& clock,
                           domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<bool> Finished(domain::CivilDate day) override;
  core::Status Finish(domain::CivilDate day, int digests) override;
  core::Result<bool> Claim(domain::CivilDate day, domain::UserId lead, int actions) override;
  core::Status Release(domain::CivilDate day, domain::UserId lead) override;
  core::Result<int> Claimed(domain::CivilDate day) override;

 private:
  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
