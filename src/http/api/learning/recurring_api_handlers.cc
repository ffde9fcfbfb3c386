#include "http/api/learning/recurring_api_handlers.h"

#include <optional>
#include <string>

#include "domain/learning/recurring/recurring_service.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

json OptionalYear(const std::optional<int>& year) {
  if (!year) return nullptr;
  return domain::FinancialYearName(*year);
}

json ThemeJson(const domain::ThemeRecurrence& theme) {
  json years = json::array();
  for (const domain::ThemeYear& year : theme.years) {
    years.push_back({{"year", domain::FinancialYearName(year.year)},
                     {"reviews", year.reviews},
                     {"briefings", year.briefings}});
  }
  return {{"theme", theme.theme}, {"years", std::move(years)}, {"recurs", theme.recurs}};
}

json ItemJson(const domain::GroupedItem& grouped) {
  const domain::LearningItem& item = grouped.item;
  json actions = json::array();
  for (const domain::LearningAction& action : item.actions) {
    actions.push_back({{"id", action.id},
                       {"status", domain::ActionStatusName(action.status)},
                       {"completed_on", DateJson(action.completed_on)}});
  }
  const bool recommendation = item.source == domain::LearningSource::kRecommendation;
  return {{"source", domain::LearningSourceName(item.source)},
          {"id", recommendation ? json(item.record_id) : json(nullptr)},
          {"case_id", item.case_id},
          {"case_reference", grouped.case_reference},
          {"decided_on", domain::FormatCivilDate(grouped.decided_on)},
          {"number", item.number},
          {"text", item.text},
          {"actions", std::move(actions)}};
}

json GroupJson(const domain::LearningGroup& group) {
  json items = json::array();
  for (const domain::GroupedItem& grouped : group.items) items.push_back(ItemJson(grouped));
  json briefings = json::array();
  for (const domain::BriefingMention& briefing : group.briefings) {
    briefings.push_back({{"id", briefing.id},
                         {"title", briefing.title},
                         {"published_on", domain::FormatCivilDate(briefing.published_on)}});
  }
  return {{"cases", group.cases},
          {"summary", domain::GroupSummary(group.cases)},
          {"all_actions_completed", group.all_actions_completed},
          {"recurred_after_completion", group.recurred_after_completion},
          {"recurred_on", DateJson(group.recurred_on)},
          {"briefings", std::move(briefings)},
          {"recommendations", std::move(items)}};
}

json LearningJson(const domain::RecurringLearning& learning) {
  json themes = json::array();
  for (const auto& theme : learning.themes) themes.push_back(ThemeJson(theme));
  json groups = json::array();
  for (const auto& group : learning.groups) groups.push_back(GroupJson(group));
  return {{"from", OptionalYear(learning.years.from)},
          {"to", OptionalYear(learning.years.to)},
          {"threshold", learning.threshold},
          {"themes", std::move(themes)},
          {"groups", std::move(groups)}};
}

// The financial years of the query (domain::ParseYearRange).
core::Result<domain::YearRange> YearsAsked(const Request& request) {
  return domain::ParseYearRange(request.QueryParam("from"), request.QueryParam("to"));
}

}  // namespace

void AddRecurringApiRoutes(Router& router, const HandlerContext& context) {
  const domain::RecurringLearningService recurring(context.store, context.clock);

  router.Add(Method::kGet, "/api/v1/learning/recurring",
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             ApiHandler(context.error_pages,
                        [context, recurring](const Request& request) -> core::Result<Response> {
                          const auto years = YearsAsked(request);
                          if (!years) return BadQuery(context.error_pages, request, years.error());
                          ASSURE_ASSIGN_OR_RETURN(const auto learning,
                                                  recurring.Read(RequesterOf(request), *years));
                          return Response::Json(200, LearningJson(learning));
                        }));
}

}  // namespace assure::http::api
