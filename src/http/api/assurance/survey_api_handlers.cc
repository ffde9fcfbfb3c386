// The staff survey routes of the API: /api/v1/assurance/surveys (GET the list, POST a new draft
// or {"copy_of": id}), /surveys/{id} (GET, PUT a draft's content), /surveys/{id}/open and /close
// (POST {"version"}), and /surveys/{id}/results: the aggregate only (survey_results.h), never a
// single answer, with every hidden number null.
#include <string>
#include <utility>

#include "domain/assurance/survey/survey_service.h"
#include "http/api/assurance/assurance_api_handlers.h"
#include "http/api/assurance/survey_json.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::SurveyId SurveyIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }

core::Result<Response> CreateSurvey(const domain::SurveyService& surveys, const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  const auto requester = RequesterOf(request);
  if (body.is_object() && body.contains("copy_of")) {
    JsonFields fields(body);
    const auto source = fields.Id("copy_of");
    ASSURE_TRY(fields.status());
    ASSURE_ASSIGN_OR_RETURN(const auto copied, surveys.Copy(requester, source.value_or(0)));
    return Response::Json(201, {{"survey", SurveyJson(copied)}});
  }
  ASSURE_ASSIGN_OR_RETURN(auto input, SurveyInputFrom(body));
  ASSURE_ASSIGN_OR_RETURN(const auto created,
                          surveys.Create(requester, std::move(input.content), input.activity_id));
  return Response::Json(201, {{"survey", SurveyJson(created)}});
}

core::Result<Response> Step(const domain::SurveyService& surveys, const Request& request,
                            bool open) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
  const auto requester = RequesterOf(request);
  const auto id = SurveyIdOf(request);
  ASSURE_ASSIGN_OR_RETURN(const auto changed, open ? surveys.Open(requester, id, version)
                                                   : surveys.Close(requester, id, version));
  return Response::Json(200, {{"survey", SurveyJson(changed, true)}});
}

}  // namespace

void AddSurveyApi(Router& router, const domain::SurveyService& surveys, const ErrorPages& errors) {
  const auto read = RoutePolicy::Authorised(Resource::kAssurance, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/api/v1/assurance/surveys", read,
             ApiHandler(errors, [surveys](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto list, surveys.List(RequesterOf(request)));
               json rows = json::array();
               for (const auto& survey : list) rows.push_back(SurveyJson(survey));
               return Response::Json(200, {{"surveys", rows}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/surveys",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
             ApiHandler(errors, [surveys](const Request& request) {
               return CreateSurvey(surveys, request);
             }));
  router.Add(Method::kGet, "/api/v1/assurance/surveys/{id}", read,
             ApiHandler(errors, [surveys](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       surveys.Get(RequesterOf(request), SurveyIdOf(request)));
               return Response::Json(200, {{"survey", SurveyViewJson(view)}});
             }));
  router.Add(Method::kPut, "/api/v1/assurance/surveys/{id}", update,
             ApiHandler(errors, [surveys](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto input, SurveyInputFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto updated,
                                       surveys.Update(RequesterOf(request), SurveyIdOf(request),
                                                      version, std::move(input.content)));
               return Response::Json(200, {{"survey", SurveyJson(updated)}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/surveys/{id}/open", update,
             ApiHandler(errors, [surveys](const Request& request) {
               return Step(surveys, request, true);
             }));
  router.Add(Method::kPost, "/api/v1/assurance/surveys/{id}/close", update,
             ApiHandler(errors, [surveys](const Request& request) {
               return Step(surveys, request, false);
             }));
  router.Add(Method::kGet, "/api/v1/assurance/surveys/{id}/results", read,
             ApiHandler(errors, [surveys](const Request& request) -> core::Result<Response> {
               const auto id = SurveyIdOf(request);
               ASSURE_ASSIGN_OR_RETURN(const auto results,
                                       surveys.Results(RequesterOf(request), id));
               return Response::Json(200, {{"results", SurveyResultsJson(id, results)}});
             }));
}

}  // namespace assure::http::api
