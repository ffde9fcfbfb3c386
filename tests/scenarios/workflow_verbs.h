// The verbs of the workflow scenarios (tests/scenarios/workflow/*.txt; doc/workflow.md), run by
// scenario_runner_test.cc: one case at a time, what a person enters for a step, and the step
// itself, taken through the real services over a real store (workflow_world.h, workflow_steps.h):
// each `do` is the domain::CaseService (or InformationRequestService) call a page makes, as a
// person holding the scenario's roles, so the whole of RunCaseStep runs: the policy, the version,
// the step's own validation, the workflow table, the records, the state, the timeline and the
// audit trail. Not thread-safe: one WorkflowState per file, which owns one fresh SQLite database.
//
//   case TYPE in STATE              a new case (reference CR-2025-001, -002, ... in the file),
//                                   aware today (2025-01-06), seeded in STATE with the records a
//                                   case there has (workflow_world.h: the arranged meeting, the
//                                   rapid review, the full review of the kind the type fits)
//   full review KIND                the full review's kind (cspr, sar, dhr, joint)
//   as ROLE [ROLE ...]              who takes the next steps (default business_officer)
// What the person enters (kept until a step succeeds; a refused step changes nothing):
//   enter notification DATE
//   enter meeting DATE              the rapid review meeting (arranging it; recording it)
//   enter completion DATE           the rapid review's completion
//   enter decision DECISION         the rapid review's decision (cspr, sar, joint, none, other)
//   enter decision date DATE        the date of the decision to hold the full review
//   enter agencies present AGENCY...  police, health, council (default: all three)
//   enter s44 mandatory             the Care Act s44 answers: s44(1)-(3) met
//   enter s44 discretionary         needs for care and support, s44(1)-(3) not all met
//   enter s44 no needs              no needs for care and support: s44 does not apply
//   enter planned publication DATE
//   enter notice DATE
//   enter publication DATE          the publication date
//   enter link URL                  the publication link
//   enter embargo reason TEXT...
//   enter screening notifiable|not notifiable|looked-after child died [not notifiable]
//                                   the notification screening (its reason: "because")
//   enter criteria not met          closing a notified case: not the criteria for a rapid review
// Anything not entered takes the default workflow_steps.h gives (TakeStep), except what a guard
// checks: the publication date and link, the embargo reason and the closure rationale.
//
// An entered value that is a fact of an earlier step is recorded straight into the store before
// any other step (RecordGivenFacts): `enter notification DATE` then `do record_rapid_review`
// works without `do notify_panel`, and `enter notice DATE` (or `enter planned publication DATE`)
// then `do publish` without `do send_prepublication_notice`, as if those steps were taken.
//
// The step and what must follow:
//   do TRANSITION [as ROLE] [because TEXT...] -> STATE          allowed; the case is now in STATE
//   do TRANSITION ... -> refused FIELD                          refused, naming FIELD ("quotes" ok)
//   do TRANSITION ... -> refused role                           the role may not take it
//                                  (forbidden, or not found: the role may not even see the case)
//   do TRANSITION ... -> refused state                          not from the case's state
//   case is STATE
//   requests are STATUS ...         the case's information requests' statuses, oldest first
//   timeline says TEXT...           the newest timeline entry's note holds TEXT
//   no clock is running             the case page shows no clock on time, at risk or overdue
//   clocks are RULE ...             exactly the clocks the case page shows, by rule code
//   answers are readable|refused    whether the current person reads the case's agencies'
//                                   answers (each answered request, as its page does)
//   available = TRANSITION ...      exactly the steps the case page offers the current roles
//                                   (CaseView::available; for roles that may not see the case,
//                                   domain::AvailableTransitions: what their request pages offer)
// Every step is also checked: an allowed one added its event to the timeline and its audit event
// and raised the case's version (a request's answer or withdrawal leaves the version); a refused
// one left the case's version, state and timeline as they were.
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include "domain/identity/role.h"
#include "scenarios/scenario.h"
#include "scenarios/workflow_steps.h"
#include "scenarios/workflow_world.h"

namespace assure::scenarios {

struct WorkflowState {
  std::unique_ptr<WorkflowWorld> world;  // made by the first `case` line
  std::optional<domain::CaseId> case_id;
  int cases = 0;  // made so far in the file: the next reference
  std::optional<domain::CivilDate> arranged_meeting;
  std::vector<domain::Role> roles{domain::Role::kBusinessOfficer};
  Entered entered;  // for the next step
};

Verbs<WorkflowState> WorkflowVerbs();

}  // namespace assure::scenarios
