// Self-evaluation rounds' pages: GET/POST /assurance/rounds/new (the business unit opens a round:
// framework, title, due date, agencies; a refused form shows each problem by its field), GET
// /assurance/rounds/{id} (the matrix of agencies by standards, coloured by rating and with the
// same figures as a table, of the returns the reader may read), POST /assurance/rounds/{id}/close
// and /share, and GET /assurance/agencies/{agency_id}/trend (one agency's ratings across rounds).
#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"
#include "http/pages/assurance/assurance_todo.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

core::Result<Response> RoundForm(const AssuranceServices& services, const Request& request,
                                 const FormData& values, const FormErrors& errors, int status) {
  const auto requester = RequesterOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto frameworks, services.frameworks.List(requester));
  std::vector<Choice> framework_choices{{"", "Choose the framework", ""}};
  for (const auto& framework : frameworks) {
    framework_choices.push_back(
        {std::to_string(framework.id),
         framework.content.name + ", version " + std::to_string(framework.version_number), ""});
  }
  std::vector<Choice> activities{{"", "A new activity for this round", ""}};
  for (const auto& activity : choices.activities) {
    if (activity.content.kind != domain::ActivityKind::kSelfEvaluationRound ||
        activity.state != domain::ActivityState::kPlanned) {
      continue;
    }
    activities.push_back({std::to_string(activity.id), activity.content.title, ""});
  }
  std::vector<Choice> agencies;
  for (const auto& [agency, name] : choices.agencies) {
    agencies.push_back({std::to_string(agency), name, ""});
  }
  FormView form(values, errors);
  form.Section("");
  form.Select("framework_id", "Standards framework", framework_choices);
  form.Text("title", "Title", "For example, Safeguarding self-assessment 2026-27");
  form.Date("due_on", "Returns due", "A date after today, for example, 27 3 2027");
  form.Checkboxes("agency_ids", "Agencies", agencies);
  if (activities.size() > 1) {
    form.Select("activity_id", "Planned activity", activities,
                "The planned self-evaluation round of the framework this round carries out.");
  }
  json page{{"title", "Open a self-evaluation round"},
            {"caption", "Quality assurance framework"},
            {"back_href", "/assurance"},
            {"action_href", "/assurance/rounds/new"},
            {"csrf_token", request.session->session.csrf_token},
            {"submit", "Open the round"},
            {"cancel_href", "/assurance"},
            {"sections", form.Sections()}};
  form.AddErrors(page);
  return RenderPage(services.context.renderer, request, "case_form", std::move(page), status);
}

core::Result<Response> NewRound(const AssuranceServices& services, const Request& request) {
  return RoundForm(services, request, FormData{}, FormErrors{}, 200);
}

core::Result<Response> PostNewRound(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  FormErrors errors;
  domain::NewRound input;
  input.framework_id = ParsePositive(form.Get("framework_id").value_or(""));
  input.activity_id = ParsePositive(form.Get("activity_id").value_or(""));
  input.title = form.Get("title").value_or("");
  input.due_on = ParseDate(form, "due_on", "the date returns are due", true, errors);
  for (const auto& value : form.GetAll("agency_ids")) {
    if (auto id = ParsePositive(value)) input.agency_ids.push_back(*id);
  }
  if (!errors.empty()) return RoundForm(services, request, form, errors, 422);
  auto opened = services.rounds.Open(RequesterOf(request), std::move(input));
  if (!opened.ok()) {
    if (opened.error().code != core::ErrorCode::kInvalidInput) return opened.error();
    errors.Add(FieldKey(opened.error().field), opened.error().message);
    return RoundForm(services, request, form, errors, 422);
  }
  return Response::Redirect(EvaluationRoundHref(opened->id));
}

