// Statutory clocks of a case (doc/deadlines.md): each computed from the case's dates, a
// deadline rule (deadline_rules.h, with its version) and the partnership's working calendar, as
// of one day. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/calendar/working_calendar.h"
#include "domain/civil_date.h"
#include "domain/reviews/cases/case.h"
#include "domain/reviews/cases/review_records.h"
#include "domain/reviews/clocks/deadline_rules.h"

namespace assure::domain {

enum class ClockStatus {
  kOnTime,   // not met; more than 3 working days left
  kAtRisk,   // not met; 3 working days or fewer left (due today included)
  kOverdue,  // not met; the due date has passed
  kMet,      // met on or before the due date
  kMetLate,  // met after the due date
};
// "on_time", "at_risk", "overdue", "met", "met_late".
std::string_view ClockStatusName(ClockStatus status);
std::string_view ClockStatusLabel(ClockStatus status);  // "At risk", for pages

struct StatutoryClock {
  std::string rule_code;  // "notification", "rapid_review", "agency_response", ...
  int rule_version = 1;
  std::string label;  // "Serious incident notification to the panel"
  CivilDate starts_on;
  CivilDate due_on;
  std::optional<CivilDate> met_on;
  ClockStatus status = ClockStatus::kOnTime;
  // Working days: left until due (on time, at risk), late (overdue, met late: positive), or early
  // (met: days before the due date).
  int working_days = 0;
  std::optional<InformationRequestId> request_id;  // the agency_response clocks
};

// Whether the clock's duty was done (on time or late).
bool IsMet(const StatutoryClock& clock);

// Everything recorded about one case that a clock can start or stop on.
struct CaseRecords {
  Case record;
  std::optional<Notification> notification;
  std::optional<RapidReview> rapid_review;
  std::optional<FullReview> full_review;
  std::vector<InformationRequest> requests;
};

// A clock's status and working days (as StatutoryClock's) when due on `due_on` and met on
// `met_on`, if it was, as of `today`.
struct ClockState {
  ClockStatus status = ClockStatus::kOnTime;
  int working_days = 0;
};
ClockState StateOfClock(CivilDate due_on, std::optional<CivilDate> met_on,
                        const WorkingCalendar& calendar, CivilDate today);

// The clocks that apply to the case now, in a fixed order (notification, rapid review, each
// agency response by due date, publication, pre-publication notice). A submitted request is
// met on the London date of its submitted_at (london_date.h). A clock whose start date
// is not yet recorded does not appear; nor does a withdrawn request's; in a closed case only the
// clocks already met remain, and in an embargoed one an unmet publication or notice clock is
// dropped (the embargo gives the reason). doc/deadlines.md says which clocks each case type and
// review kind has.
std::vector<StatutoryClock> ComputeClocks(const CaseRecords& records, const DeadlineRules& rules,
                                          const WorkingCalendar& calendar, CivilDate today);

}  // namespace assure::domain
