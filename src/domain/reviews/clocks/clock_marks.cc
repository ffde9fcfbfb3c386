#include "domain/reviews/clocks/clock_marks.h"

#include <utility>
#include <vector>

#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/clocks/case_clock_service.h"

namespace assure::domain {

core::Result<std::optional<NextClockMark>> NextClockMarkOf(const CaseRecords& records,
                                                           const DeadlineSettings& settings) {
  // No day is needed: which clocks are met, and their due dates, do not depend on it.
  ASSURE_ASSIGN_OR_RETURN(const auto clocks,
                          ComputeClocks(records, settings.rules, settings.calendar, std::nullopt));
  const auto next = NextClock(clocks);
  if (!next) return std::optional<NextClockMark>{};
  return std::optional<NextClockMark>{
      NextClockMark{next->rule_code, next->rule_version, next->label, next->due_on}};
}

core::Result<StatutoryClock> ClockOfMark(const NextClockMark& mark, const WorkingCalendar& calendar,
                                         CivilDate today) {
  StatutoryClock clock;
  clock.rule_code = mark.rule_code;
  clock.rule_version = mark.rule_version;
  clock.label = mark.label;
  clock.due_on = mark.due_on;
  ASSURE_ASSIGN_OR_RETURN(const ClockState state,
                          StateOfClock(mark.due_on, std::nullopt, calendar, today));
  clock.status = state.status;
  clock.working_days = state.working_days;
  return clock;
}

core::Status MarkRecords(Transaction& tx, PartnershipId partnership_id, const CaseRecords& records,
                         const DeadlineSettings& settings) {
  ASSURE_ASSIGN_OR_RETURN(auto next, NextClockMarkOf(records, settings));
  return tx.cases(partnership_id).PutClockMark({records.record.id, std::move(next)});
}

core::Status MarkCase(Transaction& tx, PartnershipId partnership_id, CaseId id,
                      const DeadlineSettingsSource& deadlines) {
  ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines.For(tx, partnership_id));
  ASSURE_ASSIGN_OR_RETURN(auto records, LoadCaseRecords(tx, partnership_id, id));
  return MarkRecords(tx, partnership_id, records, settings);
}

core::Result<std::int64_t> MarkCases(Transaction& tx, PartnershipId partnership_id,
                                     const DeadlineSettingsSource& deadlines, bool only_unmarked) {
  CaseQuery query;
  query.limit = 0;
  if (only_unmarked) {
    ASSURE_ASSIGN_OR_RETURN(auto unmarked, tx.cases(partnership_id).Unmarked());
    if (unmarked.empty()) return std::int64_t{0};
    query.only = std::move(unmarked);
  }
  ASSURE_ASSIGN_OR_RETURN(auto page, tx.cases(partnership_id).List(query));
  ASSURE_ASSIGN_OR_RETURN(auto settings, deadlines.For(tx, partnership_id));
  std::vector<Case> cases = std::move(page.cases);
  ASSURE_ASSIGN_OR_RETURN(auto records, RecordsOfCases(tx, partnership_id, std::move(cases)));
  for (const CaseRecords& one : records) {
    ASSURE_TRY(MarkRecords(tx, partnership_id, one, settings));
  }
  return static_cast<std::int64_t>(records.size());
}

core::Result<std::int64_t> MarkUnmarkedCases(Store& store,
                                             const DeadlineSettingsSource& deadlines) {
  ASSURE_ASSIGN_OR_RETURN(auto partnerships,
                          store.Read([](Transaction& tx) { return tx.partnerships().List(); }));
  std::int64_t marked = 0;
  for (const Partnership& partnership : partnerships) {
    ASSURE_ASSIGN_OR_RETURN(auto count, store.Write([&](Transaction& tx) {
      return MarkCases(tx, partnership.id, deadlines, true);
    }));
    marked += count;
  }
  return marked;
}

}  // namespace assure::domain
