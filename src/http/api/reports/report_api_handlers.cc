#include "http/api/reports/report_api_handlers.h"

#include <optional>
#include <string>

#include "domain/assurance/figures/assurance_figures_service.h"
#include "domain/learning/figures/learning_figures_service.h"
#include "domain/reviews/figures/review_activity_service.h"
#include "http/common/errors.h"
#include "http/common/form_view.h"
#include "reports/review_activity_report.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// {total, adult, child, joint}, and dhr for full reviews (never in total or adult).
json CountsJson(const reports::FigureRow& row) {
  json counts{{"total", row.counts.total()},
              {"adult", row.counts.adult},
              {"child", row.counts.child},
              {"joint", row.counts.joint}};
  if (row.dhr) counts["dhr"] = *row.dhr;
  return counts;
}

json OptionalNumber(const std::optional<double>& value) {
  if (!value) return nullptr;
  return *value;
}

// What every timeliness figure says; each adds its own counts of those not assessed.
json TimelinessJson(const domain::Timeliness& timeliness) {
  return {{"assessed", timeliness.assessed},
          {"within", timeliness.within},
          {"late", timeliness.late},
          {"share_within", OptionalNumber(timeliness.share_within())},
          {"median_working_days_late", OptionalNumber(timeliness.median_days_late)}};
}

json ActivityJson(const domain::ReviewActivity& activity) {
  json body{{"period",
             {{"from", domain::FormatCivilDate(activity.period.from)},
              {"to", domain::FormatCivilDate(activity.period.to)}}}};
  for (const auto& row : reports::ReviewActivityRows(activity)) {
    body[std::string{row.key}] = CountsJson(row);
  }
  body["notifications"] = activity.notifications;
  // Not assessed for want of a start: "unknown" for a notification (no date of becoming aware),
  // "without_start" for a rapid review (no notification recorded).
  body["notification_timeliness"] = TimelinessJson(activity.notification_timeliness);
  body["notification_timeliness"]["unknown"] = activity.notification_timeliness.no_start;
  body["timeliness"] = TimelinessJson(activity.timeliness);
  body["timeliness"]["without_start"] = activity.timeliness.no_start;
  body["timeliness"]["not_sent_to_panel"] = activity.timeliness.no_end;
  json themes = json::array();
  for (const auto& theme : activity.themes) {
    themes.push_back({{"theme", theme.theme}, {"cases", theme.cases}});
  }
  body["themes"] = std::move(themes);
  return body;
}

json LearningJson(const domain::LearningFigures& figures) {
  json agencies = json::array();
  for (const auto& line : figures.dissemination) {
    agencies.push_back({{"agency_id", line.agency_id},
                        {"agency", line.agency_name},
                        {"briefings", line.briefings},
                        {"confirmed", line.confirmed},
                        {"staff_reached", line.staff_reached}});
  }
  json by_rating = json::object();
  for (std::size_t i = 0; i < figures.usefulness.by_rating.size(); ++i) {
    by_rating[std::to_string(i + 1)] = figures.usefulness.by_rating[i];
  }
  return {{"period",
           {{"from", domain::FormatCivilDate(figures.period.from)},
            {"to", domain::FormatCivilDate(figures.period.to)}}},
          {"published",
           {{"total", figures.published.total()},
            {"seven_minute", figures.published.seven_minute},
            {"lessons_learned", figures.published.lessons_learned}}},
          {"dissemination", std::move(agencies)},
          {"usefulness",
           {{"responses", figures.usefulness.responses},
            {"by_rating", std::move(by_rating)},
            {"mean", OptionalNumber(figures.usefulness.mean())}}}};
}

// A count, or null where it is suppressed.
json OptionalCount(const std::optional<std::int64_t>& count) {
  return count ? json(*count) : json(nullptr);
}

