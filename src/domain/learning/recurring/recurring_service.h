// RecurringLearningService: recurring learning (recurring_learning.h, doc/learning.md
// "Recurring learning") of the asker's partnership, for the API and the page alike. Read checks
// the policy (report:read: the business unit and board members) and reads and computes
// everything in ONE Store transaction that also writes its audit event
// ("learning.recurring.read", with the financial years asked for as the reason). A refusal is
// audited (outcome denied) and reads nothing.
//
// Expected failures: kForbidden, kInvalidInput (field "from" or "to": ValidateYearRange),
// kUnavailable. Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/learning/recurring/recurring_learning.h"
#include "domain/store.h"

namespace assure::domain {

class RecurringLearningService {
 public:
  RecurringLearningService(Store& store, const core::Clock& clock);

  core::Result<RecurringLearning> Read(const Requester& requester, const YearRange& years) const;

 private:
  Store& store_;
  const core::Clock& clock_;
};

}  // namespace assure::domain
