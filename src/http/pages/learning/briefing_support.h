// What the briefing pages share: the services they call (BriefingServices, built once from the
// handler context by AddBriefingRoutes and copied into each route's handler), the part of the
// routes each handler file adds, paths, and the GOV.UK tag colour of a briefing's state. Called
// only by the files of this folder. A struct of references to thread-safe services and free
// functions: thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"
#include "domain/learning/dissemination_service.h"
#include "domain/reviews/cases/case_service.h"
#include "http/common/handler_context.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http::pages {

struct BriefingServices {
  // `handler_context` is borrowed; it outlives the router.
  explicit BriefingServices(const HandlerContext& handler_context);

  const HandlerContext& context;
  domain::BriefingService briefings;
  domain::BriefingPublication publication;
  domain::DisseminationService dissemination;
  domain::CaseService cases;  // the theme list
};

using BriefingPageFunction = core::Result<Response> (*)(const BriefingServices& services,
                                                        const Request& request);
// A route's handler calling `page` with a copy of `services`, through the handler kit.
Handler BriefingPageHandler(const BriefingServices& services, BriefingPageFunction page);

// Each part of the briefing pages adds its routes (briefing_handlers.h adds them all).
void AddBriefingListRoutes(Router& router, const BriefingServices& services);
void AddBriefingFormRoutes(Router& router, const BriefingServices& services);
void AddBriefingPageRoutes(Router& router, const BriefingServices& services);
void AddBriefingStepRoutes(Router& router, const BriefingServices& services);
void AddDisseminationRoutes(Router& router, const BriefingServices& services);

std::string BriefingHref(domain::BriefingId id);  // "/briefings/12"
std::string_view StateTagClass(domain::BriefingState state);

}  // namespace assure::http::pages
