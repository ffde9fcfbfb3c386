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
  kMissed,   // never met: the case finished (closed or published) after the due date
  kPaused,   // a publication clock of an embargoed review, held as the embargo found it
};
// "on_time", "at_risk", "overdue", "met", "met_late", "missed", "paused".
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
  // Working days: left until due (on time, at risk), late (overdue, met late, missed: positive),
  // or early (met: days before the due date); paused: as on the embargo's date, left (positive)
  // or late (negative).
  int working_days = 0;
  std::optional<InformationRequestId> request_id;  // the agency_response clocks
};

// Whether the clock's duty was done (on time or late).
bool IsMet(const StatutoryClock& clock);
// Whether the clock still runs: not met, not missed (a finished case's), not paused.
bool IsRunning(const StatutoryClock& clock);

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
// Fails (kInvalidInput, "date") when a count needs a day outside the verified years.
core::Result<ClockState> StateOfClock(CivilDate due_on, std::optional<CivilDate> met_on,
                                      const WorkingCalendar& calendar, CivilDate today);

// The clocks that apply to the case now, in a fixed order (notification, rapid review, each
// agency response by due date, publication, pre-publication notice). A submitted request is
// met on the London date of its submitted_at (london_date.h). A clock whose start date
// is not yet recorded does not appear; nor does a withdrawn request's. A finished case (closed,
// on its closed_on; published, on its published_on) never shows a running clock: an unmet clock
// due before that date is missed (late by the working days from its due date to that date, for
// good), and one not yet due then is dropped, no longer needed. In an embargoed review an unmet
// publication or notice clock is paused as on the embargo's date (embargoed_on). A closed case
// with no closed_on (stored before it was kept) keeps only its met clocks. doc/deadlines.md says
// which clocks each case type and review kind has.
// Without `today`, an unmet clock has no status (kOnTime, 0 working days): enough for which
// clocks are met and when each is due, which never depend on the day.
// Fails with kInvalidInput naming the field a clock starts from ("aware_on", "sent_on",
// "referral.received_on", "due_on", "planned_publication_on") when a clock would need a day
// outside the verified years (working_calendar.h).
core::Result<std::vector<StatutoryClock>> ComputeClocks(const CaseRecords& records,
                                                        const DeadlineRules& rules,
                                                        const WorkingCalendar& calendar,
                                                        std::optional<CivilDate> today);

}  // namespace assure::domain
