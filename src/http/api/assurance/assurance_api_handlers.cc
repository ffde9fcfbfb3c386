#include "http/api/assurance/assurance_api_handlers.h"

#include <string>
#include <utility>

#include "domain/assurance/activity_service.h"
#include "domain/assurance/framework_service.h"
#include "http/api/assurance/assurance_json.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

// "?year=2025" (the financial year starting in April 2025) and "?kind=".
struct ActivityFilter {
  std::optional<int> year;
  std::optional<domain::ActivityKind> kind;
};

core::Result<ActivityFilter> FilterOf(const Request& request) {
  ActivityFilter filter;
  if (const auto year = request.QueryParam("year")) {
    filter.year = ParseWhole(*year, 4);
    if (!filter.year || *filter.year < 1900) {
      return core::Error::InvalidInput("year", "Give the year the financial year starts in: 2025.");
    }
  }
  if (const auto kind = request.QueryParam("kind")) {
    filter.kind = domain::ParseActivityKind(*kind);
    if (!filter.kind) return core::Error::InvalidInput("kind", "Choose a kind of activity.");
  }
  return filter;
}

domain::ActivityId ActivityIdOf(const Request& request) {
  return IdParam(request, "id").value_or(0);
}

void AddActivityApi(Router& router, const domain::ActivityService& activities,
                    const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/assurance/activities",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             ApiHandler(errors, [activities](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto filter, FilterOf(request));
               ASSURE_ASSIGN_OR_RETURN(const auto list, activities.List(RequesterOf(request),
                                                                        filter.year, filter.kind));
               json rows = json::array();
               for (const auto& activity : list) rows.push_back(ActivityJson(activity));
               return Response::Json(200, {{"activities", rows}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/activities",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
             ApiHandler(errors, [activities](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto content, ActivityContentFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto created,
                                       activities.Create(RequesterOf(request), std::move(content)));
               return Response::Json(201, {{"activity", ActivityJson(created)}});
             }));
  router.Add(Method::kGet, "/api/v1/assurance/activities/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             ApiHandler(errors, [activities](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto activity,
                                       activities.Get(RequesterOf(request), ActivityIdOf(request)));
               return Response::Json(200, {{"activity", ActivityJson(activity)}});
             }));
  router.Add(Method::kPut, "/api/v1/assurance/activities/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate),
             ApiHandler(errors, [activities](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto content, ActivityContentFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto updated,
                   activities.Update(RequesterOf(request), ActivityIdOf(request), version,
                                     std::move(content)));
               return Response::Json(200, {{"activity", ActivityJson(updated)}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/activities/{id}/state",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate),
             ApiHandler(errors, [activities](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto name, TextFrom(body, "state"));
               const auto state = domain::ParseActivityState(name);
               if (!state) {
                 return core::Error::InvalidInput(
                     "state", "Choose planned, open, analysing, reporting or closed.");
               }
               ASSURE_ASSIGN_OR_RETURN(
                   const auto moved,
                   activities.Move(RequesterOf(request), ActivityIdOf(request), version, *state));
               return Response::Json(200, {{"activity", ActivityJson(moved)}});
             }));
}

void AddFrameworkApi(Router& router, const domain::FrameworkService& frameworks,
                     const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/assurance/frameworks",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             ApiHandler(errors, [frameworks](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto list, frameworks.List(RequesterOf(request)));
               json rows = json::array();
               for (const auto& framework : list) rows.push_back(FrameworkJson(framework));
               return Response::Json(200, {{"frameworks", rows}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/frameworks",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
             ApiHandler(errors, [frameworks](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               if (body.is_object() && body.contains("template")) {
                 ASSURE_ASSIGN_OR_RETURN(const auto key, TextFrom(body, "template"));
                 ASSURE_ASSIGN_OR_RETURN(const auto copied,
                                         frameworks.FromTemplate(RequesterOf(request), key));
                 return Response::Json(201, {{"framework", FrameworkJson(copied)}});
               }
               ASSURE_ASSIGN_OR_RETURN(auto draft, FrameworkDraftFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto created,
                                       frameworks.Create(RequesterOf(request), std::move(draft)));
               return Response::Json(201, {{"framework", FrameworkJson(created)}});
             }));
  router.Add(Method::kGet, "/api/v1/assurance/frameworks/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             ApiHandler(errors, [frameworks](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto framework,
                   frameworks.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
               return Response::Json(200, {{"framework", FrameworkJson(framework)}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/frameworks/{id}/versions",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate),
             ApiHandler(errors, [frameworks](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto draft, FrameworkDraftFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto revised,
                   frameworks.Revise(RequesterOf(request), IdParam(request, "id").value_or(0),
                                     std::move(draft)));
               return Response::Json(201, {{"framework", FrameworkJson(revised)}});
             }));
}

}  // namespace

void AddAssuranceApiRoutes(Router& router, const HandlerContext& context) {
  AddActivityApi(router, domain::ActivityService(context.store, context.clock),
                 context.error_pages);
  AddFrameworkApi(router, domain::FrameworkService(context.store, context.clock),
                  context.error_pages);
  AddRoundApi(router, domain::RoundService(context.store, context.clock),
              domain::ReturnService(context.store, context.clock), context.error_pages);
  AddSurveyApi(router, domain::SurveyService(context.store, context.clock, context.random),
               context.error_pages);
  AddCaseAuditApi(router, domain::CaseAuditService(context.store, context.clock),
                  context.error_pages);
  AddThematicReviewApi(router, domain::ThematicReviewService(context.store, context.clock),
                       context.error_pages);
}

}  // namespace assure::http::api
