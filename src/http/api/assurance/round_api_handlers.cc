// The rounds and returns routes of the assurance API (assurance_api_handlers.h).
#include <string>
#include <utility>

#include "http/api/assurance/assurance_api_handlers.h"
#include "http/api/assurance/assurance_json.h"
#include "http/common/downloads.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"
#include "http/multipart.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

constexpr std::string_view kReturn = "/api/v1/assurance/rounds/{id}/returns/{agency_id}";

domain::RoundId RoundIdOf(const Request& request) { return IdParam(request, "id").value_or(0); }
domain::AgencyId AgencyIdOf(const Request& request) {
  return IdParam(request, "agency_id").value_or(0);
}
std::string ReturnPath(std::string_view tail) { return std::string{kReturn} + std::string{tail}; }

// The evidence upload: multipart/form-data with "standard_id" and one file "file".
struct EvidenceUpload {
  domain::StandardId standard_id = 0;
  std::string file_name;
  std::string bytes;
};

core::Result<EvidenceUpload> EvidenceFrom(const Request& request) {
  auto form = ParseMultipart(request.Header("content-type").value_or(""), request.body);
  if (!form.ok()) return form.error();
  EvidenceUpload upload;
  for (const MultipartPart& part : form->parts()) {
    if (part.name == "standard_id" && !part.is_file()) {
      upload.standard_id = ParsePositive(part.content).value_or(0);
    } else if (part.name == "file" && part.is_file()) {
      upload.file_name = *part.file_name;
      upload.bytes = std::string{part.content};
    }
  }
  if (upload.standard_id == 0) {
    return core::Error::InvalidInput("standard_id", "Name the standard the evidence is for.");
  }
  return upload;
}

void AddRounds(Router& router, const domain::RoundService& rounds, const ErrorPages& errors) {
  router.Add(Method::kGet, "/api/v1/assurance/rounds",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto list, rounds.List(RequesterOf(request)));
               json rows = json::array();
               for (const auto& round : list) rows.push_back(RoundJson(round));
               return Response::Json(200, {{"rounds", rows}});
             }));
  router.Add(Method::kPost, "/api/v1/assurance/rounds",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto input, NewRoundFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto opened,
                                       rounds.Open(RequesterOf(request), std::move(input)));
               return Response::Json(201, {{"round", RoundJson(opened)}});
             }));
  router.Add(Method::kGet, "/api/v1/assurance/rounds/{id}",
             RoutePolicy::Authorised(Resource::kAssurance, Action::kRead),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       rounds.Get(RequesterOf(request), RoundIdOf(request)));
               return Response::Json(200, EvaluationRoundViewJson(view));
             }));
  for (const bool share : {false, true}) {
    router.Add(
        Method::kPost,
        share ? "/api/v1/assurance/rounds/{id}/share" : "/api/v1/assurance/rounds/{id}/close",
        share ? RoutePolicy::Authorised(Resource::kAssuranceSharing, Action::kUpdate)
              : RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate),
        ApiHandler(errors, [rounds, share](const Request& request) -> core::Result<Response> {
          ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
          ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
          const auto requester = RequesterOf(request);
          ASSURE_ASSIGN_OR_RETURN(const auto round,
                                  share ? rounds.Share(requester, RoundIdOf(request), version)
                                        : rounds.Close(requester, RoundIdOf(request), version));
          return Response::Json(200, {{"round", RoundJson(round)}});
        }));
  }
  router.Add(Method::kGet, "/api/v1/assurance/agencies/{agency_id}/trend",
             RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kRead),
             ApiHandler(errors, [rounds](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto points,
                                       rounds.Trend(RequesterOf(request), AgencyIdOf(request)));
               return Response::Json(
                   200, {{"agency_id", AgencyIdOf(request)}, {"rounds", TrendJson(points)}});
             }));
}

