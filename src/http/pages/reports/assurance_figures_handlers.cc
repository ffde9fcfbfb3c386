#include "http/pages/reports/assurance_figures_handlers.h"

#include <string>
#include <string_view>
#include <utility>

#include "domain/assurance/figures/assurance_figures_service.h"
#include "domain/london_date.h"
#include "domain/reviews/figures/review_activity.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/reports/report_period.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "assurance_figures";
constexpr std::string_view kPagePath = "/reports/assurance";

void AddFigures(json& page, const domain::AssuranceFigures& figures) {
  page["show_figures"] = true;
  page["period_text"] = domain::LongCivilDate(figures.period.from) + " to " +
                        domain::LongCivilDate(figures.period.to);
  json completed = json::array();
  for (const auto& [kind, count] : figures.completed) {
    completed.push_back(
        {{"kind", domain::ActivityKindLabel(kind)}, {"count", std::to_string(count)}});
  }
  page["completed"] = std::move(completed);
  page["completed_total"] = std::to_string(figures.completed_total);
  json returns = json::array();
  for (const auto& line : figures.returns) {
    returns.push_back({{"agency", line.agency_name},
                       {"due", std::to_string(line.due)},
                       {"on_time", std::to_string(line.on_time)},
                       {"late", std::to_string(line.late)},
                       {"not_returned", std::to_string(line.not_returned)}});
  }
  page["has_returns"] = !returns.empty();
  page["returns"] = std::move(returns);
  json surveys = json::array();
  for (const auto& survey : figures.surveys) {
    json agencies = json::array();
    for (const auto& group : survey.groups) {
      agencies.push_back(
          {{"agency", group.agency_name},
           {"respondents", group.respondents ? std::to_string(*group.respondents) : "[c]"}});
    }
    surveys.push_back({{"title", survey.title},
                       {"closed_on", domain::LongCivilDate(survey.closed_on)},
                       {"respondents", survey.total ? std::to_string(*survey.total) : "[c]"},
                       {"agencies", std::move(agencies)}});
  }
  page["has_surveys"] = !surveys.empty();
  page["surveys"] = std::move(surveys);
  json reviews = json::array();
  for (const auto& line : figures.thematic_reviews) {
    json findings = json::array();
    for (const auto& [strength, count] : line.findings_by_strength) {
      findings.push_back(std::string{domain::EvidenceStrengthLabel(strength)} + ": " +
                         std::to_string(count));
    }
    json actions = json::array();
    for (const auto& [status, count] : line.actions_by_status) {
      actions.push_back(std::string{domain::ActionStatusLabel(status)} + ": " +
                        std::to_string(count));
    }
    reviews.push_back({{"title", line.title},
                       {"findings", std::to_string(line.findings)},
                       {"by_strength", findings},
                       {"recommendations", std::to_string(line.recommendations)},
                       {"actions", actions}});
  }
  page["has_reviews"] = !reviews.empty();
  page["reviews"] = std::move(reviews);
}

core::Result<Response> FiguresPage(const HandlerContext& context,
                                   const domain::AssuranceFiguresService& figures,
                                   const Request& request) {
  json page{{"title", "Quality assurance figures"}, {"action_href", kPagePath}};
  const domain::DatePeriod period = PeriodShown(
      request, domain::FinancialYearContaining(domain::LondonDate(context.clock.Now())), page);
  if (page.contains("errors")) {
    return RenderPage(context.renderer, request, kPage, std::move(page), 422);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto computed, figures.Read(RequesterOf(request), period));
  AddFigures(page, computed);
  return RenderPage(context.renderer, request, kPage, std::move(page));
}

}  // namespace

void AddAssuranceFiguresRoutes(Router& router, const HandlerContext& context) {
  const domain::AssuranceFiguresService figures(context.store, context.clock);
  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             PageHandler(context.renderer, [context, figures](const Request& request) {
               return FiguresPage(context, figures, request);
             }));
}

}  // namespace assure::http::pages
