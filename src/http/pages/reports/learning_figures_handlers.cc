#include "http/pages/reports/learning_figures_handlers.h"

#include <cstdio>
#include <string>
#include <string_view>
#include <utility>

#include "domain/learning/figures/learning_figures_service.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/reports/report_period.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "learning_figures";
constexpr std::string_view kPagePath = "/reports/learning";

// "4.2": one decimal; "No ratings" when nobody answered.
std::string MeanText(const std::optional<double>& mean) {
  if (!mean) return "No ratings";
  char text[16];
  std::snprintf(text, sizeof text, "%.1f", *mean);
  return text;
}

void AddFigures(json& page, const domain::LearningFigures& figures) {
  page["show_figures"] = true;
  page["period_text"] = domain::LongCivilDate(figures.period.from) + " to " +
                        domain::LongCivilDate(figures.period.to);
  page["published"] = {{"total", std::to_string(figures.published.total())},
                       {"seven_minute", std::to_string(figures.published.seven_minute)},
                       {"lessons_learned", std::to_string(figures.published.lessons_learned)}};
  json agencies = json::array();
  for (const auto& line : figures.dissemination) {
    agencies.push_back({{"agency", line.agency_name},
                        {"briefings", std::to_string(line.briefings)},
                        {"confirmed", std::to_string(line.confirmed)},
                        {"staff_reached", std::to_string(line.staff_reached)}});
  }
  page["has_agencies"] = !agencies.empty();
  page["agencies"] = std::move(agencies);
  json ratings = json::array();
  for (std::size_t i = 0; i < figures.usefulness.by_rating.size(); ++i) {
    ratings.push_back({{"rating", std::to_string(i + 1)},
                       {"count", std::to_string(figures.usefulness.by_rating[i])}});
  }
  page["usefulness"] = {{"responses", std::to_string(figures.usefulness.responses)},
                        {"mean", MeanText(figures.usefulness.mean())},
                        {"ratings", std::move(ratings)}};
}

core::Result<Response> FiguresPage(const HandlerContext& context,
                                   const domain::LearningFiguresService& figures,
                                   const Request& request) {
  json page{{"title", "Learning figures"}, {"action_href", kPagePath}};
  const domain::DatePeriod period = PeriodShown(request, figures.DefaultPeriod(), page);
  if (page.contains("errors")) {
    return RenderPage(context.renderer, request, kPage, std::move(page), 422);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto computed, figures.Read(RequesterOf(request), period));
  AddFigures(page, computed);
  return RenderPage(context.renderer, request, kPage, std::move(page));
}

}  // namespace

void AddLearningFiguresRoutes(Router& router, const HandlerContext& context) {
  const domain::LearningFiguresService figures(context.store, context.clock);
  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             PageHandler(context.renderer, [context, figures](const Request& request) {
               return FiguresPage(context, figures, request);
             }));
}

}  // namespace assure::http::pages
