// The verbs of the workflow scenarios (tests/scenarios/workflow/*.txt; doc/workflow.md): one
// case, what a person enters for a step, and the step itself, checked by the workflow table
// (domain::CheckTransition) exactly as the case services check it. Not thread-safe: one
// WorkflowState per file.
//
//   case TYPE in STATE              a new case (full_review and later: with a full review whose
//                                   kind follows the type: cspr, sar, joint)
//   full review KIND                the full review's kind (cspr, sar, dhr, joint)
//   as ROLE [ROLE ...]              who takes the next steps (default business_officer)
// What the person enters (kept until a step succeeds; a refused step changes nothing):
//   enter notification DATE
//   enter decision DECISION         the rapid review's decision (cspr, sar, joint, none, other)
//   enter s44                       the Care Act s44 answers
//   enter planned publication DATE
//   enter notice DATE
//   enter publication DATE          the publication date
//   enter link URL                  the publication link
//   enter embargo reason TEXT...
// The step and what must follow:
//   do TRANSITION [as ROLE] [because TEXT...] -> STATE          allowed; the case is now in STATE
//   do TRANSITION ... -> refused FIELD                          refused, naming FIELD ("quotes" ok)
//   do TRANSITION ... -> refused role                           the role may not take it
//   do TRANSITION ... -> refused state                          not from the case's state
//   case is STATE
//   available = TRANSITION ...       exactly the steps the current roles may offer now
#pragma once

#include <vector>

#include "domain/identity/role.h"
#include "domain/reviews/clocks.h"
#include "domain/reviews/step_input.h"
#include "scenarios/scenario.h"

namespace assure::scenarios {

struct WorkflowState {
  domain::CaseRecords records{};
  bool has_case = false;
  std::vector<domain::Role> roles{domain::Role::kBusinessOfficer};
  // What the person entered for the next step.
  std::optional<domain::CivilDate> notification;
  std::optional<domain::ReviewDecision> decision;
  bool s44 = false;
  std::optional<domain::CivilDate> planned_publication;
  std::optional<domain::CivilDate> notice;
  std::optional<domain::CivilDate> published_on;
  std::string link;
  std::string embargo_reason;
};

Verbs<WorkflowState> WorkflowVerbs();

}  // namespace assure::scenarios
