#include "http/pages/assurance/assurance_support.h"

#include <algorithm>
#include <utility>

#include "http/common/errors.h"
#include "http/common/url_encoding.h"

namespace assure::http::pages {

AssuranceServices::AssuranceServices(const HandlerContext& handler_context)
    : context(handler_context),
      activities(handler_context.store, handler_context.clock),
      frameworks(handler_context.store, handler_context.clock),
      rounds(handler_context.store, handler_context.clock),
      returns(handler_context.store, handler_context.clock),
      surveys(handler_context.store, handler_context.clock, handler_context.random),
      audits(handler_context.store, handler_context.clock),
      thematic_reviews(handler_context.store, handler_context.clock) {}

Handler AssurancePageHandler(const AssuranceServices& services, AssurancePageFunction page) {
  return PageHandler(services.context.renderer,
                     [services, page](const Request& request) { return page(services, request); });
}

std::string ActivityHref(domain::ActivityId id) {
  return "/assurance/activities/" + std::to_string(id);
}

std::string EvaluationRoundHref(domain::RoundId id) {
  return "/assurance/rounds/" + std::to_string(id);
}

std::string SurveyHref(domain::SurveyId id) { return "/assurance/surveys/" + std::to_string(id); }

std::string CaseAuditHref(domain::CaseAuditId id) {
  return "/assurance/audits/" + std::to_string(id);
}

std::string ThematicReviewHref(domain::ThematicReviewId id) {
  return "/assurance/thematic-reviews/" + std::to_string(id);
}

std::vector<std::string> TextareaLines(const std::string& text) {
  std::vector<std::string> lines;
  const std::string all = WithLineFeeds(text);
  std::size_t start = 0;
  while (start <= all.size()) {
    const std::size_t end = std::min(all.find('\n', start), all.size());
    std::string line = all.substr(start, end - start);
    if (line.find_first_not_of(" \t") != std::string::npos) lines.push_back(std::move(line));
    start = end + 1;
  }
  return lines;
}

std::string_view ActivityStateTag(domain::ActivityState state) {
  switch (state) {
    case domain::ActivityState::kPlanned:
      return "govuk-tag--grey";
    case domain::ActivityState::kOpen:
      return "govuk-tag--blue";
    case domain::ActivityState::kAnalysing:
      return "govuk-tag--yellow";
    case domain::ActivityState::kReporting:
      return "govuk-tag--purple";
    case domain::ActivityState::kClosed:
      return "govuk-tag--green";
  }
  return "govuk-tag--grey";
}

std::string_view RatingTag(domain::RatingScale scale, std::string_view rating) {
  const std::string_view band = domain::RatingBand(scale, rating);
  if (band == "green") return "govuk-tag--green";
  if (band == "amber") return "govuk-tag--yellow";
  if (band == "red") return "govuk-tag--red";
  return "govuk-tag--grey";
}

}  // namespace assure::http::pages
