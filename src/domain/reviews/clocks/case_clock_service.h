// CaseClockService: the case list and the statutory clocks of many cases at once. List and
// Export are the one entry point of the case list (its page, its CSV/XLSX and the API): the cases
// the asker may see (a reviewer: their appointments), filtered and paged in SQL (the "overdue"
// filter too, on each case's stored next-clock mark, clock_marks.h), each with its next clock as
// of today in London, read in one read transaction; then ONE audit event ("case.list" or
// "case.export") in a short write transaction: nothing is returned unless it was written. A case
// never marked has its clocks computed from its records. Deadlines computes every clock of every
// case the asker may see (four batch queries), audited as "case.list".
//
// A role that may never see cases gets kForbidden (audited). Thread-safe: references to
// thread-safe collaborators, no mutable state.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/identity/requester.h"
#include "domain/reviews/cases/case_repository.h"
#include "domain/reviews/clocks/clocks.h"
#include "domain/reviews/clocks/deadline_settings.h"
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

  // One page of the cases the asker may see, filtered, each with its next clock. With
  // `overdue_only`, only the cases whose next clock is overdue.
  core::Result<ListedCasePage> List(const Requester& requester, CaseQuery query,
                                    bool overdue_only) const;
  // Every matching case (no paging) with its next clock, for CSV/XLSX (case:export).
  core::Result<ListedCasePage> Export(const Requester& requester, CaseQuery query,
                                      bool overdue_only) const;
  // Every at-risk and overdue clock of the cases the asker may see, soonest due first (then by
  // case reference).
  core::Result<std::vector<DeadlineEntry>> Deadlines(const Requester& requester) const;

 private:
  core::Result<ListedCasePage> Listed(const Requester& requester, CaseQuery query,
                                      bool overdue_only, Action action) const;
  // ok when the asker's roles may ever list cases; otherwise the refusal, audited.
  core::Status MayList(const Requester& requester, Action action) const;
  core::Status AuditList(const Requester& requester, Action action) const;

  Store& store_;
  const core::Clock& clock_;
  const DeadlineSettingsSource& deadlines_;
};

}  // namespace assure::domain