json ThematicJson(const domain::AssuranceFigures& figures) {
  json reviews = json::array();
  for (const auto& line : figures.thematic_reviews) {
    json findings = json::object();
    for (const auto& [strength, count] : line.findings_by_strength) {
      findings[std::string{domain::EvidenceStrengthName(strength)}] = count;
    }
    findings["total"] = line.findings;
    json actions = json::object();
    for (const auto& [status, count] : line.actions_by_status) {
      actions[std::string{domain::ActionStatusName(status)}] = count;
    }
    reviews.push_back({{"review_id", line.review_id},
                       {"title", line.title},
                       {"findings", std::move(findings)},
                       {"recommendations", line.recommendations},
                       {"actions_by_status", std::move(actions)}});
  }
  return reviews;
}

json AssuranceJson(const domain::AssuranceFigures& figures) {
  json completed = json::object();
  for (const auto& [kind, count] : figures.completed) {
    completed[std::string{domain::ActivityKindName(kind)}] = count;
  }
  completed["total"] = figures.completed_total;
  json returns = json::array();
  for (const auto& line : figures.returns) {
    returns.push_back({{"agency_id", line.agency_id},
                       {"agency", line.agency_name},
                       {"due", line.due},
                       {"on_time", line.on_time},
                       {"late", line.late},
                       {"not_returned", line.not_returned}});
  }
  json surveys = json::array();
  for (const auto& survey : figures.surveys) {
    json agencies = json::array();
    for (const auto& group : survey.groups) {
      agencies.push_back({{"agency_id", group.agency_id},
                          {"agency", group.agency_name},
                          {"respondents", OptionalCount(group.respondents)},
                          {"suppressed", !group.respondents.has_value()}});
    }
    surveys.push_back({{"survey_id", survey.survey_id},
                       {"title", survey.title},
                       {"closed_on", domain::FormatCivilDate(survey.closed_on)},
                       {"minimum_group", survey.minimum_group},
                       {"respondents", OptionalCount(survey.total)},
                       {"by_agency", std::move(agencies)}});
  }
  return {{"period",
           {{"from", domain::FormatCivilDate(figures.period.from)},
            {"to", domain::FormatCivilDate(figures.period.to)}}},
          {"activities_completed", std::move(completed)},
          {"self_evaluation_returns", std::move(returns)},
          {"survey_responses", std::move(surveys)},
          {"thematic_reviews", ThematicJson(figures)}};
}

}  // namespace

void AddReportApiRoutes(Router& router, const HandlerContext& context) {
  const domain::ReviewActivityService figures(context.store, context.clock, context.deadlines);

  router.Add(Method::kGet, "/api/v1/reports/review-activity",
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             ApiHandler(context.error_pages,
                        [context, figures](const Request& request) -> core::Result<Response> {
                          const auto period = PeriodAsked(request);
                          if (!period)
                            return BadQuery(context.error_pages, request, period.error());
                          ASSURE_ASSIGN_OR_RETURN(const auto activity,
                                                  figures.Read(RequesterOf(request), *period));
                          return Response::Json(200, ActivityJson(activity));
                        }));

  const domain::LearningFiguresService learning(context.store, context.clock);
  router.Add(Method::kGet, "/api/v1/reports/learning",
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             ApiHandler(context.error_pages,
                        [context, learning](const Request& request) -> core::Result<Response> {
                          const auto period = PeriodAsked(request);
                          if (!period)
                            return BadQuery(context.error_pages, request, period.error());
                          ASSURE_ASSIGN_OR_RETURN(const auto computed,
                                                  learning.Read(RequesterOf(request), *period));
                          return Response::Json(200, LearningJson(computed));
                        }));

  const domain::AssuranceFiguresService assurance(context.store, context.clock);
  router.Add(Method::kGet, "/api/v1/reports/assurance",
             RoutePolicy::Authorised(Resource::kReport, Action::kRead),
             ApiHandler(context.error_pages,
                        [context, assurance](const Request& request) -> core::Result<Response> {
                          const auto period = PeriodAsked(request);
                          if (!period)
                            return BadQuery(context.error_pages, request, period.error());
                          ASSURE_ASSIGN_OR_RETURN(const auto computed,
                                                  assurance.Read(RequesterOf(request), *period));
                          return Response::Json(200, AssuranceJson(computed));
                        }));
}

}  // namespace assure::http::api
