// The QA framework's pages: GET /assurance (a financial year's activities, the self-evaluation
// rounds, the staff surveys, the case audits, the thematic reviews and the standards frameworks;
// ?year= the year it starts in, this one by default), GET /assurance/frameworks/{id} (a framework
// version's standards) and POST /assurance/frameworks (the business unit copies a shipped template
// into the partnership).
#include <string>
#include <utility>

#include "domain/assurance/assurance_access.h"
#include "domain/learning/recurring/recurring_learning.h"
#include "domain/london_date.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"
#include "http/common/page_render.h"
#include "http/pages/assurance/assurance_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

json ActivityRows(const domain::AssuranceChoices& choices,
                  const std::vector<domain::Activity>& activities) {
  json rows = json::array();
  for (const auto& activity : activities) {
    std::string lead;
    for (const auto& [id, name] : choices.people) {
      if (activity.content.lead_user_id == id) lead = name;
    }
    rows.push_back({{"href", ActivityHref(activity.id)},
                    {"title", activity.content.title},
                    {"kind", domain::ActivityKindLabel(*activity.content.kind)},
                    {"period", DateText(activity.content.starts_on) + " to " +
                                   DateText(activity.content.ends_on)},
                    {"state", domain::ActivityStateLabel(activity.state)},
                    {"state_class", ActivityStateTag(activity.state)},
                    {"lead", lead.empty() ? "Not named" : lead},
                    {"agencies", activity.content.agency_ids.size()}});
  }
  return rows;
}