core::Result<Response> RoundPage(const AssuranceServices& services, const Request& request) {
  const auto id = IdParam(request, "id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto view, services.rounds.Get(RequesterOf(request), id));
  const auto scale = view.framework.content.scale;
  json standards = json::array();
  for (const auto& standard : view.framework.standards) {
    standards.push_back({{"code", standard.text.code}, {"heading", standard.text.heading}});
  }
  json rows = json::array();
  for (const auto& row : view.matrix) {
    json cells = json::array();
    for (std::size_t i = 0; i < row.cells.size(); ++i) {
      const auto& cell = row.cells[i];
      cells.push_back({{"code", view.framework.standards[i].text.code},
                       {"label", cell.rating.empty() ? "Not returned"
                                                     : domain::RatingLabel(scale, cell.rating)},
                       {"class", RatingTag(scale, cell.rating)},
                       {"challenged", cell.challenged}});
    }
    std::string state = "Not returned";
    if (row.state == domain::ReturnState::kSubmitted) state = "Submitted";
    if (row.overdue) state = "Overdue";
    rows.push_back(
        {{"agency", row.agency_name},
         {"href", ReturnHref(id, row.agency_id)},
         {"trend_href", "/assurance/agencies/" + std::to_string(row.agency_id) + "/trend"},
         {"state", state},
         {"cells", cells}});
  }
  const auto& round = view.round;
  json page{{"title", round.title},
            {"caption", view.framework.content.name + ", version " +
                            std::to_string(view.framework.version_number)},
            {"due", DateText(round.due_on)},
            {"state", round.state == domain::RoundState::kOpen ? "Open" : "Closed"},
            {"closed_on", round.closed_on ? DateText(round.closed_on) : ""},
            {"shared", round.shared},
            {"standards", standards},
            {"rows", rows},
            {"has_rows", !rows.empty()},
            {"may_close", view.may_close},
            {"may_share", view.may_share},
            {"close_href", EvaluationRoundHref(id) + "/close"},
            {"share_href", EvaluationRoundHref(id) + "/share"},
            {"version", round.version},
            {"csrf_token", request.session->session.csrf_token}};
  return RenderPage(services.context.renderer, request, "assurance_round", std::move(page));
}

core::Result<Response> PostRoundStep(const AssuranceServices& services, const Request& request,
                                     bool share) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  const auto id = IdParam(request, "id").value_or(0);
  const auto version = FormVersion(form).value_or(0);
  const auto requester = RequesterOf(request);
  auto changed = share ? services.rounds.Share(requester, id, version)
                       : services.rounds.Close(requester, id, version);
  if (!changed.ok()) return changed.error();
  return Response::Redirect(EvaluationRoundHref(id));
}

core::Result<Response> PostClose(const AssuranceServices& services, const Request& request) {
  return PostRoundStep(services, request, false);
}

core::Result<Response> PostShare(const AssuranceServices& services, const Request& request) {
  return PostRoundStep(services, request, true);
}

core::Result<Response> TrendPage(const AssuranceServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  const auto agency = IdParam(request, "agency_id").value_or(0);
  ASSURE_ASSIGN_OR_RETURN(const auto points, services.rounds.Trend(requester, agency));
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(requester));
  std::string agency_name;
  for (const auto& [id, name] : choices.agencies) {
    if (id == agency) agency_name = name;
  }
  if (agency_name.empty()) return core::Error::NotFound("There is no such agency.");
  std::vector<std::string> codes;
  for (const auto& point : points) {
    for (const auto& [code, rating] : point.ratings) {
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    }
  }
  json rows = json::array();
  for (const auto& code : codes) {
    json cells = json::array();
    for (const auto& point : points) {
      std::string rating;
      for (const auto& [c, r] : point.ratings) {
        if (c == code) rating = r;
      }
      cells.push_back({{"label", rating.empty() ? "Not in this round"
                                                : domain::RatingLabel(point.scale, rating)},
                       {"class", RatingTag(point.scale, rating)}});
    }
    rows.push_back({{"code", code}, {"cells", cells}});
  }
  json rounds = json::array();
  for (const auto& point : points) {
    rounds.push_back({{"title", point.round_title}, {"href", EvaluationRoundHref(point.round_id)}});
  }
  json page{{"title", "Self-evaluation ratings over time"},
            {"caption", agency_name},
            {"rounds", rounds},
            {"rows", rows},
            {"has_rows", !rows.empty()}};
  return RenderPage(services.context.renderer, request, "assurance_trend", std::move(page));
}

}  // namespace

void AddRoundPageRoutes(Router& router, const AssuranceServices& services) {
  const auto create = RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate);
  router.Add(Method::kGet, "/assurance/rounds/new", create,
             AssurancePageHandler(services, NewRound));
  router.Add(Method::kPost, "/assurance/rounds/new", create,
             AssurancePageHandler(services, PostNewRound));
  router.Add(Method::kGet, "/assurance/rounds/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             AssurancePageHandler(services, RoundPage));
  router.Add(Method::kPost, "/assurance/rounds/{id}/close",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate),
             AssurancePageHandler(services, PostClose));
  router.Add(Method::kPost, "/assurance/rounds/{id}/share",
             RoutePolicy::Authorised(Resource::kAssuranceSharing, Action::kUpdate),
             AssurancePageHandler(services, PostShare));
  router.Add(Method::kGet, "/assurance/agencies/{agency_id}/trend",
             RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kRead),
             AssurancePageHandler(services, TrendPage));
}

}  // namespace assure::http::pages
