#include "http/pages/learning/recurring_page_handlers.h"

#include <cstddef>
#include <cstdint>
#include <iomanip>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/access/policy.h"
#include "domain/actions/action.h"
#include "domain/civil_date.h"
#include "domain/learning/recurring/recurring_service.h"
#include "http/common/display.h"
#include "http/common/errors.h"
#include "http/common/page_render.h"
#include "http/pages/learning/briefing_support.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "learning_recurring";
constexpr std::string_view kPagePath = "/recurring-learning";

// Which records the asker may open from the page: a link is shown only to those who may
// follow it.
struct Links {
  bool cases = false;
  bool actions = false;
  bool briefings = false;
};

// The financial years of the query (domain::ParseYearRange), or nullopt with each field's
// problem on `page` as an error naming it (AddFieldError); the years as typed go on `page` too.
std::optional<domain::YearRange> YearsAsked(const Request& request, json& page) {
  const std::optional<std::string> from = request.QueryParam("from");
  const std::optional<std::string> to = request.QueryParam("to");
  page["from_value"] = from.value_or("");
  page["to_value"] = to.value_or("");
  auto years = domain::ParseYearRange(from, to);
  if (years.ok()) return std::move(years).value();
  AddFieldError(page, years.error(), "to");
  // Only the first problem is named: the last year's own, if it has one, is shown as well.
  if (years.error().field == "from") {
    if (auto last = domain::ParseYearRange(std::nullopt, to); !last.ok()) {
      AddFieldError(page, last.error(), "to");
    }
  }
  return std::nullopt;
}

// "All financial years", "Financial years 2021-22 to 2025-26", "Financial years from 2021-22".
std::string YearsText(const domain::YearRange& years) {
  if (years.from && years.to) {
    return "Financial years " + domain::FinancialYearName(*years.from) + " to " +
           domain::FinancialYearName(*years.to);
  }
  if (years.from) return "Financial years from " + domain::FinancialYearName(*years.from);
  if (years.to) return "Financial years to " + domain::FinancialYearName(*years.to);
  return "All financial years";
}

std::string CountText(std::int64_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string{count == 1 ? one : many};
}

// The themes table: a column for every financial year any theme has, a row for every theme.
void AddThemes(json& page, const std::vector<domain::ThemeRecurrence>& themes) {
  std::set<int> all_years;
  for (const auto& theme : themes) {
    for (const auto& year : theme.years) all_years.insert(year.year);
  }
  json years = json::array();
  for (const int year : all_years) years.push_back(domain::FinancialYearName(year));
  json rows = json::array();
  for (const auto& theme : themes) {
    std::map<int, const domain::ThemeYear*> by_year;
    for (const auto& year : theme.years) by_year[year.year] = &year;
    json cells = json::array();
    for (const int year : all_years) {
      const auto found = by_year.find(year);
      const std::int64_t reviews = found == by_year.end() ? 0 : found->second->reviews;
      const std::int64_t briefings = found == by_year.end() ? 0 : found->second->briefings;
      cells.push_back(
          {{"reviews", std::to_string(reviews)},
           {"briefings", briefings == 0 ? "" : CountText(briefings, "briefing", "briefings")}});
    }
    rows.push_back(
        {{"theme", theme.theme}, {"recurs", theme.recurs ? "Yes" : "No"}, {"cells", cells}});
  }
  page["has_themes"] = !all_years.empty();
  page["year_headers"] = std::move(years);
  page["themes"] = std::move(rows);
}

// "Completed on 1 February 2022", "In progress".
std::string StatusText(const domain::LearningAction& action) {
  std::string text{domain::ActionStatusLabel(action.status)};
  if (action.status == domain::ActionStatus::kCompleted && action.completed_on) {
    text += " on " + domain::LongCivilDate(*action.completed_on);
  }
  return text;
}

