// How an agency shared a published briefing: GET/POST /briefings/{id}/share, the form an agency
// lead (for their own agency) or the business unit (for any) fills in: the agency, the date, how
// and roughly how many staff it reached. A refused form shows each problem by its field and
// writes nothing. The table of agencies is on the briefing's page (briefing_page.cc).
#include <string>
#include <utility>
#include <vector>

#include "domain/london_date.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

core::Result<Response> ShareForm(const BriefingServices& services, const Request& request,
                                 const FormData& values, const FormErrors& errors, int status) {
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.dissemination.Get(RequesterOf(request), id));
  if (view.may_record_for.empty()) {
    return core::Error::Conflict("This briefing is not published, or you record for no agency.");
  }
  std::vector<Choice> agencies;
  if (view.may_record_for.size() > 1) agencies.push_back({"", "Choose the agency", ""});
  for (const auto& line : view.agencies) {
    for (const auto agency : view.may_record_for) {
      if (agency == line.agency_id) {
        agencies.push_back({std::to_string(agency), line.agency_name, ""});
      }
    }
  }
  std::vector<Choice> methods;
  for (const auto method : domain::AllDisseminationMethods()) {
    methods.push_back({std::string{domain::DisseminationMethodName(method)},
                       std::string{domain::DisseminationMethodLabel(method)}, ""});
  }
  FormView form(values, errors);
  form.Section("");
  form.Select("agency_id", "Agency", agencies);
  form.Date("shared_on", "When it was shared", "For example, 27 3 2026");
  form.Radios("method", "How it was shared", methods);
  form.Text("staff_reached", "Staff reached", "Roughly how many people.", "govuk-input--width-5");
  json page{{"title", "Record how it was shared"},
            {"caption", view.briefing.content.title},
            {"back_href", BriefingHref(id)},
            {"action_href", BriefingHref(id) + "/share"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", "Record"},
            {"cancel_href", BriefingHref(id)},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> NewShare(const BriefingServices& services, const Request& request) {
  return ShareForm(services, request, FormData{}, FormErrors{}, 200);
}

core::Result<Response> PostShare(const BriefingServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  domain::NewDissemination entry;
  entry.agency_id = ParsePositive(form.Get("agency_id").value_or("")).value_or(0);
  entry.shared_on = ParseDate(form, "shared_on", "the date it was shared", true, errors);
  entry.method = domain::ParseDisseminationMethod(form.Get("method").value_or(""));
  const auto staff = form.Get("staff_reached").value_or("");
  if (!staff.empty()) {
    if (auto number = ParseWhole(staff, 7)) entry.staff_reached = *number;
  }
  if (!errors.empty()) return ShareForm(services, request, form, errors, 422);
  auto recorded = services.dissemination.Record(RequesterOf(request),
                                                IdParam(request, "id").value_or(0), entry);
  if (!recorded.ok()) {
    if (recorded.error().code != core::ErrorCode::kInvalidInput) return recorded.error();
    errors.Add(recorded.error());
    return ShareForm(services, request, form, errors, 422);
  }
  return Response::Redirect(BriefingHref(IdParam(request, "id").value_or(0)) + "?done=shared");
}

}  // namespace

void AddDisseminationRoutes(Router& router, const BriefingServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kDissemination, Action::kCreate);
  router.Add(Method::kGet, "/briefings/{id}/share", create,
             BriefingPageHandler(services, NewShare));
  router.Add(Method::kPost, "/briefings/{id}/share", create,
             BriefingPageHandler(services, PostShare));
}

}  // namespace assure::http::pages
