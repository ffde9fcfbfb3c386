// The verbs of the action scenarios (tests/scenarios/actions/*.txt; doc/actions.md): quarters and
// half-years, the status table, and one action whose RAG rating, updates, review outcomes and
// reminders are checked as of a given day, by the rules of domain/actions/action_rules.h exactly
// as the action services apply them. Not thread-safe: one ActionState per file.
//
// Periods (PERIOD is "2025-26 Q1" or "2025-26 H1"; TEXT is anything to parse):
//   quarter of DATE = PERIOD                 half year of DATE = PERIOD
//   quarter PERIOD runs DATE to DATE         half year PERIOD runs DATE to DATE
//   quarter after PERIOD = PERIOD            half year after PERIOD = PERIOD
//   quarter before PERIOD = PERIOD           half year before PERIOD = PERIOD
//   quarter PERIOD url = SLUG                half year PERIOD url = SLUG
//   half year PERIOD quarters = PERIOD PERIOD
//   parse quarter TEXT = PERIOD|none         parse half year TEXT = PERIOD|none
// Statuses (exactly the statuses an update may set, in table order):
//   from STATUS may move to = STATUS ...
//   from STATUS with reopen may move to = STATUS ...
// One action (a new `action` starts a new one; the calendar and today carry on):
//   action STATUS due DATE [reported RAG]    a new action, reviewed this quarter, dates never moved
//   day off DATE                             the partnership adds a day off
//   today DATE
//   reported RAG|none                        the lead's last reported rating
//   reviewed this quarter | not reviewed this quarter
//   update STATUS [RAG] [on DATE] [reopen] [because REASON...] [evidence TEXT...]
//          -> allowed | refused FIELD        (RAG default green; on: default today; reopen: as
//                                            the business unit. Allowed: the action takes it.)
//   review OUTCOME|nothing [to DATE] [on DATE] [because NOTE...] -> allowed | refused FIELD
//                                            (nothing: no outcome chosen; to: the new due date;
//                                            on: default today. Allowed: applied, and the
//                                            action is reviewed this quarter.)
// Expectations, after "->" on `action`, `today` and `reported`, or after `then`:
//   rag RAG | rag RAG flagged | rag none     the rating shown; "flagged": stricter than reported
//   remind REASON ... | remind nothing       the reminder reasons (due_soon, overdue, unreviewed)
//   status STATUS
//   due DATE [changes N]                     the due date, and how often it moved
//   dates moved more than once | dates not moved more than once
#pragma once

#include <optional>
#include <vector>

#include "domain/actions/action.h"
#include "domain/calendar/working_calendar.h"
#include "scenarios/scenario.h"

namespace assure::scenarios {

struct ActionState {
  domain::PlanAction action{};
  bool has_action = false;
  bool reviewed_this_quarter = true;
  std::vector<domain::CalendarAdjustment> adjustments;
  std::optional<domain::CivilDate> today;
};

Verbs<ActionState> ActionVerbs();

}  // namespace assure::scenarios
