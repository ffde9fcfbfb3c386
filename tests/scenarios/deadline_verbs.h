// The verbs of the deadline scenarios (tests/scenarios/deadlines/*.txt; doc/deadlines.md): the
// working calendar, a partnership's changes to it and to the rules, and one case whose clocks
// are checked as of a given day. Not thread-safe: one DeadlineState per file.
//
// Calendar:
//   add N working days to DATE = DATE|refused
//   subtract N working days from DATE = DATE|refused
//   working days from DATE to DATE = N
//   holiday DATE                       (not a working day, and listed in its year's holidays)
//   working DATE                       (a working day)
//   holidays YEAR = DATE DATE ...      (exactly that year's holidays, in order)
//   holidays YEAR = refused            (a year outside the verified years)
//   easter YEAR = DATE
//   adjust DATE non-working|working REASON...   [-> refused FIELD]
//   rule CODE AMOUNT [from DATE]       (the partnership's next version of a local rule, in force
//                                       from DATE; without it, from the beginning)
// A case (child, adult or joint; a new `case` starts again):
//   case TYPE | state STATE | aware DATE | referral DATE | today DATE
//   date aware not recorded | screened not notifiable
//   notification sent DATE | rapid review completed DATE | rapid review sent to panel DATE
//   full review KIND decided DATE | review started DATE | concluded DATE | planned publication DATE
//   closed on DATE (the case closes that day) | embargoed on DATE (with `state embargoed`)
//   notice sent DATE (both copies) | notice to panel sent DATE
//   notice to secretary of state sent DATE | published DATE
//   request N requested DATE due DATE | request N submitted DATE HH:MM UTC | request N withdrawn
// Each of these case verbs (and `then`) takes an expectation, after "->" or after `then`:
//   CLOCK [due DATE] [met DATE] [version N] [[status] STATUS [N working day(s) left|late|early]]
//     (STATUS: on_time, at_risk, overdue, met, met_late, missed, paused)
//   CLOCK absent
//   clocks CLOCK CLOCK ...             (exactly these clocks, in order)
//   refused FIELD                      (no clock can be counted: a day outside the verified
//                                       years; the refusal names FIELD)
// where CLOCK is a rule code ("notification") or "request N" (that request's clock).
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "domain/calendar/working_calendar.h"
#include "domain/reviews/clocks/clocks.h"
#include "domain/reviews/clocks/deadline_rules.h"
#include "scenarios/scenario.h"

namespace assure::scenarios {

struct DeadlineState {
  std::vector<domain::CalendarAdjustment> adjustments;
  std::vector<domain::DeadlineRule> overrides;
  domain::CaseRecords records{};
  bool has_case = false;
  std::optional<domain::CivilDate> today;
};

Verbs<DeadlineState> DeadlineVerbs();

}  // namespace assure::scenarios
