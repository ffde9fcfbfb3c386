#include "domain/reviews/clocks/case_clock_service.h"

#include <algorithm>
#include <unordered_map>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/clocks/clock_marks.h"

namespace assure::domain {

namespace {

std::string ListAuditName(Action action) {
  return action == Action::kExport ? "case.export" : "case.list";
}

}  // namespace

std::optional<StatutoryClock> NextClock(const std::vector<StatutoryClock>& clocks) {
  std::optional<StatutoryClock> next;
  for (const auto& clock : clocks) {
    if (!IsRunning(clock)) continue;
    if (!next || clock.due_on < next->due_on) next = clock;
  }
  return next;
}

CaseClockService::CaseClockService(Store& store, const core::Clock& clock,
                                   const DeadlineSettingsSource& deadlines)
    : store_(store), clock_(clock), deadlines_(deadlines) {}

core::Result<ListedCasePage> CaseClockService::List(const Requester& requester, CaseQuery query,
                                                    bool overdue_only) const {
  return Listed(requester, std::move(query), overdue_only, Action::kRead);
}

core::Result<ListedCasePage> CaseClockService::Export(const Requester& requester, CaseQuery query,
                                                      bool overdue_only) const {
  query.offset = 0;
  query.limit = 0;
  return Listed(requester, std::move(query), overdue_only, Action::kExport);
}

core::Status CaseClockService::MayList(const Requester& requester, Action action) const {
  if (MayEver(requester.principal, Resource::kCase, action)) return core::Ok();
  return RecordRefusal(store_, clock_, requester, ListAuditName(action), {"case", ""},
                       "role does not allow case:" + std::string{ActionName(action)}, NoCases());
}

core::Status CaseClockService::AuditList(const Requester& requester, Action action) const {
  return store_.Write([&](Transaction& tx) {
    return WriteAudit(tx, requester, clock_.Now(), ListAuditName(action), {"case", ""});
  });
}

core::Result<ListedCasePage> CaseClockService::Listed(const Requester& requester, CaseQuery query,
                                                      bool overdue_only, Action action) const {
  ASSURE_TRY(MayList(requester, action));
  const PartnershipId partnership = requester.partnership_id();
  const CivilDate today = LondonDate(clock_.Now());
  if (overdue_only) query.next_clock_due_before = today;
  // Reading needs no write lock: many lists run at once, and only the audit event is serialised.
  ASSURE_ASSIGN_OR_RETURN(
      auto listed, store_.Read([&](Transaction& tx) -> core::Result<ListedCasePage> {
        ASSURE_ASSIGN_OR_RETURN(const auto page,
                                ListPermittedCases(tx, requester, std::move(query), action));
        ASSURE_ASSIGN_OR_RETURN(const auto settings, deadlines_.For(tx, partnership));
        // The page's stored marks, and the clocks of any case never marked.
        std::vector<CaseId> ids;
        ids.reserve(page.cases.size());
        for (const Case& record : page.cases) ids.push_back(record.id);
        ASSURE_ASSIGN_OR_RETURN(auto marks, tx.cases(partnership).ClockMarks(ids));
        std::unordered_map<CaseId, std::optional<NextClockMark>> by_case;
        for (CaseClockMark& mark : marks) by_case.emplace(mark.case_id, std::move(mark.next));
        std::vector<Case> unmarked;
        for (const Case& record : page.cases) {
          if (!by_case.contains(record.id)) unmarked.push_back(record);
        }
        ASSURE_ASSIGN_OR_RETURN(const auto records,
                                RecordsOfCases(tx, partnership, std::move(unmarked)));
        for (const CaseRecords& one : records) {
          // A case whose clocks cannot be counted (dates outside the verified years, stored
          // before they were refused) is listed without a clock.
          auto next = NextClockMarkOf(one, settings);
          by_case.emplace(one.record.id, next.ok() ? std::move(next).value() : std::nullopt);
        }
        ListedCasePage result;
        result.total = page.total;
        result.cases.reserve(page.cases.size());
        for (const Case& record : page.cases) {
          const auto& mark = by_case.at(record.id);
          std::optional<StatutoryClock> shown;
          if (mark) {
            auto clock = ClockOfMark(*mark, settings.calendar, today);
            if (clock.ok()) shown = std::move(clock).value();
          }
          result.cases.push_back({record, std::move(shown)});
        }
        return result;
      }));
  // Nothing is returned unless the list's audit event was written.
  ASSURE_TRY(AuditList(requester, action));
  return listed;
}

core::Result<std::vector<DeadlineEntry>> CaseClockService::Deadlines(
    const Requester& requester) const {
  ASSURE_TRY(MayList(requester, Action::kRead));
  const PartnershipId partnership = requester.partnership_id();
  const CivilDate today = LondonDate(clock_.Now());
  // Every clock of every case the asker may see, in one read transaction.
  ASSURE_ASSIGN_OR_RETURN(auto entries, store_.Read([&](Transaction& tx)
                                                        -> core::Result<
                                                            std::vector<DeadlineEntry>> {
    CaseQuery query;
    query.limit = 0;
    ASSURE_ASSIGN_OR_RETURN(auto page,
                            ListPermittedCases(tx, requester, std::move(query), Action::kRead));
    ASSURE_ASSIGN_OR_RETURN(const auto settings, deadlines_.For(tx, partnership));
    ASSURE_ASSIGN_OR_RETURN(const auto records,
                            RecordsOfCases(tx, partnership, std::move(page.cases)));
    std::vector<DeadlineEntry> found;
    for (const CaseRecords& one : records) {
      auto clocks = ComputeClocks(one, settings.rules, settings.calendar, today);
      if (!clocks.ok()) continue;  // dates outside the verified years: no clock to show
      for (auto& clock : *clocks) {
        if (clock.status != ClockStatus::kAtRisk && clock.status != ClockStatus::kOverdue) {
          continue;
        }
        found.push_back({one.record.id, one.record.reference, one.record.type, std::move(clock)});
      }
    }
    return found;
  }));
  ASSURE_TRY(AuditList(requester, Action::kRead));
  std::stable_sort(entries.begin(), entries.end(),
                   [](const DeadlineEntry& a, const DeadlineEntry& b) {
                     if (a.clock.due_on != b.clock.due_on) return a.clock.due_on < b.clock.due_on;
                     return a.case_reference < b.case_reference;
                   });
  return entries;
}

}  // namespace assure::domain
