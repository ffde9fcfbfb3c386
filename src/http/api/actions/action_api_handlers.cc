#include "http/api/actions/action_api_handlers.h"

#include <string>
#include <utility>

#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "http/api/actions/action_api_input.h"
#include "http/api/actions/action_api_params.h"
#include "http/api/actions/action_json.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::ActionId ActionIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

// 201 with the new record's address.
Response Created(const json& body, std::string location) {
  auto response = Response::Json(201, body);
  response.SetHeader("Location", std::move(location));
  return response;
}

void AddActionsApi(Router& router, const domain::ActionService& actions, const ErrorPages& errors) {
  router.Add(
      Method::kGet, "/api/v1/actions", RoutePolicy::Authorised(Resource::kAction, Action::kRead),
      ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto params, ParseActionListParams(request));
        ASSURE_ASSIGN_OR_RETURN(const auto page, actions.List(RequesterOf(request), params.query));
        return Response::Json(200, {{"actions", RatedActionsJson(page.actions)},
                                    {"total", page.total},
                                    {"page", params.page},
                                    {"per_page", params.per_page}});
      }));

  router.Add(Method::kGet, "/api/v1/my-actions",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto mine, actions.MyActions(RequesterOf(request)));
               return Response::Json(200, {{"actions", RatedActionsJson(mine)}});
             }));

  router.Add(Method::kPost, "/api/v1/actions",
             RoutePolicy::Authorised(Resource::kAction, Action::kCreate),
             ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto draft, NewActionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto created,
                                       actions.Create(RequesterOf(request), std::move(draft)));
               return Created({{"action", ActionJson(created)}}, ActionApiHref(created.id));
             }));
}

void AddOneActionApi(Router& router, const domain::ActionService& actions,
                     const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/actions/{id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       actions.Get(RequesterOf(request), ActionIdOf(request)));
               return Response::Json(200, ActionViewJson(view));
             }));

  router.Add(Method::kPut, "/api/v1/actions/{id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto plan, ActionPlanFrom(body));
               plan.id = ActionIdOf(request);
               ASSURE_ASSIGN_OR_RETURN(const auto edited,
                                       actions.Edit(RequesterOf(request), std::move(plan)));
               return Response::Json(200, {{"action", ActionJson(edited)}});
             }));

  router.Add(Method::kGet, "/api/v1/actions/{id}/updates",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       actions.Get(RequesterOf(request), ActionIdOf(request)));
               return Response::Json(200, {{"updates", UpdatesJson(view.updates)}});
             }));

  router.Add(
      Method::kPost, "/api/v1/actions/{id}/updates",
      RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
      ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        ASSURE_ASSIGN_OR_RETURN(auto input, ActionUpdateFrom(body));
        const domain::ActionId id = ActionIdOf(request);
        ASSURE_ASSIGN_OR_RETURN(const auto recorded,
                                actions.RecordUpdate(RequesterOf(request), id, std::move(input)));
        return Created(
            {{"action", ActionJson(recorded.action)}, {"update", UpdateViewJson(recorded.update)}},
            ActionApiHref(id) + "/updates");
      }));

  router.Add(Method::kGet, "/api/v1/actions/{id}/files/{file_id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             ApiHandler(errors, [actions](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   auto evidence, actions.GetEvidenceFile(RequesterOf(request), ActionIdOf(request),
                                                          IdParam(request, "file_id").value_or(0)));
               return Download(evidence.file.content_type, evidence.file.file_name,
                               std::move(evidence.bytes));
             }));
}

void AddReviewRoundsApi(Router& router, const domain::ReviewRoundService& rounds,
                        const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto all, rounds.List(RequesterOf(request)));
               json list = json::array();
               for (const auto& round : all) list.push_back(ReviewRoundJson(round));
               return Response::Json(200, {{"review_rounds", list}});
             }));

  router.Add(
      Method::kPost, "/api/v1/review-rounds",
      RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
      ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        ASSURE_ASSIGN_OR_RETURN(const auto quarter, QuarterFrom(body));
        ASSURE_ASSIGN_OR_RETURN(const auto opened, rounds.Open(RequesterOf(request), quarter));
        return Created({{"review_round", ReviewRoundJson(opened)}}, ReviewRoundApiHref(opened.id));
      }));

  router.Add(Method::kGet, "/api/v1/review-rounds/{id}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto view,
                   rounds.Get(RequesterOf(request), IdParam(request, "id").value_or(0)));
               return Response::Json(200, RoundViewJson(view));
             }));

  router.Add(Method::kPut, "/api/v1/review-rounds/{id}/entries/{entry}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kUpdate),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto input, ReviewFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto reviewed,
                   rounds.Review(RequesterOf(request), IdParam(request, "entry").value_or(0), input,
                                 IdParam(request, "id").value_or(0)));
               return Response::Json(200, {{"entry", ReviewEntryJson(reviewed)}});
             }));

  router.Add(Method::kPost, "/api/v1/review-rounds/{id}/close",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto closed,
                   rounds.Close(RequesterOf(request), IdParam(request, "id").value_or(0), version));
               return Response::Json(200, {{"review_round", ReviewRoundJson(closed)}});
             }));
}

}  // namespace

void AddActionApiRoutes(Router& router, const HandlerContext& context) {
  const domain::ActionService actions(context.store, context.clock, context.deadlines);
  const domain::ReviewRoundService rounds(context.store, context.clock, context.deadlines);
  const ErrorPages& errors = context.error_pages;

  AddActionsApi(router, actions, errors);
  // Before /api/v1/actions/{id}: the router takes the first match.
  router.Add(Method::kGet, "/api/v1/actions/dashboard",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto dashboard,
                                       rounds.Dashboard(RequesterOf(request)));
               return Response::Json(200, DashboardJson(dashboard));
             }));
  AddOneActionApi(router, actions, errors);
  AddReviewRoundsApi(router, rounds, errors);
}

}  // namespace assure::http::api
