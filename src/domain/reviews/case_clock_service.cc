#include "domain/reviews/case_clock_service.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/case_access.h"
#include "domain/reviews/clock_marks.h"

namespace assure::domain {

namespace {

bool IsMet(const StatutoryClock& clock) {
  return clock.status == ClockStatus::kMet || clock.status == ClockStatus::kMetLate;
}

}  // namespace

std::optional<StatutoryClock> NextClock(const std::vector<StatutoryClock>& clocks) {
  std::optional<StatutoryClock> next;
  for (const auto& clock : clocks) {
    if (IsMet(clock)) continue;
    if (!next || clock.due_on < next->due_on) next = clock;
  }
  return next;
}

CaseClockService::CaseClockService(Store& store, const core::Clock& clock,
                                   const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines), cases_(store, clock, deadlines) {}

core::Result<ListedCasePage> CaseClockService::List(const Requester& requester, CaseQuery query,
                                                    bool overdue_only) const {
  return Listed(requester, std::move(query), overdue_only, false);
}

core::Result<ListedCasePage> CaseClockService::Export(const Requester& requester, CaseQuery query,
                                                      bool overdue_only) const {
  return Listed(requester, std::move(query), overdue_only, true);
}

core::Result<ListedCasePage> CaseClockService::Listed(const Requester& requester, CaseQuery query,
                                                      bool overdue_only, bool exporting) const {
  const PartnershipId partnership = requester.partnership_id();
  const CivilDate today = LondonDate(clock_.Now());
  if (overdue_only) query.next_clock_due_before = today;
  ListedCasePage result;
  // In the list's read transaction: the page's marks, and the clocks of any case never marked.
  const auto next_clocks = [&](Transaction& tx, const CasePage& page) -> core::Status {
    auto settings = deadlines_.For(tx, partnership);
    if (!settings.ok()) return settings.error();
    std::vector<CaseId> ids;
    ids.reserve(page.cases.size());
    for (const Case& record : page.cases) ids.push_back(record.id);
    auto marks = tx.cases(partnership).ClockMarks(ids);
    if (!marks.ok()) return marks.error();
    std::unordered_map<CaseId, std::optional<NextClockMark>> by_case;
    for (CaseClockMark& mark : *marks) by_case.emplace(mark.case_id, std::move(mark.next));
    std::vector<Case> unmarked;
    for (const Case& record : page.cases) {
      if (!by_case.contains(record.id)) unmarked.push_back(record);
    }
    auto records = RecordsOfCases(tx, partnership, std::move(unmarked));
    if (!records.ok()) return records.error();
    for (const CaseRecords& one : *records) {
      by_case.emplace(one.record.id, NextClockMarkOf(one, *settings));
    }
    result.cases.reserve(page.cases.size());
    for (const Case& record : page.cases) {
      const auto& mark = by_case.at(record.id);
      result.cases.push_back(
          {record,
           mark ? std::optional{ClockOfMark(*mark, settings->calendar, today)} : std::nullopt});
    }
    return core::Ok();
  };
  auto page = exporting ? cases_.Export(requester, std::move(query), next_clocks)
                        : cases_.List(requester, std::move(query), next_clocks);
  if (!page.ok()) return page.error();
  result.total = page->total;
  return result;
}

core::Result<std::vector<DeadlineEntry>> CaseClockService::Deadlines(
    const Requester& requester) const {
  const PartnershipId partnership = requester.partnership_id();
  const CivilDate today = LondonDate(clock_.Now());
  std::vector<DeadlineEntry> entries;
  // Every clock of every listed case, in the list's read transaction.
  const auto at_risk = [&](Transaction& tx, const CasePage& page) -> core::Status {
    auto settings = deadlines_.For(tx, partnership);
    if (!settings.ok()) return settings.error();
    auto records = RecordsOfCases(tx, partnership, page.cases);
    if (!records.ok()) return records.error();
    for (const CaseRecords& one : *records) {
      for (auto& clock : ComputeClocks(one, settings->rules, settings->calendar, today)) {
        if (clock.status != ClockStatus::kAtRisk && clock.status != ClockStatus::kOverdue) continue;
        entries.push_back({one.record.id, one.record.reference, one.record.type, std::move(clock)});
      }
    }
    return core::Ok();
  };
  CaseQuery query;
  query.limit = 0;
  auto page = cases_.List(requester, std::move(query), at_risk);
  if (!page.ok()) return page.error();
  std::stable_sort(entries.begin(), entries.end(),
                   [](const DeadlineEntry& a, const DeadlineEntry& b) {
                     if (a.clock.due_on != b.clock.due_on) return a.clock.due_on < b.clock.due_on;
                     return a.case_reference < b.case_reference;
                   });
  return entries;
}

}  // namespace assure::domain
