#include "http/handlers/action_api_handlers.h"

#include <string>
#include <utility>

#include "domain/actions/action_service.h"
#include "domain/actions/review_round_service.h"
#include "http/handlers/action_api_input.h"
#include "http/handlers/action_api_params.h"
#include "http/handlers/action_json.h"
#include "http/handlers/admin_support.h"
#include "http/handlers/case_api_input.h"
#include "http/handlers/file_download.h"

namespace assure::http::handlers {

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

// An evidence file's bytes, as an attachment with its stored type (never shown inline).
Response EvidenceResponse(const domain::EvidenceFile& file, std::string bytes) {
  Response response;
  response.status = 200;
  response.body = std::move(bytes);
  response.SetHeader("Content-Type", file.content_type);
  response.SetHeader("Content-Disposition", AttachmentDisposition(file.file_name));
  response.SetHeader("X-Content-Type-Options", "nosniff");
  return response;
}

void AddActionsApi(Router& router, const domain::ActionService& actions, const ErrorPages* errors) {
  router.Add(Method::kGet, "/api/v1/actions",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             [actions, errors](const Request& request) {
               auto params = ParseActionListParams(request);
               if (!params.ok()) return errors->FromError(request, params.error());
               auto page = actions.List(RequesterOf(request), params->query);
               if (!page.ok()) return errors->FromError(request, page.error());
               return Response::Json(200, {{"actions", RatedActionsJson(page->actions)},
                                           {"total", page->total},
                                           {"page", params->page},
                                           {"per_page", params->per_page}});
             });

  router.Add(Method::kGet, "/api/v1/my-actions",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             [actions, errors](const Request& request) {
               auto mine = actions.MyActions(RequesterOf(request));
               if (!mine.ok()) return errors->FromError(request, mine.error());
               return Response::Json(200, {{"actions", RatedActionsJson(*mine)}});
             });

  router.Add(Method::kPost, "/api/v1/actions",
             RoutePolicy::Authorised(Resource::kAction, Action::kCreate),
             [actions, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto draft = NewActionFrom(*body);
               if (!draft.ok()) return errors->FromError(request, draft.error());
               auto created = actions.Create(RequesterOf(request), std::move(*draft));
               if (!created.ok()) return errors->FromError(request, created.error());
               return Created({{"action", ActionJson(*created)}}, ActionApiHref(created->id));
             });
}

void AddOneActionApi(Router& router, const domain::ActionService& actions,
                     const ErrorPages* errors) {
  router.Add(Method::kGet, "/api/v1/actions/{id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             [actions, errors](const Request& request) {
               auto view = actions.Get(RequesterOf(request), ActionIdOf(request));
               if (!view.ok()) return errors->FromError(request, view.error());
               return Response::Json(200, ActionViewJson(*view));
             });

  router.Add(Method::kPut, "/api/v1/actions/{id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             [actions, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto plan = ActionPlanFrom(*body);
               if (!plan.ok()) return errors->FromError(request, plan.error());
               plan->id = ActionIdOf(request);
               auto edited = actions.Edit(RequesterOf(request), std::move(*plan));
               if (!edited.ok()) return errors->FromError(request, edited.error());
               return Response::Json(200, {{"action", ActionJson(*edited)}});
             });

  router.Add(Method::kGet, "/api/v1/actions/{id}/updates",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             [actions, errors](const Request& request) {
               auto view = actions.Get(RequesterOf(request), ActionIdOf(request));
               if (!view.ok()) return errors->FromError(request, view.error());
               return Response::Json(200, {{"updates", UpdatesJson(view->updates)}});
             });

  router.Add(Method::kPost, "/api/v1/actions/{id}/updates",
             RoutePolicy::Authorised(Resource::kAction, Action::kUpdate),
             [actions, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto input = ActionUpdateFrom(*body);
               if (!input.ok()) return errors->FromError(request, input.error());
               const domain::ActionId id = ActionIdOf(request);
               auto recorded = actions.RecordUpdate(RequesterOf(request), id, std::move(*input));
               if (!recorded.ok()) return errors->FromError(request, recorded.error());
               return Created({{"action", ActionJson(recorded->action)},
                               {"update", UpdateViewJson(recorded->update)}},
                              ActionApiHref(id) + "/updates");
             });

  router.Add(Method::kGet, "/api/v1/actions/{id}/files/{file_id}",
             RoutePolicy::Authorised(Resource::kAction, Action::kRead),
             [actions, errors](const Request& request) {
               auto file = actions.GetEvidenceFile(RequesterOf(request), ActionIdOf(request),
                                                   IdParam(request, "file_id").value_or(0));
               if (!file.ok()) return errors->FromError(request, file.error());
               return EvidenceResponse(file->file, std::move(file->bytes));
             });
}

