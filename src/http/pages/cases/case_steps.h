// The workflow steps' forms (doc/workflow.md) as a table: for each step, its fields (FormView),
// the values it starts with from the case's records, and how a sent form becomes the service
// call, which needs only the case's id: the service reads the case inside the step's own
// transaction. case_step_handlers.cc serves every row the same way at /cases/{id}/<step>. Plain
// data and functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/reviews/cases/case_service.h"
#include "http/common/form_view.h"
#include "http/pages/cases/case_forms.h"
#include "http/pages/cases/case_support.h"

namespace assure::http::pages {

// What a step's form works with: the case as the reader sees it, and the form being shown.
struct StepContext {
  const CaseServices& services;
  const domain::Requester& requester;
  const domain::CaseView& view;
  std::map<domain::AgencyId, std::string> agencies;  // the partnership's, by id
  const FormData& values;                            // as sent or prefilled
};

// Who applies a sent form to which case.
struct StepCall {
  const CaseServices& services;
  const domain::Requester& requester;
  domain::CaseId case_id;
};

// What applying a sent form did: problems with the form itself are in the caller's FormErrors;
// otherwise the service's refusal, or on success what to add to the redirect's query
// ("&conflict=3").
struct StepResult {
  std::optional<core::Error> refused;
  std::string query;
};

using Pairs = std::vector<std::pair<std::string, std::string>>;

struct StepPage {
  domain::Transition transition;
  std::string_view intro;   // one sentence above the form; may be empty
  std::string_view submit;  // the button
  core::Status (*fields)(FormView& view, const StepContext& context);
  void (*prefill)(Pairs& pairs, const StepContext& context);
  StepResult (*apply)(const StepCall& call, const FormData& form, domain::Version version,
                      FormErrors& errors);
};

// Every step with a form, in doc/workflow.md's order: those up to the rapid review's outcome
// (case_step_forms.cc), then those of the full review (case_review_step_forms.cc).
std::span<const StepPage> StepPages();
std::span<const StepPage> RapidReviewStepPages();
std::span<const StepPage> FullReviewStepPages();

// What the steps' forms share.
inline domain::CaseId CaseIdOf(const StepCall& call) { return call.case_id; }
// A service call's result as a step's: its refusal, or success with nothing to add.
template <typename T>
StepResult Outcome(const core::Result<T>& result) {
  if (result.ok()) return {};
  return {result.error(), {}};
}
// The partnership's agencies as choices.
std::vector<Choice> AgencyChoices(const StepContext& context);
// A step that starts from nothing recorded.
inline void NoPrefill(Pairs&, const StepContext&) {}

}  // namespace assure::http::pages
