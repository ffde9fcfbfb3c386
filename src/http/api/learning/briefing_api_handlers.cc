#include "http/api/learning/briefing_api_handlers.h"

#include <string>
#include <utility>

#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"
#include "domain/text_rules.h"
#include "http/api/learning/briefing_api_input.h"
#include "http/api/learning/briefing_json.h"
#include "http/api/learning/dissemination_api_handlers.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"
#include "reports/markdown_html.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::BriefingId BriefingIdOf(const Request& request) {
  return IdParam(request, "id").value_or(0);
}

// An approval or publication: 200 with the briefing, or 409 listing the unresolved hits.
Response OutcomeResponse(const Request& request, const domain::PublicationOutcome& outcome) {
  if (outcome.briefing) return Response::Json(200, {{"briefing", BriefingJson(*outcome.briefing)}});
  return Response::Json(
      409, {{"error", "conflict"},
            {"message",
             "The publication check found identifying details that are not resolved: change the "
             "text, or the business manager accepts each with a reason."},
            {"field", "hits"},
            {"error_id", request.request_id},
            {"hits", HitsJson(outcome.unresolved)}});
}

void AddBriefingsApi(Router& router, const domain::BriefingService& briefings,
                     const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/briefings",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kRead),
             ApiHandler(errors, [briefings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(auto query, BriefingQueryFrom(request));
               ASSURE_ASSIGN_OR_RETURN(const auto list,
                                       briefings.List(RequesterOf(request), std::move(query)));
               json rows = json::array();
               for (const auto& briefing : list) rows.push_back(BriefingJson(briefing));
               return Response::Json(200, {{"briefings", rows}});
             }));

  router.Add(Method::kPost, "/api/v1/briefings",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kCreate),
             ApiHandler(errors, [briefings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto content, BriefingContentFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto created,
                                       briefings.Create(RequesterOf(request), std::move(content)));
               auto response = Response::Json(201, {{"briefing", BriefingJson(created)}});
               response.SetHeader("Location", BriefingApiHref(created.id));
               return response;
             }));

  // Before /api/v1/briefings/{id}: the router takes the first match.
  router.Add(Method::kPost, "/api/v1/briefings/preview",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kCreate),
             ApiHandler(errors, [](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto markdown, TextFrom(body, "body_markdown"));
               ASSURE_TRY(domain::ValidateLongText("body_markdown", markdown,
                                                   domain::kBriefingBodyMax, false));
               return Response::Json(200, {{"body_html", reports::MarkdownHtml(markdown)}});
             }));

  router.Add(Method::kGet, "/api/v1/briefings/{id}",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kRead),
             ApiHandler(errors, [briefings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       briefings.Get(RequesterOf(request), BriefingIdOf(request)));
               return Response::Json(200, BriefingViewJson(view));
             }));

  router.Add(Method::kPut, "/api/v1/briefings/{id}",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kUpdate),
             ApiHandler(errors, [briefings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto content, BriefingContentFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto saved,
                                       briefings.Save(RequesterOf(request), BriefingIdOf(request),
                                                      std::move(content), version));
               return Response::Json(200, {{"briefing", BriefingJson(saved)}});
             }));

  router.Add(Method::kGet, "/api/v1/briefings/{id}/versions",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kRead),
             ApiHandler(errors, [briefings](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto versions,
                   briefings.Versions(RequesterOf(request), BriefingIdOf(request)));
               json list = json::array();
               for (const auto& version : versions) list.push_back(BriefingVersionJson(version));
               return Response::Json(200, {{"versions", list}});
             }));

  router.Add(Method::kGet, "/api/v1/briefings/{id}/compare",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kRead),
             ApiHandler(errors, [briefings](const Request& request) -> core::Result<Response> {
               const auto from = ParsePositive(request.QueryParam("from").value_or(""));
               if (!from) return core::Error::InvalidInput("from", "Give a saved version number.");
               const auto to = ParsePositive(request.QueryParam("to").value_or(""));
               if (!to) return core::Error::InvalidInput("to", "Give a saved version number.");
               ASSURE_ASSIGN_OR_RETURN(
                   const auto comparison,
                   briefings.Compare(RequesterOf(request), BriefingIdOf(request), *from, *to));
               return Response::Json(200, ComparisonJson(comparison));
             }));
}

