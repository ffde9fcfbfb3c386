// One GET and one POST route per workflow step with a form (case_steps.h), at
// /cases/{id}/<step>. GET shows the form with the case's current version in a hidden field.
// POST applies it with that version as ONE service call: the service reads the case inside the
// step's transaction and writes the step's one audit event; nothing is read before it. A refused
// step re-shows the form as sent (reading the case again to show it) with the refusal in the
// error summary, and changes nothing: 422 for the form's own problems, 409 for a stale version
// or a step the case's state or earlier records do not allow, 403 for a step the reader's role
// may not take. Success redirects to the case page with a banner saying what was done.
#include <algorithm>

#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/cases/case_steps.h"

namespace assure::http::pages {

namespace {

using nlohmann::json;

core::Result<Response> FormPage(const StepContext& context, const Request& request,
                                const StepPage& step, const FormErrors& errors,
                                const std::string& version, int status) {
  FormView view(context.values, errors);
  ASSURE_TRY(step.fields(view, context));
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
  return RenderPage(context.services.context.renderer, request, "case_form", std::move(page),
                    status);
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
  return RenderPage(services.context.renderer, request, views::kErrorPage,
                    {{"title", "You cannot " + std::string{domain::RuleOf(step.transition).phrase}},
                     {"message", message},
                     {"link_href", CaseHref(id)},
                     {"link_text", "Back to the case"}},
                    role ? 409 : 403);
}

core::Result<Response> Show(const CaseServices& services, const Request& request,
                            const StepPage& step) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto view,
                          services.cases.Get(requester, IdParam(request, "id").value_or(0)));
  if (std::find(view.available.begin(), view.available.end(), step.transition) ==
      view.available.end()) {
    return NotNow(services, request, view, step);
  }
  ASSURE_ASSIGN_OR_RETURN(auto agencies, AgencyNames(services.agencies, requester));
  Pairs pairs;
  const FormData empty;
  const StepContext prefill_context{services, requester, view, std::move(agencies), empty};
  step.prefill(pairs, prefill_context);
  const FormData values{std::move(pairs)};
  const StepContext context{services, requester, view, prefill_context.agencies, values};
  return FormPage(context, request, step, FormErrors{}, std::to_string(view.records.record.version),
                  200);
}

core::Result<Response> Apply(const CaseServices& services, const Request& request,
                             const StepPage& step) {
  auto sent = request.Form();
  if (!sent) return Response::Status(400);
  const auto version_text = sent->Get("version").value_or("");
  const auto version = ParsePositive(version_text);
  if (!version) return Response::Status(400);
  const auto requester = RequesterOf(request);
  const domain::CaseId id = IdParam(request, "id").value_or(0);
  FormErrors errors;
  auto result = step.apply({services, requester, id}, *sent, *version, errors);
  int status = 422;
  if (errors.empty()) {
    if (!result.refused) {
      return Response::Redirect(CaseHref(id) + "?done=" + StepSlug(step.transition) + result.query);
    }
    status = HttpStatusFor(result.refused->code);
    if (status != 422 && status != 409 && status != 403) return *result.refused;
    errors.Add(*result.refused);
  }
  // Refused: the form again, as sent, on the case as it now is.
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.cases.Get(requester, id));
  ASSURE_ASSIGN_OR_RETURN(auto agencies, AgencyNames(services.agencies, requester));
  const StepContext context{services, requester, view, std::move(agencies), *sent};
  return FormPage(context, request, step, errors, version_text, status);
}

}  // namespace

void AddCaseStepRoutes(Router& router, const CaseServices& services) {
  const auto& renderer = services.context.renderer;
  for (const auto& step : StepPages()) {
    const auto& rule = domain::RuleOf(step.transition);
    const std::string path = "/cases/{id}/" + StepSlug(step.transition);
    const auto policy = RoutePolicy::Authorised(rule.resource, rule.action);
    router.Add(Method::kGet, path, policy,
               PageHandler(renderer, [services, &step](const Request& request) {
                 return Show(services, request, step);
               }));
    router.Add(Method::kPost, path, policy,
               PageHandler(renderer, [services, &step](const Request& request) {
                 return Apply(services, request, step);
               }));
  }
}

}  // namespace assure::http::pages
