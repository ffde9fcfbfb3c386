#include "domain/reviews/clocks/clocks.h"

#include <algorithm>
#include <array>
#include <utility>

#include "domain/enum_names.h"
#include "domain/london_date.h"

namespace assure::domain {

namespace {

constexpr int kAtRiskWorkingDays = 3;

constexpr std::array<std::pair<ClockStatus, std::string_view>, 7> kStatusNames{{
    {ClockStatus::kOnTime, "on_time"},
    {ClockStatus::kAtRisk, "at_risk"},
    {ClockStatus::kOverdue, "overdue"},
    {ClockStatus::kMet, "met"},
    {ClockStatus::kMetLate, "met_late"},
    {ClockStatus::kMissed, "missed"},
    {ClockStatus::kPaused, "paused"},
}};

constexpr std::array<std::pair<ClockStatus, std::string_view>, 7> kStatusLabels{{
    {ClockStatus::kOnTime, "On time"},
    {ClockStatus::kAtRisk, "At risk"},
    {ClockStatus::kOverdue, "Overdue"},
    {ClockStatus::kMet, "Met"},
    {ClockStatus::kMetLate, "Met late"},
    {ClockStatus::kMissed, "Missed"},
    {ClockStatus::kPaused, "Paused"},
}};

// Computes the clock's status and working days from its dates.
struct ClockMaker {
  const WorkingCalendar& calendar;
  std::optional<CivilDate> today;  // unset: an unmet clock gets no status (kOnTime, 0 days)

  core::Result<StatutoryClock> Make(const DeadlineRule& rule, CivilDate starts_on, CivilDate due_on,
                                    std::optional<CivilDate> met_on) const {
    StatutoryClock clock;
    clock.rule_code = rule.code;
    clock.rule_version = rule.version;
    clock.label = rule.label;
    clock.starts_on = starts_on;
    clock.due_on = due_on;
    clock.met_on = met_on;
    if (!met_on && !today) return clock;
    ASSURE_ASSIGN_OR_RETURN(const ClockState state,
                            StateOfClock(due_on, met_on, calendar, today.value_or(due_on)));
    clock.status = state.status;
    clock.working_days = state.working_days;
    return clock;
  }

