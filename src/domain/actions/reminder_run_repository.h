// ReminderRunRepository: what the daily reminder job (reminders.h) records for ONE partnership,
// so that it is idempotent per London day: the days it finished, and the leads whose digest of a
// day is claimed (about to be sent, or sent). Bound to one partnership (Transaction,
// domain/store.h). Implemented by storage; used inside one Store transaction, so by one thread
// at a time.
#pragma once

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/user.h"

namespace assure::domain {

class ReminderRunRepository {
 public:
  virtual ~ReminderRunRepository() = default;
  // Whether the job finished `day` for the partnership.
  virtual core::Result<bool> Finished(CivilDate day) = 0;
  // Records that the job finished `day`, having sent `digests` digests that day in all. Ok, and
  // changing nothing, when the day is recorded already (another run finished it first).
  virtual core::Status Finish(CivilDate day, int digests) = 0;
  // Claims `lead`'s digest of `day`, listing `actions` actions (>= 1): true when this call
  // claimed it, false when it was claimed already (sent by an earlier run, or being sent by a
  // run at the same time). kInvalidInput ("user_id") when the lead is no account.
  virtual core::Result<bool> Claim(CivilDate day, UserId lead, int actions) = 0;
  // Drops the claim (the mail server refused the digest), so the next run sends it again.
  virtual core::Status Release(CivilDate day, UserId lead) = 0;
  // How many digests of `day` are claimed.
  virtual core::Result<int> Claimed(CivilDate day) = 0;
};

}  // namespace assure::domain