// The challenge step: ask (business unit), answer (the agency's lead), resolve (business unit).
void AddChallengeApi(Router& router, const domain::ReturnService& returns,
                     const ErrorPages& errors) {
  const auto update = RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kUpdate);
  router.Add(Method::kPost, ReturnPath("/challenges"), update,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               JsonFields fields(body);
               const auto standard = fields.Id("standard_id");
               auto question = fields.Text("question");
               ASSURE_TRY(fields.status());
               ASSURE_ASSIGN_OR_RETURN(
                   const auto asked,
                   returns.Ask(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request),
                               standard.value_or(0), std::move(question)));
               return Response::Json(201, {{"challenge", ChallengeJson(asked)}});
             }));
  router.Add(Method::kPost, ReturnPath("/challenges/{challenge_id}/answer"), update,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(auto answer, TextFrom(body, "answer"));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto answered,
                   returns.Answer(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request),
                                  IdParam(request, "challenge_id").value_or(0), std::move(answer)));
               return Response::Json(200, {{"challenge", ChallengeJson(answered)}});
             }));
  router.Add(
      Method::kPost, ReturnPath("/challenges/{challenge_id}/resolve"), update,
      ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        JsonFields fields(body);
        std::optional<std::string> agreed;
        if (auto rating = fields.Text("agreed_rating"); !rating.empty()) agreed = rating;
        ASSURE_TRY(fields.status());
        ASSURE_ASSIGN_OR_RETURN(
            const auto resolved,
            returns.Resolve(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request),
                            IdParam(request, "challenge_id").value_or(0), std::move(agreed)));
        return Response::Json(200, {{"challenge", ChallengeJson(resolved)}});
      }));
}

void AddReturns(Router& router, const domain::ReturnService& returns, const ErrorPages& errors) {
  const auto read = RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kAssuranceReturn, Action::kUpdate);
  router.Add(Method::kGet, std::string{kReturn}, read,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   const auto view,
                   returns.Get(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request)));
               return Response::Json(200, {{"return", ReturnViewJson(view)}});
             }));
  router.Add(Method::kPut, std::string{kReturn}, update,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto answers, AnswersFrom(body));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto saved,
                   returns.Save(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request),
                                version, std::move(answers)));
               return Response::Json(200, {{"return", ReturnJson(saved)}});
             }));
  router.Add(Method::kPost, ReturnPath("/submit"), update,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(const auto submitted,
                                       returns.Submit(RequesterOf(request), RoundIdOf(request),
                                                      AgencyIdOf(request), version));
               return Response::Json(200, {{"return", ReturnJson(submitted)}});
             }));
  router.Add(Method::kPost, ReturnPath("/reopen"), update,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto reason, TextFrom(body, "reason"));
               ASSURE_ASSIGN_OR_RETURN(
                   const auto reopened,
                   returns.Reopen(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request),
                                  version, std::move(reason)));
               return Response::Json(200, {{"return", ReturnJson(reopened)}});
             }));
  router.Add(Method::kPost, ReturnPath("/evidence"), update,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto upload, EvidenceFrom(request));
               ASSURE_ASSIGN_OR_RETURN(const auto file,
                                       returns.AddEvidence(RequesterOf(request), RoundIdOf(request),
                                                           AgencyIdOf(request), upload.standard_id,
                                                           upload.file_name, upload.bytes));
               return Response::Json(201, {{"evidence",
                                            {{"id", file.id},
                                             {"standard_id", file.standard_id},
                                             {"file_name", file.file_name},
                                             {"size", file.size}}}});
             }));
  router.Add(Method::kGet, ReturnPath("/evidence/{evidence_id}"), read,
             ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(
                   auto download,
                   returns.Evidence(RequesterOf(request), RoundIdOf(request), AgencyIdOf(request),
                                    IdParam(request, "evidence_id").value_or(0)));
               return Download(download.file.content_type, download.file.file_name,
                               std::move(download.bytes));
             }));
  router.Add(
      Method::kPost, ReturnPath("/actions"), update,
      ApiHandler(errors, [returns](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        JsonFields fields(body);
        domain::ImprovementAction action;
        action.standard_id = fields.Id("standard_id").value_or(0);
        action.title = fields.Text("title");
        action.success_measure = fields.Text("success_measure");
        action.due_on = fields.Date("due_on");
        ASSURE_TRY(fields.status());
        ASSURE_ASSIGN_OR_RETURN(const auto created, returns.AddImprovementAction(
                                                        RequesterOf(request), RoundIdOf(request),
                                                        AgencyIdOf(request), std::move(action)));
        return Response::Json(201, {{"action",
                                     {{"id", created.id},
                                      {"title", created.title},
                                      {"owner_agency_id", created.owner_agency_id},
                                      {"due_on", DateJson(created.due_on)},
                                      {"status", domain::ActionStatusName(created.status)}}}});
      }));
  AddChallengeApi(router, returns, errors);
}

}  // namespace

void AddRoundApi(Router& router, const domain::RoundService& rounds,
                 const domain::ReturnService& returns, const ErrorPages& errors) {
  AddRounds(router, rounds, errors);
  AddReturns(router, returns, errors);
}

}  // namespace assure::http::api
