// ReviewActivityService: the review activity figures (review_activity.h, doc/figures.md) of the
// asker's partnership, for the page, the API and the export alike. Each call checks the policy
// (report:read, or report:export for an export) and computes every figure in ONE Store
// transaction that also writes its audit event ("report.review_activity.read" or
// "report.review_activity.export", with the period as the reason). A refusal is audited (outcome
// denied) and computes nothing.
//
// The timeliness figure counts working days with the partnership's calendar and deadline rules
// (DeadlineSettingsSource). Expected failures: kForbidden, kInvalidInput (field "to": the period
// ends before it starts), kUnavailable. Thread-safe: references to thread-safe collaborators, no
// mutable state.
#pragma once

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/reviews/figures/review_activity.h"
#include "domain/store.h"

namespace assure::domain {

class ReviewActivityService {
 public:
  ReviewActivityService(Store& store, const core::Clock& clock,
                        const DeadlineSettingsSource& deadlines);

  core::Result<ReviewActivity> Read(const Requester& requester, const DatePeriod& period) const;
  core::Result<ReviewActivity> Export(const Requester& requester, const DatePeriod& period) const;

  // The period shown when none is asked for: the financial year containing today in London.
  DatePeriod DefaultPeriod() const;

 private:
  core::Result<ReviewActivity> Compute(const Requester& requester, const DatePeriod& period,
                                       Action action, std::string_view audit_action) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
