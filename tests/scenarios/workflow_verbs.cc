#include "scenarios/workflow_verbs.h"

#include <algorithm>
#include <string>

#include "domain/access/policy.h"
#include "domain/reviews/workflow.h"

namespace assure::scenarios {

namespace {

using domain::CaseRecords;
using domain::CaseState;
using domain::CivilDate;

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

domain::Principal PrincipalOf(const std::vector<domain::Role>& roles) {
  domain::Principal principal;
  principal.user_id = 7;
  principal.partnership_id = 1;
  for (domain::Role role : roles) {
    domain::Membership membership;
    membership.partnership_id = 1;
    membership.user_id = 7;
    membership.role = role;
    membership.agency_id = 3;
    principal.memberships.push_back(membership);
  }
  return principal;
}

domain::FullReviewKind KindFor(domain::CaseType type) {
  switch (type) {
    case domain::CaseType::kChild:
      return domain::FullReviewKind::kCspr;
    case domain::CaseType::kAdult:
      return domain::FullReviewKind::kSar;
    case domain::CaseType::kJoint:
      return domain::FullReviewKind::kJoint;
  }
  return domain::FullReviewKind::kCspr;
}

// The case's records with what the person entered applied, as the service would propose them.
CaseRecords Proposed(const WorkflowState& state) {
  CaseRecords proposed = state.records;
  if (state.notification) {
    proposed.notification = domain::Notification{proposed.record.id, *state.notification, "", 1};
  }
  if (state.decision || state.s44) {
    domain::RapidReview review = proposed.rapid_review.value_or(domain::RapidReview{});
    review.case_id = proposed.record.id;
    review.meeting_on = proposed.record.aware_on;
    review.completed_on = proposed.record.aware_on;
    if (state.decision) review.decision = *state.decision;
    if (state.s44) review.s44 = domain::CareActS44{};
    proposed.rapid_review = review;
  }
  if (proposed.full_review) {
    auto& full = *proposed.full_review;
    if (state.planned_publication) full.planned_publication_on = state.planned_publication;
    if (state.notice) full.notice_sent_on = state.notice;
    if (state.published_on) full.published_on = state.published_on;
    if (!state.link.empty()) full.publication_link = state.link;
    if (!state.embargo_reason.empty()) full.embargo_reason = state.embargo_reason;
  }
  return proposed;
}

void ClearEntered(WorkflowState& state) {
  state.notification.reset();
  state.decision.reset();
  state.s44 = false;
  state.planned_publication.reset();
  state.notice.reset();
  state.published_on.reset();
  state.link.clear();
  state.embargo_reason.clear();
}

// Checks a refused step against "refused FIELD|role|state".
void CheckRefusal(const Step& step, const core::Error& error) {
  if (step.then.size() != 2 || step.then[0] != "refused") {
    Fail(step, "refused (" + std::string{core::ErrorCodeName(error.code)} + ", field '" +
                   error.field + "'): " + error.message);
    return;
  }
  const std::string expected = Unquote(step.then[1]);
  if (expected == "role") {
    if (error.code != core::ErrorCode::kForbidden) Fail(step, "not refused for the role");
  } else if (expected == "state") {
    if (error.code != core::ErrorCode::kConflict || !error.field.empty()) {
      Fail(step, "not refused for the state: " + error.message);
    }
  } else if (error.field != expected) {
    Fail(step, "refused naming '" + error.field + "', not '" + expected + "': " + error.message);
  }
}

void Do(WorkflowState& state, const Step& step) {
  if (!state.has_case) return Fail(step, "no case yet: start with 'case TYPE in STATE'");
  if (step.words.size() < 2) return Fail(step, "expected: do TRANSITION [as ROLE] [because ...]");
  auto transition = domain::ParseTransition(step.words[1]);
  if (!transition) return Fail(step, "unknown transition '" + step.words[1] + "'");
  auto roles = state.roles;
  std::string rationale;
  for (std::size_t i = 2; i < step.words.size(); ++i) {
    if (step.words[i] == "as" && i + 1 < step.words.size()) {
      auto role = RoleOf(step, step.words[++i]);
      if (!role) return;
      roles = {*role};
    } else if (step.words[i] == "because") {
      rationale = Rest(step.words, i + 1);
      break;
    } else {
      return Fail(step, "unexpected word '" + step.words[i] + "'");
    }
  }
  CaseRecords proposed = Proposed(state);
  auto to = domain::CheckTransition(*transition, PrincipalOf(roles), proposed, rationale);
  if (!to.ok()) return CheckRefusal(step, to.error());
  if (*transition == domain::Transition::kRecordRapidReview && proposed.rapid_review) {
    proposed.full_review = domain::ConvertToFullReview(
        proposed.record, domain::RapidReviewInput{*proposed.rapid_review, std::nullopt});
  }
  proposed.record.state = *to;
  state.records = std::move(proposed);
  ClearEntered(state);
  if (step.then.empty()) return;
  auto expected = domain::ParseCaseState(step.then[0]);
  if (step.then.size() != 1 || !expected) {
    return Fail(step, "allowed, to " + std::string{domain::CaseStateName(*to)} +
                          "; expected: " + Rest(step.then, 0));
  }
  if (*expected != *to) {
    Fail(step, "the case moved to " + std::string{domain::CaseStateName(*to)});
  }
}

void NewCase(WorkflowState& state, const Step& step) {
  if (step.words.size() == 3 && step.words[1] == "is") {
    auto expected = domain::ParseCaseState(step.words[2]);
    if (!expected) return Fail(step, "unknown state '" + step.words[2] + "'");
    if (state.records.record.state != *expected) {
      Fail(step, "the case is " + std::string{domain::CaseStateName(state.records.record.state)});
    }
    return;
  }
  if (step.words.size() != 4 || step.words[2] != "in") {
    return Fail(step, "expected: case TYPE in STATE, or case is STATE");
  }
  auto type = domain::ParseCaseType(step.words[1]);
  auto case_state = domain::ParseCaseState(step.words[3]);
  if (!type || !case_state) return Fail(step, "unknown case type or state");
  state = WorkflowState{};
  state.has_case = true;
  auto& record = state.records.record;
  record.id = 1;
  record.partnership_id = 1;
  record.reference = "CR-2025-001";
  record.type = *type;
  record.state = *case_state;
  record.aware_on = std::chrono::year{2025} / 1 / 6;
  if (*case_state == CaseState::kFullReview || *case_state == CaseState::kEmbargoed ||
      *case_state == CaseState::kPublished) {
    domain::FullReview full;
    full.case_id = 1;
    full.kind = KindFor(*type);
    full.decided_on = record.aware_on;
    state.records.full_review = full;
  }
}

void Enter(WorkflowState& state, const Step& step) {
  const auto& w = step.words;
  const std::string what = w.size() > 1 ? w[1] : "";
  if (what == "notification" && w.size() == 3) {
    state.notification = DateAt(step, 2);
  } else if (what == "decision" && w.size() == 3) {
    state.decision = domain::ParseReviewDecision(w[2]);
    if (!state.decision) Fail(step, "unknown decision '" + w[2] + "'");
  } else if (what == "s44" && w.size() == 2) {
    state.s44 = true;
  } else if (what == "planned" && w.size() == 4 && w[2] == "publication") {
    state.planned_publication = DateAt(step, 3);
  } else if (what == "notice" && w.size() == 3) {
    state.notice = DateAt(step, 2);
  } else if (what == "publication" && w.size() == 3) {
    state.published_on = DateAt(step, 2);
  } else if (what == "link" && w.size() == 3) {
    state.link = w[2];
  } else if (what == "embargo" && w.size() > 3 && w[2] == "reason") {
    state.embargo_reason = Rest(w, 3);
  } else {
    Fail(step,
         "expected: enter notification|decision|s44|planned publication|notice|"
         "publication|link|embargo reason ...");
  }
}

void Available(WorkflowState& state, const Step& step) {
  if (step.words.size() < 2 || step.words[1] != "=") {
    return Fail(step, "expected: available = TRANSITION ...");
  }
  std::string actual;
  for (auto transition :
       domain::AvailableTransitions(PrincipalOf(state.roles), state.records.record.state)) {
    actual += (actual.empty() ? "" : " ") + std::string{domain::TransitionName(transition)};
  }
  const std::string expected = Rest(step.words, 2);
  if (actual != expected) Fail(step, "available: " + actual);
}

}  // namespace

Verbs<WorkflowState> WorkflowVerbs() {
  Verbs<WorkflowState> verbs;
  verbs.Add("case", NewCase);
  verbs.Add("full", [](WorkflowState& state, const Step& step) {
    auto kind = step.words.size() == 3 && step.words[1] == "review"
                    ? domain::ParseFullReviewKind(step.words[2])
                    : std::nullopt;
    if (!kind || !state.records.full_review) {
      return Fail(step, "expected: full review KIND, on a case in full review or later");
    }
    state.records.full_review->kind = *kind;
  });
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
  verbs.Add("available", Available);
  return verbs;
}

}  // namespace assure::scenarios
