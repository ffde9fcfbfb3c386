// The case audit routes of the API: /api/v1/assurance/audits (GET the list: titles, dates and
// counts, POST
// a new audit with its tool and sample), /audits/{id} (GET: the audit, the parts the caller may
// read, the results), /audits/{id}/parts/{agency_id} (PUT the grades) and /submit (POST),
// /audits/{id}/records/{record_id}/moderation (PUT the agreed grade, with the audit's version)
// and /audits/{id}/close.
#include <string>
#include <utility>

#include "domain/assurance/audit/case_audit_service.h"
#include "http/api/assurance/assurance_api_handlers.h"
#include "http/api/assurance/audit_json.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::CaseAuditId AuditIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }
domain::AgencyId AgencyIdOf(const Request& request) {
  return IdParam(request, "agency_id").value_or(0);
}

core::Result<Response> PutGrades(const domain::CaseAuditService& audits, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(auto grades, AuditGradesFrom(body));
  ASSURE_ASSIGN_OR_RETURN(
      const auto part, audits.Grade(RequesterOf(request), AuditIdOf(request), AgencyIdOf(request),
                                    version, std::move(grades)));
  return Response::Json(200, {{"part", AuditPartJson(part)}});
}

core::Result<Response> PostSubmit(const domain::CaseAuditService& audits, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  std::optional<std::vector<domain::AuditGradeEntry>> grades;
  if (body.is_object() && body.contains("grades")) {
    ASSURE_ASSIGN_OR_RETURN(grades, AuditGradesFrom(body));
  }
  ASSURE_ASSIGN_OR_RETURN(
      const auto part, audits.Submit(RequesterOf(request), AuditIdOf(request), AgencyIdOf(request),
                                     version, std::move(grades)));
  return Response::Json(200, {{"part", AuditPartJson(part)}});
}

core::Result<Response> PutModeration(const domain::CaseAuditService& audits,
                                     const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  ASSURE_ASSIGN_OR_RETURN(auto moderation, ModerationFrom(body));
  ASSURE_ASSIGN_OR_RETURN(
      const auto audit,
      audits.Moderate(RequesterOf(request), AuditIdOf(request), version,
                      IdParam(request, "record_id").value_or(0), std::move(moderation)));
  return Response::Json(200, {{"audit", CaseAuditJson(audit)}});
}

}  // namespace

void AddCaseAuditApi(Router& router, const domain::CaseAuditService& audits,
                     const ErrorPages& errors) {
  const auto read = RoutePolicy::Authorised(Resource::kAssurance, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  const auto grade = RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kUpdate);
  router.Add(Method::kGet, "/api/v1/assurance/audits", read,
             ApiHandler(errors, [audits](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto list, audits.List(RequesterOf(request)));
               json rows = json::array();
               for (const auto& audit : list) rows.push_back(CaseAuditSummaryJson(audit));
               return Response::Json(200, {{"audits", rows}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/audits",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
             ApiHandler(errors, [audits](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto input, NewCaseAuditFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto opened,
                                       audits.Open(RequesterOf(request), std::move(input)));
               return Response::Json(201, {{"audit", CaseAuditJson(opened)}});
             }));
  router.Add(Method::kGet, "/api/v1/assurance/audits/{id}", read,
             ApiHandler(errors, [audits](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       audits.Get(RequesterOf(request), AuditIdOf(request)));
               return Response::Json(200, {{"audit", CaseAuditViewJson(view)}});
             }));
  router.Add(
      Method::kPut, "/api/v1/assurance/audits/{id}/parts/{agency_id}", grade,
      ApiHandler(errors, [audits](const Request& request) { return PutGrades(audits, request); }));
  router.Add(
      Method::kPost, "/api/v1/assurance/audits/{id}/parts/{agency_id}/submit", grade,
      ApiHandler(errors, [audits](const Request& request) { return PostSubmit(audits, request); }));
  router.Add(Method::kPut, "/api/v1/assurance/audits/{id}/records/{record_id}/moderation", update,
             ApiHandler(errors, [audits](const Request& request) {
               return PutModeration(audits, request);
             }));
  router.Add(Method::kPost, "/api/v1/assurance/audits/{id}/close", update,
             ApiHandler(errors, [audits](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto closed,
                   audits.Close(RequesterOf(request), AuditIdOf(request), version));
               return Response::Json(200, {{"audit", CaseAuditJson(closed)}});
             }));
}

}  // namespace assure::http::api