void AddReviewRoundsApi(Router& router, const domain::ReviewRoundService& rounds,
                        const ErrorPages* errors) {
  router.Add(Method::kGet, "/api/v1/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             [rounds, errors](const Request& request) {
               auto all = rounds.List(RequesterOf(request));
               if (!all.ok()) return errors->FromError(request, all.error());
               json list = json::array();
               for (const auto& round : *all) list.push_back(ReviewRoundJson(round));
               return Response::Json(200, {{"review_rounds", list}});
             });

  router.Add(Method::kPost, "/api/v1/review-rounds",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             [rounds, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto quarter = QuarterFrom(*body);
               if (!quarter.ok()) return errors->FromError(request, quarter.error());
               auto opened = rounds.Open(RequesterOf(request), *quarter);
               if (!opened.ok()) return errors->FromError(request, opened.error());
               return Created({{"review_round", ReviewRoundJson(*opened)}},
                              ReviewRoundApiHref(opened->id));
             });

  router.Add(Method::kGet, "/api/v1/review-rounds/{id}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             [rounds, errors](const Request& request) {
               auto view = rounds.Get(RequesterOf(request), IdParam(request, "id").value_or(0));
               if (!view.ok()) return errors->FromError(request, view.error());
               return Response::Json(200, RoundViewJson(*view));
             });

  router.Add(Method::kPut, "/api/v1/review-rounds/{id}/entries/{entry}",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kUpdate),
             [rounds, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto input = ReviewFrom(*body);
               if (!input.ok()) return errors->FromError(request, input.error());
               auto reviewed =
                   rounds.Review(RequesterOf(request), IdParam(request, "entry").value_or(0),
                                 *input, IdParam(request, "id").value_or(0));
               if (!reviewed.ok()) return errors->FromError(request, reviewed.error());
               return Response::Json(200, {{"entry", ReviewEntryJson(*reviewed)}});
             });

  router.Add(Method::kPost, "/api/v1/review-rounds/{id}/close",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kCreate),
             [rounds, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto version = VersionFrom(*body);
               if (!version.ok()) return errors->FromError(request, version.error());
               auto closed =
                   rounds.Close(RequesterOf(request), IdParam(request, "id").value_or(0), *version);
               if (!closed.ok()) return errors->FromError(request, closed.error());
               return Response::Json(200, {{"review_round", ReviewRoundJson(*closed)}});
             });
}

}  // namespace

void AddActionApiRoutes(Router& router, CaseApiDependencies deps) {
  const domain::ActionService actions(deps.store, deps.clock, deps.deadlines);
  const domain::ReviewRoundService rounds(deps.store, deps.clock, deps.deadlines);
  const ErrorPages* errors = &deps.error_pages;

  AddActionsApi(router, actions, errors);
  // Before /api/v1/actions/{id}: the router takes the first match.
  router.Add(Method::kGet, "/api/v1/actions/dashboard",
             RoutePolicy::Authorised(Resource::kReviewRound, Action::kRead),
             [rounds, errors](const Request& request) {
               auto dashboard = rounds.Dashboard(RequesterOf(request));
               if (!dashboard.ok()) return errors->FromError(request, dashboard.error());
               return Response::Json(200, DashboardJson(*dashboard));
             });
  AddOneActionApi(router, actions, errors);
  AddReviewRoundsApi(router, rounds, errors);
}

}  // namespace assure::http::handlers
