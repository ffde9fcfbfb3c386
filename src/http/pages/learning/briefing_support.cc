#include "http/pages/learning/briefing_support.h"

#include "http/common/errors.h"

namespace assure::http::pages {

BriefingServices::BriefingServices(const HandlerContext& handler_context)
    : context(handler_context),
      briefings(handler_context.store, handler_context.clock),
      publication(handler_context.store, handler_context.clock),
      dissemination(handler_context.store, handler_context.clock, handler_context.deadlines),
      cases(handler_context.store, handler_context.clock, handler_context.deadlines) {}

Handler BriefingPageHandler(const BriefingServices& services, BriefingPageFunction page) {
  return PageHandler(services.context.renderer,
                     [services, page](const Request& request) { return page(services, request); });
}

std::string BriefingHref(domain::BriefingId id) { return "/briefings/" + std::to_string(id); }

std::string_view StateTagClass(domain::BriefingState state) {
  switch (state) {
    case domain::BriefingState::kDraft:
      return "govuk-tag--grey";
    case domain::BriefingState::kInReview:
      return "govuk-tag--yellow";
    case domain::BriefingState::kApproved:
      return "govuk-tag--blue";
    case domain::BriefingState::kPublished:
      return "govuk-tag--green";
    case domain::BriefingState::kWithdrawn:
      return "govuk-tag--red";
  }
  return "govuk-tag--grey";
}

}  // namespace assure::http::pages
