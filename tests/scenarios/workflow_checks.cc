#include "scenarios/workflow_checks.h"

#include <string>
#include <utility>
#include <vector>

#include "domain/reviews/cases/workflow.h"

namespace assure::scenarios::workflow_checks {

using domain::Transition;

std::string Describe(const core::Error& error) {
  return std::string{core::ErrorCodeName(error.code)} + ", field '" + error.field +
         "': " + error.message;
}

// The case's records as stored; reports and gives nullopt when there is no case or no store.
std::optional<domain::CaseRecords> Stored(WorkflowState& state, const Step& step) {
  if (!state.world || !state.case_id) {
    Fail(step, "no case yet: start with 'case TYPE in STATE'");
    return std::nullopt;
  }
  auto records = state.world->Records(*state.case_id);
  if (!records.ok()) {
    Fail(step, "cannot read the case: " + records.error().message);
    return std::nullopt;
  }
  return std::move(*records);
}

void Available(WorkflowState& state, const Step& step) {
  if (step.words.size() < 2 || step.words[1] != "=") {
    return Fail(step, "expected: available = TRANSITION ...");
  }
  auto records = Stored(state, step);
  if (!records) return;
  auto requester = state.world->As(state.roles);
  if (!requester.ok()) return Fail(step, "cannot make the person: " + requester.error().message);
  std::vector<Transition> available;
  auto view = state.world->cases().Get(*requester, *state.case_id);
  if (view.ok()) {
    available = view->available;
  } else if (view.error().code == core::ErrorCode::kNotFound) {
    available = domain::AvailableTransitions(requester->principal, records->record.state);
  } else {
    return Fail(step, "cannot read the case page: " + Describe(view.error()));
  }
  std::string actual;
  for (auto transition : available) {
    actual += (actual.empty() ? "" : " ") + std::string{domain::TransitionName(transition)};
  }
  const std::string expected = Rest(step.words, 2);
  if (actual != expected) Fail(step, "available: " + actual);
}

// "requests are STATUS ...": the case's information requests' statuses, oldest first.
void Requests(WorkflowState& state, const Step& step) {
  if (step.words.size() < 3 || step.words[1] != "are") {
    return Fail(step, "expected: requests are STATUS ...");
  }
  auto records = Stored(state, step);
  if (!records) return;
  std::string actual;
  for (const auto& request : records->requests) {
    actual += (actual.empty() ? "" : " ") + std::string{domain::RequestStatusName(request.status)};
  }
  if (actual != Rest(step.words, 2)) Fail(step, "the requests are: " + actual);
}

// "timeline says TEXT...": the newest timeline entry's note holds TEXT.
void Timeline(WorkflowState& state, const Step& step) {
  if (step.words.size() < 3 || step.words[1] != "says") {
    return Fail(step, "expected: timeline says TEXT...");
  }
  if (!Stored(state, step)) return;
  auto events = state.world->Timeline(*state.case_id);
  if (!events.ok() || events->empty()) return Fail(step, "no timeline");
  const std::string& note = events->back().note;
  if (note.find(Rest(step.words, 2)) == std::string::npos) Fail(step, "the timeline says: " + note);
}

// "no clock is running": the case page shows no clock on time, at risk or overdue.
void NoClockRunning(WorkflowState& state, const Step& step) {
  if (Rest(step.words, 0) != "no clock is running")
    return Fail(step, "expected: no clock is running");
  if (!Stored(state, step)) return;
  auto manager = state.world->As({domain::Role::kBusinessManager});
  if (!manager.ok()) return Fail(step, "cannot make the person: " + manager.error().message);
  auto view = state.world->cases().Get(*manager, *state.case_id);
  if (!view.ok()) return Fail(step, "cannot read the case: " + Describe(view.error()));
  for (const auto& clock : view->clocks) {
    if (domain::IsRunning(clock)) {
      Fail(step, clock.rule_code + " is " + std::string{domain::ClockStatusName(clock.status)});
    }
  }
}

// "clocks are RULE ...": the rule codes of the clocks the case page shows, in order.
void Clocks(WorkflowState& state, const Step& step) {
  if (step.words.size() < 2 || step.words[1] != "are") return Fail(step, "expected: clocks are");
  auto manager = state.world->As({domain::Role::kBusinessManager});
  if (!Stored(state, step) || !manager.ok()) return Fail(step, "no case to read");
  auto view = state.world->cases().Get(*manager, *state.case_id);
  if (!view.ok()) return Fail(step, "cannot read the case: " + Describe(view.error()));
  std::string actual;
  for (const auto& clock : view->clocks) actual += (actual.empty() ? "" : " ") + clock.rule_code;
  if (actual != Rest(step.words, 2)) Fail(step, "the clocks are: " + actual);
}

// "answers are readable|refused": whether the current person reads the answer of each answered
// request of the case, through InformationRequestService::Get as a request page does.
void Answers(WorkflowState& state, const Step& step) {
  const std::string expected = Rest(step.words, 1);
  if (expected != "are readable" && expected != "are refused") {
    return Fail(step, "expected: answers are readable|refused");
  }
  auto records = Stored(state, step);
  if (!records) return;
  auto person = state.world->As(state.roles);
  if (!person.ok()) return Fail(step, "cannot make the person: " + person.error().message);
  int answered = 0;
  for (const auto& request : records->requests) {
    if (request.status != domain::RequestStatus::kSubmitted) continue;
    ++answered;
    auto view = state.world->requests().Get(*person, request.id);
    if (expected == "are refused") {
      if (view.ok())
        Fail(step, "the answer to request " + std::to_string(request.id) + " was read");
    } else if (!view.ok()) {
      Fail(step, "refused: " + Describe(view.error()));
    } else if (view->request.response != request.response) {
      Fail(step, "the answer was not shown");
    }
  }
  if (answered == 0) Fail(step, "the case has no answered request");
}

}  // namespace assure::scenarios::workflow_checks
