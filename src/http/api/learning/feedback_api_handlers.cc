#include "http/api/learning/feedback_api_handlers.h"

#include <cmath>
#include <string>

#include "domain/learning/library_service.h"
#include "http/common/errors.h"
#include "http/common/numbers.h"

namespace assure::http::api {

namespace {

using domain::Action;
using domain::Resource;
using nlohmann::json;

json FeedbackJson(const domain::FeedbackSummary& summary) {
  json ratings = json::object();
  for (std::size_t i = 0; i < summary.by_rating.size(); ++i) {
    ratings[std::to_string(static_cast<int>(i) + domain::kFeedbackRatingMin)] =
        summary.by_rating[i];
  }
  json answers = json::array();
  for (const auto& one : summary.feedback) {
    answers.push_back({{"id", one.id},
                       {"rating", one.rating},
                       {"comment", one.comment},
                       {"received_on", domain::FormatCivilDate(one.received_on)}});
  }
  json average = nullptr;
  if (summary.average) average = std::round(*summary.average * 100.0) / 100.0;
  return {{"briefing_id", summary.briefing_id},
          {"count", summary.count},
          {"average", average},
          {"ratings", ratings},
          {"feedback", answers}};
}

}  // namespace

void AddFeedbackApiRoutes(Router& router, const HandlerContext& context) {
  const domain::LibraryService library(context.store, context.clock);
  router.Add(
      Method::kGet, "/api/v1/briefings/{id}/feedback",
      RoutePolicy::Authorised(Resource::kBriefing, Action::kUpdate),
      ApiHandler(context.error_pages, [library](const Request& request) -> core::Result<Response> {
        const auto id = IdParam(request, "id").value_or(0);
        ASSURE_ASSIGN_OR_RETURN(const auto summary, library.Feedback(RequesterOf(request), id));
        return Response::Json(200, FeedbackJson(summary));
      }));
}

}  // namespace assure::http::api