json ItemView(const domain::GroupedItem& grouped, const Links& links) {
  const domain::LearningItem& item = grouped.item;
  json actions = json::array();
  for (const domain::LearningAction& action : item.actions) {
    const std::string id = std::to_string(action.id);
    actions.push_back({{"name", "Action " + id},
                       {"href", links.actions ? "/actions/" + id : std::string{}},
                       {"status", StatusText(action)}});
  }
  const std::string number = std::to_string(item.number);
  return {{"reference", grouped.case_reference},
          {"case_href", links.cases ? CaseHref(item.case_id) : std::string{}},
          {"decided", domain::LongCivilDate(grouped.decided_on)},
          {"source", item.source == domain::LearningSource::kRecommendation
                         ? "Recommendation " + number
                         : "Rapid review learning, point " + number},
          {"lines", TextLines(item.text)},
          {"has_actions", !actions.empty()},
          {"actions", std::move(actions)}};
}

// "2 of 3 actions completed", "No action answers this learning yet".
std::string ActionsText(const domain::LearningGroup& group) {
  std::int64_t total = 0;
  std::int64_t completed = 0;
  for (const auto& grouped : group.items) {
    for (const auto& action : grouped.item.actions) {
      ++total;
      if (action.status == domain::ActionStatus::kCompleted) ++completed;
    }
  }
  if (total == 0) return "No action answers this learning yet.";
  return std::to_string(completed) + " of " + CountText(total, "action", "actions") + " completed.";
}

json GroupView(const domain::LearningGroup& group, std::size_t index, const Links& links) {
  // The domain's summary, "recommended in A, B and C", begins the heading's sentence.
  std::string sentence = domain::GroupSummary(group.cases);
  if (!sentence.empty()) sentence[0] = 'R';
  json items = json::array();
  for (const auto& grouped : group.items) items.push_back(ItemView(grouped, links));
  json briefings = json::array();
  for (const auto& briefing : group.briefings) {
    briefings.push_back({{"title", briefing.title},
                         {"href", links.briefings ? BriefingHref(briefing.id) : std::string{}},
                         {"published", domain::LongCivilDate(briefing.published_on)}});
  }
  return {{"id", "group-" + std::to_string(index + 1)},
          {"sentence", sentence},
          {"recurred", group.recurred_after_completion},
          {"recurred_on", group.recurred_on ? domain::LongCivilDate(*group.recurred_on) : ""},
          {"all_completed", group.all_actions_completed && !group.recurred_after_completion},
          {"actions_text", ActionsText(group)},
          {"items", std::move(items)},
          {"has_briefings", !briefings.empty()},
          {"briefings", std::move(briefings)}};
}

std::string ThresholdText(double threshold) {
  std::ostringstream text;
  text << std::fixed << std::setprecision(2) << threshold;
  return text.str();
}

core::Result<Response> RecurringPage(const HandlerContext& context,
                                     const domain::RecurringLearningService& recurring,
                                     const Request& request) {
  const auto requester = RequesterOf(request);
  json page{{"title", "Recurring learning"}, {"action_href", kPagePath}};
  const std::optional<domain::YearRange> years = YearsAsked(request, page);
  if (!years) return RenderPage(context.renderer, request, kPage, std::move(page), 422);
  ASSURE_ASSIGN_OR_RETURN(const auto learning, recurring.Read(requester, *years));
  const Links links{
      domain::MayEver(requester.principal, Resource::kCase, Action::kRead),
      domain::MayEver(requester.principal, Resource::kAction, Action::kRead),
      domain::MayEver(requester.principal, Resource::kBriefing, Action::kRead),
  };
  page["years_text"] = YearsText(learning.years);
  page["threshold"] = ThresholdText(learning.threshold);
  AddThemes(page, learning.themes);
  json groups = json::array();
  for (std::size_t i = 0; i < learning.groups.size(); ++i) {
    groups.push_back(GroupView(learning.groups[i], i, links));
  }
  page["has_groups"] = !groups.empty();
  page["groups"] = std::move(groups);
  return RenderPage(context.renderer, request, kPage, std::move(page));
}

}  // namespace

void AddRecurringPageRoutes(Router& router, const HandlerContext& context) {
  const domain::RecurringLearningService recurring(context.store, context.clock);

  // The API's policy (recurring_api_handlers.h): the service checks it again on the record.
  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             PageHandler(context.renderer, [context, recurring](const Request& request) {
               return RecurringPage(context, recurring, request);
             }));
}

}  // namespace assure::http::pages