void AddPublicationApi(Router& router, const domain::BriefingPublication& publication,
                       const ErrorPages& errors) {
  router.Add(Method::kPost, "/api/v1/briefings/{id}/check",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kRead),
             ApiHandler(errors, [publication](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto report, publication.Check(RequesterOf(request),
                                                                            BriefingIdOf(request)));
               return Response::Json(
                   200, {{"hits", HitsJson(report.hits)}, {"unresolved", report.unresolved}});
             }));

  router.Add(Method::kPost, "/api/v1/briefings/{id}/submit",
             RoutePolicy::Authorised(Resource::kBriefing, Action::kUpdate),
             ApiHandler(errors, [publication](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto submitted,
                   publication.Submit(RequesterOf(request), BriefingIdOf(request), version));
               return Response::Json(200, {{"briefing", BriefingJson(submitted)}});
             }));

  for (const bool publish : {false, true}) {
    router.Add(Method::kPost,
               publish ? "/api/v1/briefings/{id}/publish" : "/api/v1/briefings/{id}/approve",
               RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kUpdate),
               ApiHandler(errors,
                          [publication, publish](const Request& request) -> core::Result<Response> {
                            ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
                            ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
                            const auto requester = RequesterOf(request);
                            const domain::BriefingId id = BriefingIdOf(request);
                            ASSURE_ASSIGN_OR_RETURN(
                                const auto outcome,
                                publish ? publication.Publish(requester, id, version)
                                        : publication.Approve(requester, id, version));
                            return OutcomeResponse(request, outcome);
                          }));
  }

  router.Add(
      Method::kPost, "/api/v1/briefings/{id}/withdraw",
      RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kUpdate),
      ApiHandler(errors, [publication](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
        ASSURE_ASSIGN_OR_RETURN(const auto reason, TextFrom(body, "reason"));
        ASSURE_ASSIGN_OR_RETURN(
            const auto withdrawn,
            publication.Withdraw(RequesterOf(request), BriefingIdOf(request), version, reason));
        return Response::Json(200, {{"briefing", BriefingJson(withdrawn)}});
      }));

  router.Add(Method::kPost, "/api/v1/briefings/{id}/hits/{hit}/accept",
             RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kUpdate),
             ApiHandler(errors, [publication](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto reason, TextFrom(body, "reason"));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto accepted,
                   publication.AcceptHit(RequesterOf(request), BriefingIdOf(request),
                                         request.PathParam("hit").value_or(""), reason));
               return Response::Json(201, {{"acceptance", AcceptanceJson(accepted)}});
             }));

  router.Add(Method::kGet, "/api/v1/sensitive-places",
             RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kRead),
             ApiHandler(errors, [publication](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto places,
                                       publication.SensitivePlaces(RequesterOf(request)));
               return Response::Json(200, {{"places", places}});
             }));

  router.Add(Method::kPut, "/api/v1/sensitive-places",
             RoutePolicy::Authorised(Resource::kBriefingPublication, Action::kUpdate),
             ApiHandler(errors, [publication](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto places, PlacesFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto kept,
                   publication.SetSensitivePlaces(RequesterOf(request), std::move(places)));
               return Response::Json(200, {{"places", kept}});
             }));
}

}  // namespace

void AddBriefingApiRoutes(Router& router, const HandlerContext& context) {
  const domain::BriefingService briefings(context.store, context.clock);
  const domain::BriefingPublication publication(context.store, context.clock);
  AddBriefingsApi(router, briefings, context.error_pages);
  AddPublicationApi(router, publication, context.error_pages);
  const domain::DisseminationService dissemination(context.store, context.clock, context.deadlines);
  AddDisseminationApi(router, dissemination, context.error_pages);
}

}  // namespace assure::http::api