  // A clock of `rule` counted forward from `starts_on`.
  core::Result<StatutoryClock> After(const DeadlineRule& rule, CivilDate starts_on,
                                     std::optional<CivilDate> met_on) const {
    CivilDate due_on = AddMonths(starts_on, rule.amount);
    if (rule.unit == DeadlineUnit::kWorkingDays) {
      ASSURE_ASSIGN_OR_RETURN(due_on, calendar.AddWorkingDays(starts_on, rule.amount));
    }
    return Make(rule, starts_on, due_on, met_on);
  }
};

core::Status AddRequestClocks(const CaseRecords& records, const DeadlineRules& rules,
                              const ClockMaker& maker, std::vector<StatutoryClock>& clocks) {
  std::vector<const InformationRequest*> requests;
  for (const InformationRequest& request : records.requests) {
    if (request.status == RequestStatus::kWithdrawn) continue;  // no longer needed ones stay
    // A submitted request with no submission time cannot say when it was met.
    if (request.status == RequestStatus::kSubmitted && !request.submitted_at) continue;
    requests.push_back(&request);
  }
  std::sort(requests.begin(), requests.end(), [](const auto* a, const auto* b) {
    return std::pair{a->due_on, a->id} < std::pair{b->due_on, b->id};
  });
  for (const InformationRequest* request : requests) {
    const DeadlineRule& rule = rules.InForceOn("agency_response", request->requested_on);
    std::optional<CivilDate> met_on;
    if (request->status == RequestStatus::kSubmitted) met_on = LondonDate(*request->submitted_at);
    ASSURE_ASSIGN_OR_RETURN(auto clock,
                            maker.Make(rule, request->requested_on, request->due_on, met_on));
    clock.request_id = request->id;
    clocks.push_back(std::move(clock));
  }
  return core::Ok();
}

core::Status AddFullReviewClocks(const FullReview& review, const DeadlineRules& rules,
                                 const ClockMaker& maker, std::vector<StatutoryClock>& clocks) {
  const bool children =
      review.kind == FullReviewKind::kCspr || review.kind == FullReviewKind::kJoint;
  if (children) {
    ASSURE_ASSIGN_OR_RETURN(auto clock,
                            maker.After(rules.InForceOn("cspr_publication", review.decided_on),
                                        review.decided_on, review.published_on));
    clocks.push_back(std::move(clock));
  } else if (review.kind == FullReviewKind::kSar) {
    ASSURE_ASSIGN_OR_RETURN(auto clock,
                            maker.After(rules.InForceOn("sar_publication", review.decided_on),
                                        review.decided_on, review.concluded_on));
    clocks.push_back(std::move(clock));
  }
  // The copies to the panel and the Secretary of State are due 7 working days before the planned
  // publication, and once published, before the actual publication date.
  const auto target = review.published_on ? review.published_on : review.planned_publication_on;
  if (children && target) {
    const DeadlineRule& rule = rules.InForceOn("prepublication_notice", *target);
    ASSURE_ASSIGN_OR_RETURN(const CivilDate due_on,
                            maker.calendar.SubtractWorkingDays(*target, rule.amount));
    ASSURE_ASSIGN_OR_RETURN(auto clock,
                            maker.Make(rule, *target, due_on, NoticeCompletedOn(review)));
    clocks.push_back(std::move(clock));
  }
  return core::Ok();
}

// `result` with its field set to `field` when it failed on a date outside the verified years.
template <typename T>
core::Result<T> Named(core::Result<T> result, std::string_view field) {
  if (result.ok() || result.error().field != "date") return result;
  return core::Error::InvalidInput(std::string{field}, result.error().message);
}

bool IsPublicationClock(const StatutoryClock& clock) {
  return clock.rule_code.ends_with("_publication") || clock.rule_code == "prepublication_notice";
}

// The date a finished case finished: closed_on, or the review's published_on.
std::optional<CivilDate> FinishedOn(const CaseRecords& records) {
  if (records.record.state == CaseState::kClosed) return records.record.closed_on;
  if (records.record.state == CaseState::kPublished && records.full_review) {
    return records.full_review->published_on;
  }
  return std::nullopt;
}

// A finished case's unmet clocks end: missed when due before the case finished, else dropped; an
// embargoed review's unmet publication clocks pause as on the embargo's date.
core::Status EndClocks(const CaseRecords& records, const WorkingCalendar& calendar,
                       std::vector<StatutoryClock>& clocks) {
  const CaseState state = records.record.state;
  if (state == CaseState::kClosed || state == CaseState::kPublished) {
    const auto finished_on = FinishedOn(records);
    if (!finished_on) {  // closed before the date was kept: only what was met remains
      std::erase_if(clocks, [](const StatutoryClock& clock) { return !IsMet(clock); });
      return core::Ok();
    }
    std::erase_if(clocks, [&](const StatutoryClock& clock) {
      return !IsMet(clock) && clock.due_on >= *finished_on;
    });
    for (StatutoryClock& clock : clocks) {
      if (IsMet(clock)) continue;
      clock.status = ClockStatus::kMissed;
      ASSURE_ASSIGN_OR_RETURN(clock.working_days,
                              calendar.WorkingDaysBetween(clock.due_on, *finished_on));
    }
  } else if (state == CaseState::kEmbargoed && records.full_review &&
             records.full_review->embargoed_on) {
    const CivilDate paused_on = *records.full_review->embargoed_on;
    for (StatutoryClock& clock : clocks) {
      if (IsMet(clock) || !IsPublicationClock(clock)) continue;
      ASSURE_ASSIGN_OR_RETURN(const ClockState as_paused,
                              StateOfClock(clock.due_on, std::nullopt, calendar, paused_on));
      clock.status = ClockStatus::kPaused;
      clock.working_days = as_paused.status == ClockStatus::kOverdue ? -as_paused.working_days
                                                                     : as_paused.working_days;
    }
  } else if (state == CaseState::kEmbargoed) {  // embargoed before the date was kept
    std::erase_if(clocks, [](const StatutoryClock& clock) {
      return !IsMet(clock) && IsPublicationClock(clock);
    });
  }
  return core::Ok();
}

}  // namespace

core::Result<ClockState> StateOfClock(CivilDate due_on, std::optional<CivilDate> met_on,
                                      const WorkingCalendar& calendar, CivilDate today) {
  if (met_on) {
    if (*met_on <= due_on) {
      ASSURE_ASSIGN_OR_RETURN(const int early, calendar.WorkingDaysBetween(*met_on, due_on));
      return ClockState{ClockStatus::kMet, early};
    }
    ASSURE_ASSIGN_OR_RETURN(const int late, calendar.WorkingDaysBetween(due_on, *met_on));
    return ClockState{ClockStatus::kMetLate, late};
  }
  if (today > due_on) {
    ASSURE_ASSIGN_OR_RETURN(const int late, calendar.WorkingDaysBetween(due_on, today));
    return ClockState{ClockStatus::kOverdue, late};
  }
  ASSURE_ASSIGN_OR_RETURN(const int left, calendar.WorkingDaysBetween(today, due_on));
  return ClockState{left <= kAtRiskWorkingDays ? ClockStatus::kAtRisk : ClockStatus::kOnTime, left};
}

std::string_view ClockStatusName(ClockStatus status) {
  return NameOf<ClockStatus>(kStatusNames, status);
}

std::string_view ClockStatusLabel(ClockStatus status) {
  return NameOf<ClockStatus>(kStatusLabels, status);
}

core::Result<std::vector<StatutoryClock>> ComputeClocks(const CaseRecords& records,
                                                        const DeadlineRules& rules,
                                                        const WorkingCalendar& calendar,
                                                        std::optional<CivilDate> today) {
  const ClockMaker maker{calendar, today};
  const Case& record = records.record;
  std::vector<StatutoryClock> clocks;
  if (NotifiesPanel(record.type)) {
    std::optional<CivilDate> sent_on;
    if (records.notification) sent_on = records.notification->sent_on;
    // No notification clock for a case screened as not notifiable, nor where the date the
    // partnership became aware is unknown (imported history): never started on a guess.
    if (record.aware_on && NotificationDue(record.screening)) {
      ASSURE_ASSIGN_OR_RETURN(auto notification,
                              Named(maker.After(rules.InForceOn("notification", *record.aware_on),
                                                *record.aware_on, sent_on),
                                    "aware_on"));
      clocks.push_back(std::move(notification));
    }
    if (sent_on) {
      // The rapid review's clock stops when the rapid review is sent to the national panel.
      std::optional<CivilDate> sent_to_panel;
      if (records.rapid_review)
        sent_to_panel = RapidReviewMetOn(*records.rapid_review, record.type);
      ASSURE_ASSIGN_OR_RETURN(
          auto rapid,
          Named(maker.After(rules.InForceOn("rapid_review", *sent_on), *sent_on, sent_to_panel),
                "sent_on"));
      clocks.push_back(std::move(rapid));
    }
  } else {
    std::optional<CivilDate> completed_on;
    if (records.rapid_review) completed_on = RapidReviewMetOn(*records.rapid_review, record.type);
    const CivilDate received_on = record.referral.received_on;
    ASSURE_ASSIGN_OR_RETURN(auto rapid,
                            Named(maker.After(rules.InForceOn("adult_rapid_review", received_on),
                                              received_on, completed_on),
                                  "referral.received_on"));
    clocks.push_back(std::move(rapid));
  }
  ASSURE_TRY(Named(AddRequestClocks(records, rules, maker, clocks), "due_on"));
  if (records.full_review) {
    ASSURE_TRY(Named(AddFullReviewClocks(*records.full_review, rules, maker, clocks),
                     "planned_publication_on"));
  }

  ASSURE_TRY(EndClocks(records, calendar, clocks));
  return clocks;
}

bool IsMet(const StatutoryClock& clock) {
  return clock.status == ClockStatus::kMet || clock.status == ClockStatus::kMetLate;
}

bool IsRunning(const StatutoryClock& clock) {
  return !IsMet(clock) && clock.status != ClockStatus::kMissed &&
         clock.status != ClockStatus::kPaused;
}

}  // namespace assure::domain
