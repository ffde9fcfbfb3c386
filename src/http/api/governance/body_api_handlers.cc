// The bodies routes of the API: /api/v1/bodies (GET the structure, POST a new body),
// /bodies/{id} (GET with its members, current terms, children and the statutory partners without a
// member; PUT its content with the version), /bodies/{id}/terms (GET every version, newest first;
// POST the next), /bodies/{id}/members (POST) and /bodies/{id}/members/{member} (PUT the member's
// details; ending a membership sets to_on).
#include <string>
#include <utility>

#include "domain/governance/body_service.h"
#include "http/api/governance/body_json.h"
#include "http/api/governance/governance_api_handlers.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::BodyId BodyIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

core::Result<Response> PostBody(const domain::BodyService& bodies, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto content, BodyContentFrom(body));
  ASSURE_ASSIGN_OR_RETURN(const auto created,
                          bodies.Create(RequesterOf(request), std::move(content)));
  return Response::Json(201, {{"body", BodyJson(created)}});
}

core::Result<Response> PutBody(const domain::BodyService& bodies, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(auto content, BodyContentFrom(body));
  ASSURE_ASSIGN_OR_RETURN(const auto updated, bodies.Update(RequesterOf(request), BodyIdOf(request),
                                                            version, std::move(content)));
  return Response::Json(200, {{"body", BodyJson(updated)}});
}

core::Result<Response> PostTerms(const domain::BodyService& bodies, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto input, TermsFrom(body));
  auto saved = bodies.SaveTerms(RequesterOf(request), BodyIdOf(request), std::move(input.text),
                                input.review_on);
  if (!saved.ok()) return WithApiField(saved.error(), "terms", "text");
  return Response::Json(201, {{"terms", TermsJson(*saved)}});
}

core::Result<Response> PostMember(const domain::BodyService& bodies, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto member, MemberFrom(body));
  const auto id = BodyIdOf(request);
  member.body_id = id;
  ASSURE_ASSIGN_OR_RETURN(const auto added,
                          bodies.AddMember(RequesterOf(request), id, std::move(member)));
  return Response::Json(201, {{"member", MemberJson(added)}});
}

core::Result<Response> PutMember(const domain::BodyService& bodies, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto member, MemberFrom(body));
  const auto id = BodyIdOf(request);
  member.id = IdParam(request, "member").value_or(0);
  member.body_id = id;
  ASSURE_ASSIGN_OR_RETURN(const auto updated,
                          bodies.UpdateMember(RequesterOf(request), id, std::move(member)));
  return Response::Json(200, {{"member", MemberJson(updated)}});
}

}  // namespace

void AddBodyApi(Router& router, const domain::BodyService& bodies, const ErrorPages& errors) {
  const auto read = RoutePolicy::Authorised(Resource::kGovernance, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kGovernance, Action::kUpdate);
  router.Add(Method::kGet, "/api/v1/bodies", read,
             ApiHandler(errors, [bodies](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto list, bodies.List(RequesterOf(request)));
               json rows = json::array();
               for (const auto& body : list) rows.push_back(BodySummaryJson(body));
               return Response::Json(200, {{"bodies", rows}});
             }));
  router.Add(
      Method::kPost, "/api/v1/bodies",
      RoutePolicy::Authorised(Resource::kGovernance, Action::kCreate),
      ApiHandler(errors, [bodies](const Request& request) { return PostBody(bodies, request); }));
  router.Add(Method::kGet, "/api/v1/bodies/{id}", read,
             ApiHandler(errors, [bodies](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       bodies.Get(RequesterOf(request), BodyIdOf(request)));
               return Response::Json(200, {{"body", BodyViewJson(view)}});
             }));
  router.Add(
      Method::kPut, "/api/v1/bodies/{id}", update,
      ApiHandler(errors, [bodies](const Request& request) { return PutBody(bodies, request); }));
  router.Add(Method::kGet, "/api/v1/bodies/{id}/terms", read,
             ApiHandler(errors, [bodies](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto history, bodies.TermsHistory(RequesterOf(request),
                                                                               BodyIdOf(request)));
               json rows = json::array();
               for (const auto& terms : history) rows.push_back(TermsJson(terms));
               return Response::Json(200, {{"terms", rows}});
             }));
  router.Add(
      Method::kPost, "/api/v1/bodies/{id}/terms", update,
      ApiHandler(errors, [bodies](const Request& request) { return PostTerms(bodies, request); }));
  router.Add(
      Method::kPost, "/api/v1/bodies/{id}/members", update,
      ApiHandler(errors, [bodies](const Request& request) { return PostMember(bodies, request); }));
  router.Add(
      Method::kPut, "/api/v1/bodies/{id}/members/{member}", update,
      ApiHandler(errors, [bodies](const Request& request) { return PutMember(bodies, request); }));
}

}  // namespace assure::http::api
