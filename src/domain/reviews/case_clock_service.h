// CaseClockService: the statutory clocks of many cases at once (issue 4): each row of the case
// list with its next clock (and the "overdue" filter), and the deadlines page's at-risk and
// overdue clocks of every case the asker may see.
//
// List and Export go through CaseService (so the same policy, the reviewer's narrowing to their
// appointments, and ONE audit event per call: "case.list", or "case.export"). A row's next clock
// comes from the case's stored mark (clock_marks.h), read in the list's own read transaction in
// one query, its status worked out as of today in London with the partnership's calendar; the
// overdue filter is part of the list query (the mark's due date before today), so it pages in
// SQL like any other filter. A case never marked (data from before migration 10 that `assure
// migrate` has not marked yet) has its clocks computed from its records instead.
//
// Deadlines computes every clock of every case the asker may see (four batch queries for the
// clocks' inputs), so its cost grows with the partnership's cases. Expected failures as
// CaseService::List. Thread-safe: references to thread-safe collaborators, no mutable state.
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

// A row of the case list: the case and its next clock (nullopt when every clock is met).
struct ListedCase {
  Case record;
  std::optional<StatutoryClock> next;
};

struct ListedCasePage {
  std::vector<ListedCase> cases;
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

class CaseClockService {
 public:
  CaseClockService(Store& store, const core::Clock& clock, const DeadlineSettingsSource& deadlines);

  // CaseService::List with each case's next clock. With `overdue_only`, only the cases whose
  // next clock is overdue (then every overdue clock of theirs is counted by Deadlines).
  core::Result<ListedCasePage> List(const Requester& requester, CaseQuery query,
                                    bool overdue_only) const;
  // CaseService::Export (every matching case) with each case's next clock.
  core::Result<ListedCasePage> Export(const Requester& requester, CaseQuery query,
                                      bool overdue_only) const;
  // Every at-risk and overdue clock of the cases the asker may see, soonest due first (then by
  // case reference).
  core::Result<std::vector<DeadlineEntry>> Deadlines(const Requester& requester) const;

 private:
  // CaseService's List or Export with the next clocks of the page's cases.
  core::Result<ListedCasePage> Listed(const Requester& requester, CaseQuery query,
                                      bool overdue_only, bool exporting) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
  CaseService cases_;
};

}  // namespace assure::domain
