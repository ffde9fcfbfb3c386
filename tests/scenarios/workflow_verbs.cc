#include "scenarios/workflow_verbs.h"

#include <cstdio>
#include <string>
#include <utility>

#include "domain/reviews/cases/case_access.h"
#include "domain/reviews/cases/workflow.h"
#include "scenarios/workflow_checks.h"

namespace assure::scenarios {

namespace {

using domain::CaseState;
using domain::CivilDate;
using domain::Transition;
using workflow_checks::Describe;
using workflow_checks::Stored;

std::string Unquote(std::string word) {
  if (word.size() >= 2 && word.front() == '"' && word.back() == '"') {
    return word.substr(1, word.size() - 2);
  }
  return word;
}

std::optional<CivilDate> DateAt(const Step& step, std::size_t index) {
  auto date = index < step.words.size() ? domain::ParseCivilDate(step.words[index]) : std::nullopt;
  if (!date) Fail(step, "expected a date YYYY-MM-DD at word " + std::to_string(index + 1));
  return date;
}

std::optional<domain::Role> RoleOf(const Step& step, const std::string& word) {
  auto role = domain::ParseRole(word);
  if (!role) Fail(step, "unknown role '" + word + "'");
  return role;
}

std::size_t TimelineSize(WorkflowState& state, const Step& step) {
  auto events = state.world->Timeline(*state.case_id);
  if (!events.ok()) Fail(step, "cannot read the timeline: " + events.error().message);
  return events.ok() ? events->size() : 0;
}

// Checks a refused step against "refused FIELD|role|state".
void CheckRefusal(const Step& step, const core::Error& error) {
  if (step.then.size() != 2 || step.then[0] != "refused") {
    Fail(step, "refused (" + Describe(error) + ")");
    return;
  }
  const std::string expected = Unquote(step.then[1]);
  if (expected == "role") {
    if (error.code != core::ErrorCode::kForbidden && error.code != core::ErrorCode::kNotFound) {
      Fail(step, "not refused for the role: " + Describe(error));
    }
  } else if (expected == "state") {
    if (error.code != core::ErrorCode::kConflict || !error.field.empty() ||
        error.message == domain::StaleCase().message) {
      Fail(step, "not refused for the state: " + Describe(error));
    }
  } else if (error.field != expected) {
    Fail(step, "refused naming '" + error.field + "', not '" + expected + "': " + error.message);
  }
}

// The audit event an allowed step writes last.
std::string AuditActionOf(Transition transition) {
  if (transition == Transition::kRespondToRequest) return "information_request.respond";
  if (transition == Transition::kWithdrawRequest) return "information_request.withdraw";
  return "case.transition." + std::string{domain::TransitionName(transition)};
}

// After an allowed step: its timeline event, its audit event, and the case's new version.
void CheckRecorded(WorkflowState& state, const Step& step, Transition transition,
                   const domain::CaseRecords& before, std::size_t events_before,
                   const domain::CaseRecords& after) {
  const std::string name{domain::TransitionName(transition)};
  auto events = state.world->Timeline(*state.case_id);
  if (!events.ok() || events->size() != events_before + 1 || events->back().action != name) {
    Fail(step, "allowed, but the timeline has no new '" + name + "' event");
  }
  auto audit = state.world->LastAudit();
  const std::string action = AuditActionOf(transition);
  if (!audit.ok() || !*audit || (*audit)->action != action ||
      (*audit)->outcome != domain::AuditOutcome::kSuccess) {
    Fail(step, "allowed, but the audit trail's last event is not '" + action + "'");
  }
  const bool versioned =
      transition != Transition::kRespondToRequest && transition != Transition::kWithdrawRequest;
  if (after.record.version != before.record.version + (versioned ? 1 : 0)) {
    Fail(step, "allowed, but the case's version went from " +
                   std::to_string(before.record.version) + " to " +
                   std::to_string(after.record.version));
  }
}

void Do(WorkflowState& state, const Step& step) {
  if (!state.world || !state.case_id) {
    return Fail(step, "no case yet: start with 'case TYPE in STATE'");
  }
  if (step.words.size() < 2) return Fail(step, "expected: do TRANSITION [as ROLE] [because ...]");
  auto transition = domain::ParseTransition(step.words[1]);
  if (!transition) return Fail(step, "unknown transition '" + step.words[1] + "'");
  auto roles = state.roles;
  std::string because;
  for (std::size_t i = 2; i < step.words.size(); ++i) {
    if (step.words[i] == "as" && i + 1 < step.words.size()) {
      auto role = RoleOf(step, step.words[++i]);
      if (!role) return;
      roles = {*role};
    } else if (step.words[i] == "because") {
      because = Rest(step.words, i + 1);
      break;
    } else {
      return Fail(step, "unexpected word '" + step.words[i] + "'");
    }
  }
  WorkflowWorld& world = *state.world;
  auto requester = world.As(roles);
  if (!requester.ok()) return Fail(step, "cannot make the person: " + requester.error().message);
  auto before = Stored(state, step);
  if (!before) return;
  auto facts = RecordGivenFacts(world, *before, *transition, state.entered);
  if (!facts.ok()) return Fail(step, "cannot record the entered facts: " + Describe(facts.error()));
  if (*facts) {
    before = Stored(state, step);  // as the facts left it
    if (!before) return;
  }
  const std::size_t events_before = TimelineSize(state, step);
  auto taken = TakeStep(world, *requester, *transition, state.entered,
                        {*before, state.arranged_meeting, because});
  auto after = Stored(state, step);
  if (!after) return;
  if (!taken.ok()) {
    if (after->record.version != before->record.version ||
        after->record.state != before->record.state || TimelineSize(state, step) != events_before) {
      Fail(step, "refused, but the case changed: now " +
                     std::string{domain::CaseStateName(after->record.state)} + " at version " +
                     std::to_string(after->record.version));
    }
    return CheckRefusal(step, taken.error());
  }
  CheckRecorded(state, step, *transition, *before, events_before, *after);
  if (*transition == Transition::kArrangeRapidReview) {
    state.arranged_meeting = state.entered.meeting.value_or(kMeetingOn);
  }
  state.entered = Entered{};
  const CaseState to = after->record.state;
  if (step.then.empty()) return;
  auto expected = domain::ParseCaseState(step.then[0]);
  if (step.then.size() != 1 || !expected) {
    return Fail(step, "allowed, to " + std::string{domain::CaseStateName(to)} +
                          "; expected: " + Rest(step.then, 0));
  }
  if (*expected != to) Fail(step, "the case moved to " + std::string{domain::CaseStateName(to)});
}

void NewCase(WorkflowState& state, const Step& step) {
  if (step.words.size() == 3 && step.words[1] == "is") {
    auto expected = domain::ParseCaseState(step.words[2]);
    if (!expected) return Fail(step, "unknown state '" + step.words[2] + "'");
    auto records = Stored(state, step);
    if (records && records->record.state != *expected) {
      Fail(step, "the case is " + std::string{domain::CaseStateName(records->record.state)});
    }
    return;
  }
  if (step.words.size() != 4 || step.words[2] != "in") {
    return Fail(step, "expected: case TYPE in STATE, or case is STATE");
  }
  auto type = domain::ParseCaseType(step.words[1]);
  auto case_state = domain::ParseCaseState(step.words[3]);
  if (!type || !case_state) return Fail(step, "unknown case type or state");
  if (!state.world) {
    auto world = WorkflowWorld::Create();
    if (!world.ok()) return Fail(step, "cannot make the database: " + world.error().message);
    state.world = std::move(world).value();
  }
  state.case_id.reset();
  state.roles = {domain::Role::kBusinessOfficer};
  state.entered = Entered{};
  state.arranged_meeting.reset();
  if (*case_state != CaseState::kScoping && *case_state != CaseState::kClosed) {
    state.arranged_meeting = kMeetingOn;
  }
  char reference[16];
  std::snprintf(reference, sizeof reference, "CR-2025-%03d", ++state.cases);
  auto id = state.world->SeedCase(*type, *case_state, reference);
  if (!id.ok()) return Fail(step, "cannot seed the case: " + Describe(id.error()));
  state.case_id = *id;
}

void FullReview(WorkflowState& state, const Step& step) {
  auto kind = step.words.size() == 3 && step.words[1] == "review"
                  ? domain::ParseFullReviewKind(step.words[2])
                  : std::nullopt;
  auto records = kind ? Stored(state, step) : std::nullopt;
  if (!kind || !records || !records->full_review) {
    return Fail(step, "expected: full review KIND, on a case in full review or later");
  }
  records->full_review->kind = *kind;
  auto put = state.world->PutFullReview(*records->full_review);
  if (!put.ok()) Fail(step, "cannot store the full review: " + put.error().message);
}

void Enter(WorkflowState& state, const Step& step) {
  const auto& w = step.words;
  const std::string what = w.size() > 1 ? w[1] : "";
  Entered& entered = state.entered;
  if (what == "notification" && w.size() == 3) {
    entered.notification = DateAt(step, 2);
  } else if (what == "meeting" && w.size() == 3) {
    entered.meeting = DateAt(step, 2);
  } else if (what == "completion" && w.size() == 3) {
    entered.completion = DateAt(step, 2);
  } else if (what == "decision" && w.size() == 4 && w[2] == "date") {
    entered.decision_date = DateAt(step, 3);
  } else if (what == "decision" && w.size() == 3) {
    entered.decision = domain::ParseReviewDecision(w[2]);
    if (!entered.decision) Fail(step, "unknown decision '" + w[2] + "'");
  } else if (what == "agencies" && w.size() > 3 && w[2] == "present") {
    std::vector<domain::AgencyId> present;
    for (std::size_t i = 3; i < w.size(); ++i) {
      auto agency = state.world ? state.world->Agency(w[i]) : std::nullopt;
      if (!agency) return Fail(step, "unknown agency '" + w[i] + "' (police, health, council)");
      present.push_back(*agency);
    }
    entered.present = std::move(present);
  } else if (what == "s44" && w.size() >= 3) {
    // "enter s44 mandatory" (s44(1)-(3) met), "enter s44 discretionary" (care and support needs,
    // s44(1)-(3) not met), "enter s44 no needs" (no needs for care and support).
    const std::string answer = Rest(w, 2);
    if (answer == "mandatory") {
      entered.s44 = domain::CareActS44{.needs_care_and_support = true,
                                       .concern_about_joint_working = true,
                                       .adult_died = true,
                                       .abuse_or_neglect_caused_death = true};
    } else if (answer == "discretionary") {
      entered.s44 = domain::CareActS44{.needs_care_and_support = true, .adult_died = true};
    } else if (answer == "no needs") {
      entered.s44 = domain::CareActS44{.concern_about_joint_working = true,
                                       .adult_died = true,
                                       .abuse_or_neglect_caused_death = true};
    } else {
      Fail(step, "expected: enter s44 mandatory|discretionary|no needs");
    }
  } else if (what == "screening" && w.size() >= 3) {
    // "enter screening notifiable", "enter screening not notifiable", "enter screening
    // looked-after child died" (and so notifiable, unless "not notifiable" follows).
    const std::string answer = Rest(w, 2);
    domain::ScreeningInput screening;
    screening.looked_after = screening.child_died = answer.starts_with("looked-after child died");
    screening.notifiable = !answer.ends_with("not notifiable");
    entered.screening = screening;
  } else if (Rest(w, 1) == "criteria not met") {
    entered.criteria_not_met = true;
  } else if (what == "planned" && w.size() == 4 && w[2] == "publication") {
    entered.planned_publication = DateAt(step, 3);
  } else if (what == "notice" && w.size() == 3) {
    entered.notice = DateAt(step, 2);
  } else if (what == "publication" && w.size() == 3) {
    entered.published_on = DateAt(step, 2);
  } else if (what == "link" && w.size() == 3) {
    entered.link = w[2];
  } else if (what == "embargo" && w.size() > 3 && w[2] == "reason") {
    entered.embargo_reason = Rest(w, 3);
  } else {
    Fail(step,
         "expected: enter notification|meeting|completion|decision|decision date|agencies "
         "present|s44 mandatory|s44 discretionary|s44 no needs|screening ...|criteria not "
         "met|planned "
         "publication|notice|publication|link|embargo reason ...");
  }
}

}  // namespace

Verbs<WorkflowState> WorkflowVerbs() {
  Verbs<WorkflowState> verbs;
  verbs.Add("case", NewCase);
  verbs.Add("full", FullReview);
  verbs.Add("as", [](WorkflowState& state, const Step& step) {
    std::vector<domain::Role> roles;
    for (std::size_t i = 1; i < step.words.size(); ++i) {
      auto role = RoleOf(step, step.words[i]);
      if (!role) return;
      roles.push_back(*role);
    }
    if (roles.empty()) return Fail(step, "expected: as ROLE [ROLE ...]");
    state.roles = std::move(roles);
  });
  verbs.Add("enter", Enter);
  verbs.Add("do", Do, /*takes_then=*/true);
  verbs.Add("available", workflow_checks::Available);
  verbs.Add("requests", workflow_checks::Requests);
  verbs.Add("timeline", workflow_checks::Timeline);
  verbs.Add("no", workflow_checks::NoClockRunning);
  verbs.Add("clocks", workflow_checks::Clocks);
  verbs.Add("answers", workflow_checks::Answers);
  return verbs;
}

}  // namespace assure::scenarios
