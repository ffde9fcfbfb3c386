#include "http/pages/reports/report_handlers.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/reviews/figures/review_activity_service.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "http/common/page_render.h"
#include "http/pages/reports/report_period.h"
#include "reports/review_activity_report.h"

namespace assure::http::pages {

namespace {

using domain::Action;
using domain::CivilDate;
using domain::DatePeriod;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "review_activity";
constexpr std::string_view kPagePath = "/reports/review-activity";

// The figures part of the page's context.
// One timeliness figure as the template shows it.
json TimelinessView(const domain::Timeliness& timeliness) {
  return {{"assessed", std::to_string(timeliness.assessed)},
          {"within", std::to_string(timeliness.within)},
          {"late", std::to_string(timeliness.late)},
          {"share", reports::FormatShare(timeliness.share_within())},
          {"median", reports::FormatDaysLate(timeliness.median_days_late)},
          {"no_start", timeliness.no_start > 0},
          {"no_start_count", std::to_string(timeliness.no_start)},
          {"no_end", timeliness.no_end > 0},
          {"no_end_count", std::to_string(timeliness.no_end)}};
}

void AddFigures(json& page, const domain::ReviewActivity& activity) {
  json rows = json::array();
  for (const auto& row : reports::ReviewActivityRows(activity)) {
    rows.push_back({{"label", row.label},
                    {"total", std::to_string(row.counts.total())},
                    {"adult", std::to_string(row.counts.adult)},
                    {"child", std::to_string(row.counts.child)},
                    {"joint", std::to_string(row.counts.joint)},
                    {"has_dhr", row.dhr.has_value()},
                    {"dhr", row.dhr ? std::to_string(*row.dhr) : std::string{}}});
  }
  page["rows"] = std::move(rows);
  page["period_text"] = domain::LongCivilDate(activity.period.from) + " to " +
                        domain::LongCivilDate(activity.period.to);

  const auto stages = reports::ReviewActivityFunnel(activity);
  const auto chart = reports::LayOutFunnel(stages);
  json bars = json::array();
  for (const auto& bar : chart.bars) {
    bars.push_back({{"label", bar.label},
                    {"x", std::to_string(bar.x)},
                    {"y", std::to_string(bar.y)},
                    {"width", std::to_string(bar.width)},
                    {"height", std::to_string(bar.height)},
                    {"label_y", std::to_string(bar.label_y)}});
  }
  std::string description;
  json stage_rows = json::array();
  const std::int64_t referrals = stages.empty() ? 0 : stages.front().value;
  for (const auto& stage : stages) {
    description +=
        (description.empty() ? "" : ", ") + stage.label + " " + std::to_string(stage.value);
    stage_rows.push_back(
        {{"label", stage.label},
         {"value", std::to_string(stage.value)},
         {"share", referrals == 0 ? std::string{"Not applicable"}
                                  : reports::FormatShare(static_cast<double>(stage.value) /
                                                         static_cast<double>(referrals))}});
  }
  page["funnel"] = {
      {"view_box", "0 0 " + std::to_string(chart.width) + " " + std::to_string(chart.height)},
      {"description", description + "."},
      {"bars", std::move(bars)},
      {"stages", std::move(stage_rows)}};

  page["notifications"] = std::to_string(activity.notifications);
  page["notification_timeliness"] = TimelinessView(activity.notification_timeliness);
  page["timeliness"] = TimelinessView(activity.timeliness);
  json themes = json::array();
  for (const auto& theme : activity.themes) {
    themes.push_back({{"theme", theme.theme}, {"cases", std::to_string(theme.cases)}});
  }
  page["has_themes"] = !themes.empty();
  page["themes"] = std::move(themes);
  page["show_figures"] = true;
}

core::Result<Response> ActivityPage(const HandlerContext& context,
                                    const domain::ReviewActivityService& figures,
                                    const Request& request) {
  const auto requester = RequesterOf(request);
  json page{{"title", "Review activity"}, {"action_href", kPagePath}};
  const DatePeriod period = PeriodShown(request, figures.DefaultPeriod(), page);
  if (page.contains("errors")) {
    return RenderPage(context.renderer, request, kPage, std::move(page), 422);
  }
  ASSURE_ASSIGN_OR_RETURN(const auto activity, figures.Read(requester, period));
  AddFigures(page, activity);
  if (domain::MayEver(requester.principal, Resource::kReport, Action::kExport)) {
    const std::string query = PeriodQuery(period);
    page["may_export"] = true;
    page["csv_href"] = std::string{kPagePath} + "/export?" + query + "&format=csv";
    page["xlsx_href"] = std::string{kPagePath} + "/export?" + query + "&format=xlsx";
  }
  return RenderPage(context.renderer, request, kPage, std::move(page));
}

core::Result<Response> Export(const domain::ReviewActivityService& figures,
                              const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto period, PeriodAsked(request));
  const std::string format = request.QueryParam("format").value_or("csv");
  if (format != "csv" && format != "xlsx") {
    return core::Error::InvalidInput("format", "Choose csv or xlsx.");
  }
  ASSURE_ASSIGN_OR_RETURN(const auto activity, figures.Export(RequesterOf(request), period));
  return TableDownload(reports::ReviewActivityTable(activity),
                       "review-activity-" + domain::FormatCivilDate(period.from) + "-to-" +
                           domain::FormatCivilDate(period.to),
                       format == "xlsx");
}

}  // namespace

void AddReportRoutes(Router& router, const HandlerContext& context) {
  const domain::ReviewActivityService figures(context.store, context.clock, context.deadlines);

  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             PageHandler(context.renderer, [context, figures](const Request& request) {
               return ActivityPage(context, figures, request);
             }));

  router.Add(Method::kGet, std::string{kPagePath} + "/export",
             RoutePolicy::Authorised(Resource::kReport, Action::kExport),
             PageHandler(context.renderer,
                         [figures](const Request& request) { return Export(figures, request); }));
}

}  // namespace assure::http::pages
