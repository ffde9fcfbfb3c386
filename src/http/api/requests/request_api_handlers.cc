#include "http/api/requests/request_api_handlers.h"

#include <string>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/requests/information_request_service.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/handler_context.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"
#include "http/common/review_json.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::InformationRequestId RequestId(const Request& request) {
  return IdParam(request, "id").value_or(0);
}

}  // namespace

void AddRequestApiRoutes(Router& router, const HandlerContext& context) {
  const domain::InformationRequestService requests(context.store, context.clock);
  const auto& errors = context.error_pages;
  const core::Clock* clock = &context.clock;

  router.Add(
      Method::kGet, "/api/v1/requests",
      RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
      ApiHandler(errors, [requests, clock](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto mine, requests.ForMyAgency(RequesterOf(request)));
        const auto today = domain::LondonDate(clock->Now());
        json list = json::array();
        for (const auto& view : mine) list.push_back(RequestViewJson(view, today));
        return Response::Json(200, {{"requests", list}});
      }));

  router.Add(
      Method::kGet, "/api/v1/requests/{id}",
      RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
      ApiHandler(errors, [requests, clock](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto view,
                                requests.Get(RequesterOf(request), RequestId(request)));
        return Response::Json(
            200, {{"request", RequestViewJson(view, domain::LondonDate(clock->Now()))}});
      }));

  router.Add(Method::kGet, "/api/v1/requests/{id}/files/{file_id}",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
             ApiHandler(errors, [requests](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(auto file,
                                       requests.GetFile(RequesterOf(request), RequestId(request),
                                                        IdParam(request, "file_id").value_or(0)));
               return FileDownload(file.file, std::move(file.bytes));
             }));

  router.Add(Method::kPost, "/api/v1/requests/{id}/response",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kUpdate),
             ApiHandler(errors, [requests](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto text, TextFrom(body, "response"));
               ASSURE_ASSIGN_OR_RETURN(const auto answered,
                                       requests.Respond(RequesterOf(request), RequestId(request),
                                                        version, std::move(text)));
               return Response::Json(200, {{"request", RequestJson(answered)}});
             }));

  router.Add(Method::kPost, "/api/v1/requests/{id}/withdraw",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kUpdate),
             ApiHandler(errors, [requests](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto withdrawn,
                   requests.Withdraw(RequesterOf(request), RequestId(request), version));
               return Response::Json(200, {{"request", RequestJson(withdrawn)}});
             }));
}

}  // namespace assure::http::api
