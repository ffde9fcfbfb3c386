#include "http/handlers/report_handlers.h"

#include <charconv>
#include <cstdio>
#include <optional>
#include <string>

#include "domain/reviews/review_activity_service.h"
#include "http/handlers/admin_support.h"
#include "http/handlers/file_download.h"
#include "http/handlers/page_render.h"
#include "reports/review_activity_report.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::CivilDate;
using domain::DatePeriod;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kPage = "review_activity";
constexpr std::string_view kPagePath = "/reports/review-activity";

// A GOV.UK date input's three fields, as typed.
struct DateFields {
  std::string day;
  std::string month;
  std::string year;
};

DateFields FieldsOf(CivilDate date) {
  return {std::to_string(static_cast<unsigned>(date.day())),
          std::to_string(static_cast<unsigned>(date.month())),
          std::to_string(static_cast<int>(date.year()))};
}

std::optional<int> Number(const std::string& text) {
  int value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc{} || ptr != end) return std::nullopt;
  return value;
}

// One end of the period as the page's query gives it: the date input's three fields (name-day,
// name-month, name-year) or name=YYYY-MM-DD. nullopt when the query has neither.
struct AskedDate {
  DateFields fields;  // as typed, to show again
  core::Result<CivilDate> date = core::Error::Internal("not read");
};

std::optional<AskedDate> DateAsked(const Request& request, const std::string& name,
                                   std::string_view which) {
  const auto day = request.QueryParam(name + "-day");
  const auto month = request.QueryParam(name + "-month");
  const auto year = request.QueryParam(name + "-year");
  const auto whole = request.QueryParam(name);
  if (!day && !month && !year && !whole) return std::nullopt;
  AskedDate asked;
  std::string text;
  if (day || month || year) {
    asked.fields = {day.value_or(""), month.value_or(""), year.value_or("")};
    const auto d = Number(asked.fields.day);
    const auto m = Number(asked.fields.month);
    const auto y = Number(asked.fields.year);
    if (d && m && y && *d >= 1 && *d <= 31 && *m >= 1 && *m <= 12 && *y >= 1 && *y <= 9999) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", *y, *m, *d);
      text = buffer;
    } else if (asked.fields.day.empty() && asked.fields.month.empty() &&
               asked.fields.year.empty()) {
      text.clear();
    } else {
      text = "invalid";
    }
  } else {
    text = *whole;
  }
  if (text.empty()) {
    asked.date = core::Error::InvalidInput(name, "Enter the " + std::string{which} + " date.");
    return asked;
  }
  if (auto date = domain::ParseCivilDate(text)) {
    asked.date = *date;
    if (!day && !month && !year) asked.fields = FieldsOf(*date);
  } else {
    if (!day && !month && !year) asked.fields = {"", "", ""};
    asked.date = core::Error::InvalidInput(
        name, "The " + std::string{which} + " date must be a real date, like 1 4 2019.");
  }
  return asked;
}

std::string PeriodQuery(const DatePeriod& period) {
  return "from=" + domain::FormatCivilDate(period.from) +
         "&to=" + domain::FormatCivilDate(period.to);
}

json CountsJson(const domain::TypeCounts& counts) {
  return {{"total", counts.total()},
          {"adult", counts.adult},
          {"child", counts.child},
          {"joint", counts.joint}};
}

json OptionalNumber(const std::optional<double>& value) {
  if (!value) return nullptr;
  return *value;
}

json ActivityJson(const domain::ReviewActivity& activity) {
  json body{{"period",
             {{"from", domain::FormatCivilDate(activity.period.from)},
              {"to", domain::FormatCivilDate(activity.period.to)}}}};
  for (const auto& row : reports::ReviewActivityRows(activity)) {
    body[std::string{row.key}] = CountsJson(row.counts);
  }
  body["notifications"] = activity.notifications;
  const auto& timeliness = activity.timeliness;
  body["timeliness"] = {{"assessed", timeliness.assessed},
                        {"within", timeliness.within},
                        {"late", timeliness.late},
                        {"without_start", timeliness.no_start},
                        {"share_within", OptionalNumber(timeliness.share_within())},
                        {"median_working_days_late", OptionalNumber(timeliness.median_days_late)}};
  json themes = json::array();
  for (const auto& theme : activity.themes) {
    themes.push_back({{"theme", theme.theme}, {"cases", theme.cases}});
  }
  body["themes"] = std::move(themes);
  return body;
}

