#include "http/handlers/request_api_handlers.h"

#include <string>
#include <utility>

#include "domain/london_date.h"
#include "domain/reviews/information_request_service.h"
#include "http/handlers/admin_support.h"
#include "http/handlers/case_api_input.h"
#include "http/handlers/case_json.h"
#include "http/handlers/file_download.h"

namespace assure::http::handlers {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::InformationRequestId RequestId(const Request& request) {
  return IdParam(request, "id").value_or(0);
}

}  // namespace

void AddRequestApiRoutes(Router& router, CaseApiDependencies deps) {
  const domain::InformationRequestService requests(deps.store, deps.clock);
  const ErrorPages* errors = &deps.error_pages;
  const core::Clock* clock = &deps.clock;

  router.Add(Method::kGet, "/api/v1/requests",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
             [requests, errors, clock](const Request& request) {
               auto mine = requests.ForMyAgency(RequesterOf(request));
               if (!mine.ok()) return errors->FromError(request, mine.error());
               const auto today = domain::LondonDate(clock->Now());
               json list = json::array();
               for (const auto& view : *mine) list.push_back(RequestViewJson(view, today));
               return Response::Json(200, {{"requests", list}});
             });

  router.Add(Method::kGet, "/api/v1/requests/{id}",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
             [requests, errors, clock](const Request& request) {
               auto view = requests.Get(RequesterOf(request), RequestId(request));
               if (!view.ok()) return errors->FromError(request, view.error());
               return Response::Json(
                   200, {{"request", RequestViewJson(*view, domain::LondonDate(clock->Now()))}});
             });

  router.Add(Method::kGet, "/api/v1/requests/{id}/files/{file_id}",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kRead),
             [requests, errors](const Request& request) {
               auto file = requests.GetFile(RequesterOf(request), RequestId(request),
                                            IdParam(request, "file_id").value_or(0));
               if (!file.ok()) return errors->FromError(request, file.error());
               return FileDownload(file->file, std::move(file->bytes));
             });

  router.Add(Method::kPost, "/api/v1/requests/{id}/response",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kUpdate),
             [requests, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto version = VersionFrom(*body);
               if (!version.ok()) return errors->FromError(request, version.error());
               auto text = TextFrom(*body, "response");
               if (!text.ok()) return errors->FromError(request, text.error());
               auto answered = requests.Respond(RequesterOf(request), RequestId(request), *version,
                                                std::move(*text));
               if (!answered.ok()) return errors->FromError(request, answered.error());
               return Response::Json(200, {{"request", RequestJson(*answered)}});
             });

  router.Add(Method::kPost, "/api/v1/requests/{id}/withdraw",
             RoutePolicy::Authorised(Resource::kInformationRequest, Action::kUpdate),
             [requests, errors](const Request& request) {
               auto body = request.Json();
               if (!body.ok()) return errors->FromError(request, body.error());
               auto version = VersionFrom(*body);
               if (!version.ok()) return errors->FromError(request, version.error());
               auto withdrawn =
                   requests.Withdraw(RequesterOf(request), RequestId(request), *version);
               if (!withdrawn.ok()) return errors->FromError(request, withdrawn.error());
               return Response::Json(200, {{"request", RequestJson(*withdrawn)}});
             });
}

}  // namespace assure::http::handlers
