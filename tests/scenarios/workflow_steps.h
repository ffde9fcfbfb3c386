// The workflow scenarios' steps (workflow_verbs.h) taken through the real services: each
// transition is the domain::CaseService method that takes it (InformationRequestService's for
// request_information, respond_to_request and withdraw_request), given the input a person would
// enter, built from the scenario's `enter` lines with fictional defaults for the rest. Called by
// the workflow verbs. Not thread-safe: the world is one test's.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/identity/requester.h"
#include "domain/reviews/cases/workflow.h"
#include "scenarios/workflow_world.h"

namespace assure::scenarios {

// What the person entered for the next step (the `enter` lines; unset = not entered).
struct Entered {
  std::optional<domain::CivilDate> notification;         // notify_panel's date sent
  std::optional<domain::CivilDate> meeting;              // the rapid review meeting
  std::optional<domain::CivilDate> completion;           // the rapid review's completion
  std::optional<domain::CivilDate> decision_date;        // the decision to hold a full review
  std::optional<std::vector<domain::AgencyId>> present;  // agencies at the rapid review
  std::optional<domain::ReviewDecision> decision;
  std::optional<domain::CareActS44> s44;  // the Care Act s44 answers
  std::optional<domain::CivilDate> planned_publication;
  std::optional<domain::CivilDate> notice;        // the pre-publication notice's date
  std::optional<domain::CivilDate> published_on;  // the publication date
  std::string link;                               // the publication link
  std::string embargo_reason;
  std::optional<domain::ScreeningInput> screening;  // screen_notification (its reason: "because")
  bool criteria_not_met = false;  // close_without_review: not the criteria for a rapid review
};

// Writes into the store, before `transition` is taken, the entered values that are facts of an
// earlier step rather than input of this one: the notification's date (unless the step is
// notify_panel), and on a full review the pre-publication notice's date and the planned
// publication date (unless the step is send_prepublication_notice or record_stage). Only what
// differs from `stored` (the case's records as stored) is written; the case's version and state
// never change. True when something was written.
core::Result<bool> RecordGivenFacts(WorkflowWorld& world, const domain::CaseRecords& stored,
                                    domain::Transition transition, const Entered& entered);

// What the step needs besides the entered values.
struct StepContext {
  const domain::CaseRecords& records;  // the case as stored: the version the person saw
  std::optional<domain::CivilDate> arranged_meeting;  // the meeting arrange_rapid_review set
  std::string because;  // the reason given on the line (closure; the rapid review's rationale)
};

// Takes `transition` as `requester` through its service, on the case at the version stored.
// Defaults: notify_panel sent today; the meeting the one
// arranged, else kMeetingOn, completed two days after it, every agency present, a rationale;
// s44 answers only when entered; a panel response of none, sent on the completion date; a plan
// starting on the decision date; one finding and one recommendation; a notice sent on the
// decision date; a request to the police due in two weeks; the answer or withdrawal is of the
// case's newest request still waiting (answered by the police, the agency lead's agency), and one
// is recorded first when there is none. Publication date and link, embargo reason and closure
// rationale have no default: those are the guards' to refuse.
core::Status TakeStep(WorkflowWorld& world, const domain::Requester& requester,
                      domain::Transition transition, const Entered& entered,
                      const StepContext& context);

}  // namespace assure::scenarios
