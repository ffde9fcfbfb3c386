// CaseClockService: the statutory clocks of many cases at once (issue 4): each row of the case
// list with its clocks (the row's next due clock; the "overdue" filter) and the deadlines page's
// at-risk and overdue clocks of every case the asker may see.
//
// It lists through CaseService (so the same policy, the reviewer's narrowing to their
// appointments, and ONE audit event per call: "case.list", or "case.export" for Export), then
// computes each listed case's clocks (clocks.h) as of today in London, with the partnership's
// calendar and rules, in one read transaction. It reads no case the list did not return.
//
// Cost: the clocks' inputs of all the listed cases are read in four queries (notifications, rapid
// reviews, full reviews without stages, findings or recommendations, and information requests,
// each for the set of listed case ids) on top of the list's own, whatever the page size; the
// case itself is the listed one, not read again. The overdue filter and the deadlines page still
// list and compute every matching case (tens to hundreds for one partnership), so their cost
// grows with the partnership's cases, not with the page. Expected failures as CaseService::List.
// Thread-safe: references to thread-safe collaborators, no mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/requester.h"
#include "domain/reviews/case_repository.h"
#include "domain/reviews/case_service.h"
#include "domain/reviews/clocks.h"
#include "domain/reviews/deadline_settings.h"
#include "domain/store.h"

namespace assure::domain {

struct ClockedCase {
  Case record;
  std::vector<StatutoryClock> clocks;  // ComputeClocks's order
};

struct ClockedCasePage {
  std::vector<ClockedCase> cases;
  std::int64_t total = 0;  // matching the filters in all
};

// One at-risk or overdue clock, with the case it belongs to.
struct DeadlineEntry {
  CaseId case_id = 0;
  std::string case_reference;
  CaseType case_type = CaseType::kChild;
  StatutoryClock clock;
};

// The clock a list shows for a case: the unmet clock due soonest; nullopt when every clock is met.
std::optional<StatutoryClock> NextClock(const std::vector<StatutoryClock>& clocks);
bool HasOverdueClock(const std::vector<StatutoryClock>& clocks);

class CaseClockService {
 public:
  CaseClockService(Store& store, const core::Clock& clock, const DeadlineSettingsSource& deadlines);

  // CaseService::List with each case's clocks. With `overdue_only`, only the cases with an
  // overdue clock, counted and paged after that filter.
  core::Result<ClockedCasePage> List(const Requester& requester, CaseQuery query,
                                     bool overdue_only) const;
  // CaseService::Export (every matching case) with each case's clocks.
  core::Result<ClockedCasePage> Export(const Requester& requester, CaseQuery query,
                                       bool overdue_only) const;
  // Every at-risk and overdue clock of the cases the asker may see, soonest due first (then by
  // case reference).
  core::Result<std::vector<DeadlineEntry>> Deadlines(const Requester& requester) const;

 private:
  core::Result<std::vector<ClockedCase>> WithClocks(const Requester& requester,
                                                    std::vector<Case> cases) const;
  core::Result<ClockedCasePage> Filtered(const Requester& requester, core::Result<CasePage> page,
                                         bool overdue_only, std::int64_t offset,
                                         std::int64_t limit) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
  CaseService cases_;
};

}  // namespace assure::domain
