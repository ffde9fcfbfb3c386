#include "domain/reviews/case_clock_service.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "domain/london_date.h"

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

bool HasOverdueClock(const std::vector<StatutoryClock>& clocks) {
  return std::any_of(clocks.begin(), clocks.end(), [](const StatutoryClock& clock) {
    return clock.status == ClockStatus::kOverdue;
  });
}

CaseClockService::CaseClockService(Store& store, const core::Clock& clock,
                                   const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines), cases_(store, clock, deadlines) {}

core::Result<ClockedCasePage> CaseClockService::List(const Requester& requester, CaseQuery query,
                                                     bool overdue_only) const {
  if (!overdue_only) return Filtered(requester, cases_.List(requester, query), false, 0, 0);
  const auto offset = query.offset;
  const auto limit = query.limit;
  query.offset = 0;
  query.limit = 0;
  return Filtered(requester, cases_.List(requester, std::move(query)), true, offset, limit);
}

core::Result<ClockedCasePage> CaseClockService::Export(const Requester& requester, CaseQuery query,
                                                       bool overdue_only) const {
  return Filtered(requester, cases_.Export(requester, std::move(query)), overdue_only, 0, 0);
}

core::Result<ClockedCasePage> CaseClockService::Filtered(const Requester& requester,
                                                         core::Result<CasePage> page,
                                                         bool overdue_only, std::int64_t offset,
                                                         std::int64_t limit) const {
  if (!page.ok()) return page.error();
  auto clocked = WithClocks(requester, std::move(page->cases));
  if (!clocked.ok()) return clocked.error();
  ClockedCasePage result;
  if (!overdue_only) {
    result.cases = std::move(*clocked);
    result.total = page->total;
    return result;
  }
  std::erase_if(*clocked, [](const ClockedCase& c) { return !HasOverdueClock(c.clocks); });
  result.total = static_cast<std::int64_t>(clocked->size());
  const auto begin = std::min<std::int64_t>(std::max<std::int64_t>(offset, 0), result.total);
  const auto end = limit > 0 ? std::min<std::int64_t>(begin + limit, result.total) : result.total;
  result.cases.assign(std::make_move_iterator(clocked->begin() + begin),
                      std::make_move_iterator(clocked->begin() + end));
  return result;
}

core::Result<std::vector<DeadlineEntry>> CaseClockService::Deadlines(
    const Requester& requester) const {
  CaseQuery query;
  query.limit = 0;
  auto page = List(requester, std::move(query), false);
  if (!page.ok()) return page.error();
  std::vector<DeadlineEntry> entries;
  for (const auto& c : page->cases) {
    for (const auto& clock : c.clocks) {
      if (clock.status != ClockStatus::kAtRisk && clock.status != ClockStatus::kOverdue) continue;
      entries.push_back({c.record.id, c.record.reference, c.record.type, clock});
    }
  }
  std::stable_sort(entries.begin(), entries.end(),
                   [](const DeadlineEntry& a, const DeadlineEntry& b) {
                     if (a.clock.due_on != b.clock.due_on) return a.clock.due_on < b.clock.due_on;
                     return a.case_reference < b.case_reference;
                   });
  return entries;
}

core::Result<std::vector<ClockedCase>> CaseClockService::WithClocks(const Requester& requester,
                                                                    std::vector<Case> cases) const {
  if (cases.empty()) return std::vector<ClockedCase>{};
  const PartnershipId partnership = requester.partnership_id();
  const CivilDate today = LondonDate(clock_.Now());
  std::vector<CaseId> ids;
  ids.reserve(cases.size());
  for (const Case& record : cases) ids.push_back(record.id);
  return store_.Read([&](Transaction& tx) -> core::Result<std::vector<ClockedCase>> {
    auto settings = deadlines_.For(tx, partnership);
    if (!settings.ok()) return settings.error();
    // The clocks' inputs for every listed case: four queries, whatever the number of cases.
    auto& reviews = tx.review_records(partnership);
    auto notifications = reviews.NotificationsFor(ids);
    if (!notifications.ok()) return notifications.error();
    auto rapid_reviews = reviews.RapidReviewsFor(ids);
    if (!rapid_reviews.ok()) return rapid_reviews.error();
    auto full_reviews = reviews.FullReviewsFor(ids);
    if (!full_reviews.ok()) return full_reviews.error();
    auto requests = tx.information_requests(partnership).ForCases(ids);
    if (!requests.ok()) return requests.error();

    std::unordered_map<CaseId, CaseRecords> by_case;
    for (auto& notification : *notifications) {
      by_case[notification.case_id].notification = std::move(notification);
    }
    for (auto& review : *rapid_reviews) by_case[review.case_id].rapid_review = std::move(review);
    for (auto& review : *full_reviews) by_case[review.case_id].full_review = std::move(review);
    for (auto& request : *requests) by_case[request.case_id].requests.push_back(std::move(request));

    std::vector<ClockedCase> clocked;
    clocked.reserve(cases.size());
    for (auto& record : cases) {
      CaseRecords records;
      if (auto found = by_case.find(record.id); found != by_case.end()) {
        records = std::move(found->second);
        by_case.erase(found);
      }
      records.record = std::move(record);
      auto clocks = ComputeClocks(records, settings->rules, settings->calendar, today);
      clocked.push_back({std::move(records.record), std::move(clocks)});
    }
    return clocked;
  });
}

}  // namespace assure::domain
