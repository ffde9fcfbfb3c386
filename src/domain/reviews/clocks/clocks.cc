#include "domain/reviews/clocks/clocks.h"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/enum_names.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

constexpr int kAtRiskWorkingDays = 3;

constexpr std::array<std::pair<ClockStatus, std::string_view>, 5> kStatusNames{{
    {ClockStatus::kOnTime, "on_time"},
    {ClockStatus::kAtRisk, "at_risk"},
    {ClockStatus::kOverdue, "overdue"},
    {ClockStatus::kMet, "met"},
    {ClockStatus::kMetLate, "met_late"},
}};

constexpr std::array<std::pair<ClockStatus, std::string_view>, 5> kStatusLabels{{
    {ClockStatus::kOnTime, "On time"},
    {ClockStatus::kAtRisk, "At risk"},
    {ClockStatus::kOverdue, "Overdue"},
    {ClockStatus::kMet, "Met"},
    {ClockStatus::kMetLate, "Met late"},
}};

// Computes the clock's status and working days from its dates.
struct ClockMaker {
  const WorkingCalendar& calendar;
  CivilDate today;

  StatutoryClock Make(const DeadlineRule& rule, CivilDate starts_on, CivilDate due_on,
                      std::optional<CivilDate> met_on) const {
    StatutoryClock clock;
    clock.rule_code = rule.code;
    clock.rule_version = rule.version;
    clock.label = rule.label;
    clock.starts_on = starts_on;
    clock.due_on = due_on;
    clock.met_on = met_on;
    const ClockState state = StateOfClock(due_on, met_on, calendar, today);
    clock.status = state.status;
    clock.working_days = state.working_days;
    return clock;
  }

  // A clock of `rule` counted forward from `starts_on`.
  StatutoryClock After(const DeadlineRule& rule, CivilDate starts_on,
                       std::optional<CivilDate> met_on) const {
    const CivilDate due_on = rule.unit == DeadlineUnit::kCalendarMonths
                                 ? AddMonths(starts_on, rule.amount)
                                 : calendar.AddWorkingDays(starts_on, rule.amount);
    return Make(rule, starts_on, due_on, met_on);
  }
};

void AddRequestClocks(const CaseRecords& records, const DeadlineRules& rules,
                      const ClockMaker& maker, std::vector<StatutoryClock>& clocks) {
  std::vector<const InformationRequest*> requests;
  for (const InformationRequest& request : records.requests) {
    if (request.status == RequestStatus::kWithdrawn) continue;
    // A submitted request with no submission time cannot say when it was met.
    if (request.status == RequestStatus::kSubmitted && !request.submitted_at) continue;
    requests.push_back(&request);
  }
  std::sort(requests.begin(), requests.end(), [](const auto* a, const auto* b) {
    return std::pair{a->due_on, a->id} < std::pair{b->due_on, b->id};
  });
  const DeadlineRule& rule = rules.Get("agency_response");
  for (const InformationRequest* request : requests) {
    std::optional<CivilDate> met_on;
    if (request->status == RequestStatus::kSubmitted) met_on = LondonDate(*request->submitted_at);
    StatutoryClock clock = maker.Make(rule, request->requested_on, request->due_on, met_on);
    clock.request_id = request->id;
    clocks.push_back(std::move(clock));
  }
}

void AddFullReviewClocks(const FullReview& review, const DeadlineRules& rules,
                         const ClockMaker& maker, std::vector<StatutoryClock>& clocks) {
  const bool children =
      review.kind == FullReviewKind::kCspr || review.kind == FullReviewKind::kJoint;
  if (children) {
    clocks.push_back(
        maker.After(rules.Get("cspr_publication"), review.decided_on, review.published_on));
  } else if (review.kind == FullReviewKind::kSar && review.started_on) {
    clocks.push_back(
        maker.After(rules.Get("sar_publication"), *review.started_on, review.published_on));
  }
  if (children && review.planned_publication_on) {
    const DeadlineRule& rule = rules.Get("prepublication_notice");
    const CivilDate planned = *review.planned_publication_on;
    clocks.push_back(maker.Make(rule, planned,
                                maker.calendar.SubtractWorkingDays(planned, rule.amount),
                                review.notice_sent_on));
  }
}

}  // namespace

ClockState StateOfClock(CivilDate due_on, std::optional<CivilDate> met_on,
                        const WorkingCalendar& calendar, CivilDate today) {
  if (met_on) {
    if (*met_on <= due_on) return {ClockStatus::kMet, calendar.WorkingDaysBetween(*met_on, due_on)};
    return {ClockStatus::kMetLate, calendar.WorkingDaysBetween(due_on, *met_on)};
  }
  if (today > due_on) return {ClockStatus::kOverdue, calendar.WorkingDaysBetween(due_on, today)};
  const int left = calendar.WorkingDaysBetween(today, due_on);
  return {left <= kAtRiskWorkingDays ? ClockStatus::kAtRisk : ClockStatus::kOnTime, left};
}

std::string_view ClockStatusName(ClockStatus status) {
  return NameOf<ClockStatus>(kStatusNames, status);
}

std::string_view ClockStatusLabel(ClockStatus status) {
  return NameOf<ClockStatus>(kStatusLabels, status);
}

std::vector<StatutoryClock> ComputeClocks(const CaseRecords& records, const DeadlineRules& rules,
                                          const WorkingCalendar& calendar, CivilDate today) {
  const ClockMaker maker{calendar, today};
  const Case& record = records.record;
  std::optional<CivilDate> rapid_review_done;
  if (records.rapid_review) rapid_review_done = records.rapid_review->completed_on;

  std::vector<StatutoryClock> clocks;
  if (NotifiesPanel(record.type)) {
    std::optional<CivilDate> sent_on;
    if (records.notification) sent_on = records.notification->sent_on;
    clocks.push_back(maker.After(rules.Get("notification"), record.aware_on, sent_on));
    if (sent_on)
      clocks.push_back(maker.After(rules.Get("rapid_review"), *sent_on, rapid_review_done));
  } else {
    clocks.push_back(maker.After(rules.Get("adult_rapid_review"), record.referral.received_on,
                                 rapid_review_done));
  }
  AddRequestClocks(records, rules, maker, clocks);
  if (records.full_review) AddFullReviewClocks(*records.full_review, rules, maker, clocks);

  if (record.state == CaseState::kClosed) {
    std::erase_if(clocks, [](const StatutoryClock& clock) { return !IsMet(clock); });
  } else if (record.state == CaseState::kEmbargoed) {
    std::erase_if(clocks, [](const StatutoryClock& clock) {
      return !IsMet(clock) && (clock.rule_code.ends_with("_publication") ||
                               clock.rule_code == "prepublication_notice");
    });
  }
  return clocks;
}

bool IsMet(const StatutoryClock& clock) {
  return clock.status == ClockStatus::kMet || clock.status == ClockStatus::kMetLate;
}

}  // namespace assure::domain