// The figures part of the page's context.
void AddFigures(json& page, const domain::ReviewActivity& activity) {
  json rows = json::array();
  for (const auto& row : reports::ReviewActivityRows(activity)) {
    rows.push_back({{"label", row.label},
                    {"total", std::to_string(row.counts.total())},
                    {"adult", std::to_string(row.counts.adult)},
                    {"child", std::to_string(row.counts.child)},
                    {"joint", std::to_string(row.counts.joint)}});
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
  const auto& timeliness = activity.timeliness;
  page["timeliness"] = {{"assessed", std::to_string(timeliness.assessed)},
                        {"within", std::to_string(timeliness.within)},
                        {"late", std::to_string(timeliness.late)},
                        {"share", reports::FormatShare(timeliness.share_within())},
                        {"median", reports::FormatDaysLate(timeliness.median_days_late)},
                        {"no_start", timeliness.no_start > 0},
                        {"no_start_count", std::to_string(timeliness.no_start)}};
  json themes = json::array();
  for (const auto& theme : activity.themes) {
    themes.push_back({{"theme", theme.theme}, {"cases", std::to_string(theme.cases)}});
  }
  page["has_themes"] = !themes.empty();
  page["themes"] = std::move(themes);
  page["show_figures"] = true;
}

void AddDateFields(json& page, const std::string& name, const DateFields& fields) {
  page[name + "_day"] = fields.day;
  page[name + "_month"] = fields.month;
  page[name + "_year"] = fields.year;
}

// 400 with the standard JSON error naming the field (error_pages.h's shape).
Response BadRequest(const Request& request, const core::Error& error) {
  json body{{"error", "invalid_input"},
            {"message", error.message},
            {"field", error.field},
            {"error_id", request.request_id}};
  return Response::Json(400, body);
}

}  // namespace

void AddReportRoutes(Router& router, ReportDependencies deps) {
  const domain::ReviewActivityService figures(deps.store, deps.clock, deps.deadlines);

  router.Add(Method::kGet, std::string{kPagePath},
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             [deps, figures](const Request& request) {
               const auto requester = RequesterOf(request);
               json page{{"title", "Review activity"}, {"action_href", kPagePath}};
               auto from = DateAsked(request, "from", "start");
               auto to = DateAsked(request, "to", "end");
               DatePeriod period = figures.DefaultPeriod();
               if (from || to) {
                 if (!from)
                   from = AskedDate{{}, core::Error::InvalidInput("from", "Enter the start date.")};
                 if (!to)
                   to = AskedDate{{}, core::Error::InvalidInput("to", "Enter the end date.")};
                 AddDateFields(page, "from", from->fields);
                 AddDateFields(page, "to", to->fields);
                 if (!from->date.ok()) AddFieldError(page, from->date.error(), "from", "from-day");
                 if (!to->date.ok()) AddFieldError(page, to->date.error(), "to", "to-day");
                 if (from->date.ok() && to->date.ok()) {
                   period = {*from->date, *to->date};
                   if (auto valid = domain::ValidatePeriod(period); !valid.ok()) {
                     AddFieldError(page, valid.error(), "to", "to-day");
                   }
                 }
               } else {
                 AddDateFields(page, "from", FieldsOf(period.from));
                 AddDateFields(page, "to", FieldsOf(period.to));
               }
               if (page.contains("errors")) {
                 return RenderPage(deps.renderer, request, kPage, std::move(page), 422);
               }
               auto activity = figures.Read(requester, period);
               if (!activity.ok()) return ErrorResponse(deps.renderer, request, activity.error());
               AddFigures(page, *activity);
               if (domain::MayEver(requester.principal, Resource::kReport, Action::kExport)) {
                 const std::string query = PeriodQuery(period);
                 page["may_export"] = true;
                 page["csv_href"] = std::string{kPagePath} + "/export?" + query + "&format=csv";
                 page["xlsx_href"] = std::string{kPagePath} + "/export?" + query + "&format=xlsx";
               }
               return RenderPage(deps.renderer, request, kPage, std::move(page));
             });

  router.Add(Method::kGet, "/api/v1/reports/review-activity",
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             [deps, figures](const Request& request) {
               auto period = domain::ParsePeriod(request.QueryParam("from").value_or(""),
                                                 request.QueryParam("to").value_or(""));
               if (!period.ok()) return BadRequest(request, period.error());
               auto activity = figures.Read(RequesterOf(request), *period);
               if (!activity.ok()) return deps.error_pages.FromError(request, activity.error());
               return Response::Json(200, ActivityJson(*activity));
             });

  router.Add(Method::kGet, std::string{kPagePath} + "/export",
             RoutePolicy::Authorised(Resource::kReport, Action::kExport),
             [deps, figures](const Request& request) {
               auto period = domain::ParsePeriod(request.QueryParam("from").value_or(""),
                                                 request.QueryParam("to").value_or(""));
               if (!period.ok()) return ErrorResponse(deps.renderer, request, period.error());
               const std::string format = request.QueryParam("format").value_or("csv");
               if (format != "csv" && format != "xlsx") {
                 return ErrorResponse(deps.renderer, request,
                                      core::Error::InvalidInput("format", "Choose csv or xlsx."));
               }
               auto activity = figures.Export(RequesterOf(request), *period);
               if (!activity.ok()) return ErrorResponse(deps.renderer, request, activity.error());
               const auto table = reports::ReviewActivityTable(*activity);
               const std::string name = "review-activity-" + domain::FormatCivilDate(period->from) +
                                        "-to-" + domain::FormatCivilDate(period->to) + "." + format;
               Response response;
               if (format == "csv") {
                 response = Response::Text(200, reports::ToCsv(table));
                 response.SetHeader("Content-Type", "text/csv; charset=utf-8");
               } else {
                 auto xlsx = reports::ToXlsx(table);
                 if (!xlsx.ok()) return ErrorResponse(deps.renderer, request, xlsx.error());
                 response = Response::Text(200, std::move(*xlsx));
                 response.SetHeader(
                     "Content-Type",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
               }
               response.SetHeader("Content-Disposition", AttachmentDisposition(name));
               return response;
             });
}

}  // namespace assure::http::handlers