core::Result<Response> FrameworkIndex(const AssuranceServices& services, const Request& request) {
  const auto requester = RequesterOf(request);
  int year = domain::FinancialYearOf(domain::LondonDate(services.context.clock.Now()));
  if (const auto asked = request.QueryParam("year")) {
    const auto parsed = ParseWhole(*asked, 4);
    if (!parsed || *parsed < 1900) {
      return core::Error::InvalidInput("year", "Give the year the financial year starts in.");
    }
    year = *parsed;
  }
  ASSURE_ASSIGN_OR_RETURN(const auto activities,
                          services.activities.List(requester, year, std::nullopt));
  ASSURE_ASSIGN_OR_RETURN(const auto choices, services.activities.Choices(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto rounds, services.rounds.List(requester));
  ASSURE_ASSIGN_OR_RETURN(const auto frameworks, services.frameworks.List(requester));
  json round_rows = json::array();
  for (const auto& round : rounds) {
    round_rows.push_back({{"href", EvaluationRoundHref(round.id)},
                          {"title", round.title},
                          {"due", DateText(round.due_on)},
                          {"state", round.state == domain::RoundState::kOpen ? "Open" : "Closed"},
                          {"shared", round.shared},
                          {"agencies", round.agency_ids.size()}});
  }
  ASSURE_ASSIGN_OR_RETURN(const auto surveys, services.surveys.List(requester));
  json survey_rows = json::array();
  for (const auto& survey : surveys) {
    survey_rows.push_back({{"href", SurveyHref(survey.id)},
                           {"title", survey.content.title},
                           {"state", domain::SurveyStateName(survey.state)},
                           {"opened_on", survey.opened_on ? DateText(survey.opened_on) : ""},
                           {"agencies", survey.content.agency_ids.size()}});
  }
  ASSURE_ASSIGN_OR_RETURN(const auto audits, services.audits.List(requester));
  json audit_rows = json::array();
  for (const auto& audit : audits) {
    audit_rows.push_back({{"href", CaseAuditHref(audit.id)},
                          {"title", audit.title},
                          {"due", DateText(audit.due_on)},
                          {"records", audit.records.size()},
                          {"state", domain::CaseAuditStateName(audit.state)}});
  }
  ASSURE_ASSIGN_OR_RETURN(const auto reviews, services.thematic_reviews.List(requester));
  json review_rows = json::array();
  for (const auto& review : reviews) {
    review_rows.push_back({{"href", ThematicReviewHref(review.id)},
                           {"title", review.title},
                           {"questions", review.questions.size()}});
  }
  json framework_rows = json::array();
  for (const auto& framework : frameworks) {
    framework_rows.push_back({{"href", "/assurance/frameworks/" + std::to_string(framework.id)},
                              {"name", framework.content.name},
                              {"version", framework.version_number},
                              {"scale", domain::RatingScaleLabel(framework.content.scale)},
                              {"standards", framework.standards.size()}});
  }
  const bool may_run = domain::MayRunAssurance(requester);
  json page{{"title", "Quality assurance framework " + domain::FinancialYearName(year)},
            {"year_name", domain::FinancialYearName(year)},
            {"previous_href", "/assurance?year=" + std::to_string(year - 1)},
            {"previous_name", domain::FinancialYearName(year - 1)},
            {"next_href", "/assurance?year=" + std::to_string(year + 1)},
            {"next_name", domain::FinancialYearName(year + 1)},
            {"activities", ActivityRows(choices, activities)},
            {"has_rounds", !round_rows.empty()},
            {"rounds", round_rows},
            {"has_surveys", !survey_rows.empty()},
            {"surveys", survey_rows},
            {"has_audits", !audit_rows.empty()},
            {"audits", audit_rows},
            {"has_reviews", !review_rows.empty()},
            {"reviews", review_rows},
            {"has_frameworks", !framework_rows.empty()},
            {"frameworks", framework_rows},
            {"may_run", may_run},
            {"may_read_figures",
             domain::Permits(requester.principal, domain::Resource::kReport, domain::Action::kRead,
                             domain::InPartnership(requester))},
            {"csrf_token", request.session->session.csrf_token}};
  return RenderPage(services.context.renderer, request, "assurance_framework", std::move(page));
}

core::Result<Response> FrameworkPage(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(
      const auto framework,
      services.frameworks.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
  json standards = json::array();
  for (const auto& standard : framework.standards) {
    standards.push_back({{"code", standard.text.code},
                         {"heading", standard.text.heading},
                         {"statement", standard.text.statement},
                         {"good_looks_like", standard.text.good_looks_like}});
  }
  json ratings = json::array();
  for (const auto rating : domain::RatingsOf(framework.content.scale)) {
    ratings.push_back(domain::RatingLabel(framework.content.scale, rating));
  }
  json page{{"title", framework.content.name},
            {"caption", "Standards framework, version " + std::to_string(framework.version_number)},
            {"description", framework.content.description},
            {"scale", domain::RatingScaleLabel(framework.content.scale)},
            {"ratings", ratings},
            {"evidence_required", framework.content.evidence_required},
            {"standards", standards},
            {"may_run", domain::MayRunAssurance(RequesterOf(request))},
            {"edit_href", "/assurance/frameworks/" + std::to_string(framework.id) + "/edit"}};
  return RenderPage(services.context.renderer, request, "assurance_standards", std::move(page));
}

core::Result<Response> CopyTemplate(const AssuranceServices& services, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto form, request.Form());
  ASSURE_ASSIGN_OR_RETURN(
      const auto copied,
      services.frameworks.FromTemplate(RequesterOf(request), form.Get("template").value_or("")));
  return Response::Redirect("/assurance/frameworks/" + std::to_string(copied.id));
}

}  // namespace

void AddFrameworkPageRoutes(Router& router, const AssuranceServices& services) {
  const auto read = RoutePolicy::Authorised(Resource::kAssurance, Action::kRead);
  router.Add(Method::kGet, "/assurance", read, AssurancePageHandler(services, FrameworkIndex));
  router.Add(Method::kPost, "/assurance/frameworks",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
             AssurancePageHandler(services, CopyTemplate));
  router.Add(Method::kGet, "/assurance/frameworks/{id}", read,
             AssurancePageHandler(services, FrameworkPage));
}

}  // namespace assure::http::pages
