// The workflow steps' forms (doc/workflow.md) as a table: for each step, its fields (FormView),
// the values it starts with from the case's records, and how a sent form becomes the service
// call. case_step_handlers.cc serves every row the same way at /cases/{id}/<step>. Plain data
// and functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/reviews/case_service.h"
#include "http/handlers/case_form_view.h"
#include "http/handlers/case_forms.h"
#include "http/handlers/case_support.h"

namespace assure::http::handlers {

// What a step's form works with: the case as the reader sees it, and the form being shown.
struct StepContext {
  const CaseServices& services;
  const domain::Requester& requester;
  const domain::CaseView& view;
  std::map<domain::AgencyId, std::string> agencies;  // the partnership's, by id
  const FormData& values;                            // as sent or prefilled
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
  void (*fields)(FormView& view, const StepContext& context);
  void (*prefill)(Pairs& pairs, const StepContext& context);
  StepResult (*apply)(const StepContext& context, const FormData& form, domain::Version version,
                      FormErrors& errors);
};

// Every step with a form, in doc/workflow.md's order.
std::span<const StepPage> StepPages();

}  // namespace assure::http::handlers
