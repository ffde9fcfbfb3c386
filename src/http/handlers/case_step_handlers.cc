// One GET and one POST route per workflow step with a form (case_steps.h), at
// /cases/{id}/<step>. GET shows the form with the case's current version in a hidden field;
// POST applies it with that version. A refused step re-shows the form as sent with the refusal
// in the error summary and changes nothing: 422 for the form's own problems, 409 for a stale
// version ("Someone else changed this case; reload it and try again.") or a step the case's state
// or earlier records do not allow, 403 for a step the reader's role may not take. Success
// redirects to the case page with a banner saying what was done.
#include <algorithm>

#include "http/handlers/case_steps.h"
#include "http/handlers/page_render.h"

namespace assure::http::handlers {

namespace {

using nlohmann::json;

Response FormPage(const StepContext& context, const Request& request, const StepPage& step,
                  const FormErrors& errors, const std::string& version, int status) {
  FormView view(context.values, errors);
  step.fields(view, context);
  const auto id = context.view.records.record.id;
  json page{{"title", domain::TransitionLabel(step.transition)},
            {"caption", context.view.records.record.reference},
            {"intro", step.intro},
            {"back_href", CaseHref(id)},
            {"cancel_href", CaseHref(id)},
            {"action_href", StepHref(id, step.transition)},
            {"csrf_token", request.session->session.csrf_token},
            {"version", version},
            {"submit", step.submit},
            {"sections", view.Sections()}};
  view.AddErrors(page);
  return RenderPage(context.services.deps.renderer, request, "case_form", std::move(page), status);
}

// The page for a step the reader cannot take on this case now, saying why.
Response NotNow(const CaseServices& services, const Request& request, const domain::CaseView& view,
                const StepPage& step) {
  const auto& requester = request.session->principal;
  const auto id = view.records.record.id;
  const bool role = domain::HasWorkflowRole(requester, step.transition);
  std::string message = "Your role does not allow you to " +
                        std::string{domain::RuleOf(step.transition).phrase} + ".";
  if (role) {
    auto state = domain::CheckStartState(step.transition, view.records.record.state);
    message = state.ok() ? "You cannot take this step now." : state.error().message;
  }
  return RenderPage(services.deps.renderer, request, views::kErrorPage,
                    {{"title", "You cannot " + std::string{domain::RuleOf(step.transition).phrase}},
                     {"message", message},
                     {"link_href", CaseHref(id)},
                     {"link_text", "Back to the case"}},
                    role ? 409 : 403);
}

Response Show(const CaseServices& services, const Request& request, const StepPage& step) {
  const auto requester = RequesterOf(request);
  auto view = services.cases.Get(requester, IdParam(request, "id").value_or(0));
  if (!view) return ErrorResponse(services.deps.renderer, request, view.error());
  if (std::find(view->available.begin(), view->available.end(), step.transition) ==
      view->available.end()) {
    return NotNow(services, request, *view, step);
  }
  Pairs pairs;
  const FormData empty;
  const StepContext prefill_context{services, requester, *view, AgencyNames(services, requester),
                                    empty};
  step.prefill(pairs, prefill_context);
  const FormData values{std::move(pairs)};
  const StepContext context{services, requester, *view, prefill_context.agencies, values};
  return FormPage(context, request, step, FormErrors{},
                  std::to_string(view->records.record.version), 200);
}

int StatusFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput:
      return 422;
    case core::ErrorCode::kConflict:
      return 409;
    case core::ErrorCode::kForbidden:
      return 403;
    default:
      return 0;  // not the form's to show
  }
}

Response Apply(const CaseServices& services, const Request& request, const StepPage& step) {
  auto sent = request.Form();
  if (!sent) return Response{400, {}, {}, {}};
  const auto version_text = sent->Get("version").value_or("");
  const auto version = ParsePositive(version_text);
  if (!version) return Response{400, {}, {}, {}};
  const auto requester = RequesterOf(request);
  auto view = services.cases.Get(requester, IdParam(request, "id").value_or(0));
  if (!view) return ErrorResponse(services.deps.renderer, request, view.error());
  const StepContext context{services, requester, *view, AgencyNames(services, requester), *sent};
  FormErrors errors;
  auto result = step.apply(context, *sent, *version, errors);
  if (!errors.empty()) return FormPage(context, request, step, errors, version_text, 422);
  if (result.refused) {
    const int status = StatusFor(result.refused->code);
    if (status == 0) return ErrorResponse(services.deps.renderer, request, *result.refused);
    errors.Add(*result.refused);
    return FormPage(context, request, step, errors, version_text, status);
  }
  return Response::Redirect(CaseHref(view->records.record.id) +
                            "?done=" + StepSlug(step.transition) + result.query);
}

}  // namespace

void AddCaseStepRoutes(Router& router, const CaseServices& services) {
  for (const auto& step : StepPages()) {
    const auto& rule = domain::RuleOf(step.transition);
    const std::string path = "/cases/{id}/" + StepSlug(step.transition);
    const auto policy = RoutePolicy::Authorised(rule.resource, rule.action);
    router.Add(Method::kGet, path, policy,
               [services, &step](const Request& request) { return Show(services, request, step); });
    router.Add(Method::kPost, path, policy, [services, &step](const Request& request) {
      return Apply(services, request, step);
    });
  }
}

}  // namespace assure::http::handlers
