// The thematic review routes of the API: /api/v1/assurance/thematic-reviews (GET the list, POST a
// new review), /thematic-reviews/{id} (GET with its evidence, findings and recommendations, and
// for the business unit the evidence sources; PUT its scope and narrative), POST
// /thematic-reviews/{id}/evidence, /findings, /recommendations (each recommendation's action made
// with it) and /report (the report drafted as a Lessons Learned Briefing).
#include <string>
#include <utility>

#include "domain/assurance/thematic/thematic_review_service.h"
#include "http/api/assurance/assurance_api_handlers.h"
#include "http/api/assurance/thematic_json.h"
#include "http/common/errors.h"
#include "http/common/json_fields.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

domain::ThematicReviewId ReviewIdOf(const Request& request) {
  return IdParam(request, "id").value_or(0);
}

core::Result<Response> Answer(const core::Result<domain::ThematicReview>& review, int status) {
  if (!review.ok()) return review.error();
  return Response::Json(status, {{"thematic_review", ThematicReviewJson(*review)}});
}

core::Result<Response> PostEvidence(const domain::ThematicReviewService& reviews,
                                    const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto evidence, NewEvidenceFrom(body));
  return Answer(reviews.AddEvidence(RequesterOf(request), ReviewIdOf(request), std::move(evidence)),
                201);
}

core::Result<Response> PostFinding(const domain::ThematicReviewService& reviews,
                                   const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto finding, FindingFrom(body));
  return Answer(reviews.AddFinding(RequesterOf(request), ReviewIdOf(request), std::move(finding)),
                201);
}

core::Result<Response> PostRecommendation(const domain::ThematicReviewService& reviews,
                                          const Request& request) {
  ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
  ASSURE_ASSIGN_OR_RETURN(auto recommendation, NewRecommendationFrom(body));
  return Answer(reviews.AddRecommendation(RequesterOf(request), ReviewIdOf(request),
                                          std::move(recommendation)),
                201);
}

}  // namespace

void AddThematicReviewApi(Router& router, const domain::ThematicReviewService& reviews,
                          const ErrorPages& errors) {
  const auto read = RoutePolicy::Authorised(Resource::kAssurance, Action::kRead);
  const auto update = RoutePolicy::Authorised(Resource::kAssurance, Action::kUpdate);
  router.Add(Method::kGet, "/api/v1/assurance/thematic-reviews", read,
             ApiHandler(errors, [reviews](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto list, reviews.List(RequesterOf(request)));
               json rows = json::array();
               for (const auto& review : list) rows.push_back(ThematicReviewSummaryJson(review));
               return Response::Json(200, {{"thematic_reviews", rows}});
             }));
  router.Add(
      Method::kPost, "/api/v1/assurance/thematic-reviews",
      RoutePolicy::Authorised(Resource::kAssurance, Action::kCreate),
      ApiHandler(errors, [reviews](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
        ASSURE_ASSIGN_OR_RETURN(auto input, ThematicReviewInputFrom(body));
        return Answer(
            reviews.Create(RequesterOf(request), std::move(input.content), input.activity_id), 201);
      }));
  router.Add(Method::kGet, "/api/v1/assurance/thematic-reviews/{id}", read,
             ApiHandler(errors, [reviews](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto view,
                                       reviews.Get(RequesterOf(request), ReviewIdOf(request)));
               return Response::Json(200, {{"thematic_review", ThematicReviewViewJson(view)}});
             }));
  router.Add(Method::kPut, "/api/v1/assurance/thematic-reviews/{id}", update,
             ApiHandler(errors, [reviews](const Request& request) -> core::Result<Response> {
               ASSURE_ASSIGN_OR_RETURN(const auto body, request.Json());
               ASSURE_ASSIGN_OR_RETURN(const auto version, VersionFrom(body));
               ASSURE_ASSIGN_OR_RETURN(auto input, ThematicReviewInputFrom(body));
               return Answer(reviews.Update(RequesterOf(request), ReviewIdOf(request), version,
                                            std::move(input.content)),
                             200);
             }));
  router.Add(Method::kPost, "/api/v1/assurance/thematic-reviews/{id}/evidence", update,
             ApiHandler(errors, [reviews](const Request& request) {
               return PostEvidence(reviews, request);
             }));
  router.Add(Method::kPost, "/api/v1/assurance/thematic-reviews/{id}/findings", update,
             ApiHandler(errors, [reviews](const Request& request) {
               return PostFinding(reviews, request);
             }));
  router.Add(Method::kPost, "/api/v1/assurance/thematic-reviews/{id}/recommendations", update,
             ApiHandler(errors, [reviews](const Request& request) {
               return PostRecommendation(reviews, request);
             }));
  router.Add(
      Method::kPost, "/api/v1/assurance/thematic-reviews/{id}/report", update,
      ApiHandler(errors, [reviews](const Request& request) -> core::Result<Response> {
        ASSURE_ASSIGN_OR_RETURN(const auto briefing,
                                reviews.DraftReport(RequesterOf(request), ReviewIdOf(request)));
        return Response::Json(200, {{"briefing_id", briefing},
                                    {"briefing_path", "/briefings/" + std::to_string(briefing)}});
      }));
}

}  // namespace assure::http::api
