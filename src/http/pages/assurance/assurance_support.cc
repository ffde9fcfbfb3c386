#include "http/pages/assurance/assurance_support.h"

#include "http/common/errors.h"

namespace assure::http::pages {

AssuranceServices::AssuranceServices(const HandlerContext& handler_context)
    : context(handler_context),
      activities(handler_context.store, handler_context.clock),
      frameworks(handler_context.store, handler_context.clock),
      rounds(handler_context.store, handler_context.clock),
      returns(handler_context.store, handler_context.clock) {}

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
