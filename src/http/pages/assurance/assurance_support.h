// What the quality assurance pages share: the services they call (AssuranceServices, built once
// from the handler context by AddAssuranceRoutes and copied into each route's handler), the part
// of the routes each handler file adds, paths, and the GOV.UK tag colours of states and ratings.
// Called only by the files of this folder. A struct of references to thread-safe services and
// free functions: thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "domain/assurance/activity_service.h"
#include "domain/assurance/framework_service.h"
#include "domain/assurance/self_evaluation/return_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "http/common/handler_context.h"
#include "http/request.h"
#include "http/response.h"
#include "http/router.h"

namespace assure::http::pages {

struct AssuranceServices {
  // `handler_context` is borrowed; it outlives the router.
  explicit AssuranceServices(const HandlerContext& handler_context);

  const HandlerContext& context;
  domain::ActivityService activities;
  domain::FrameworkService frameworks;
  domain::RoundService rounds;
  domain::ReturnService returns;
};

using AssurancePageFunction = core::Result<Response> (*)(const AssuranceServices& services,
                                                         const Request& request);
// A route's handler calling `page` with a copy of `services`, through the handler kit.
Handler AssurancePageHandler(const AssuranceServices& services, AssurancePageFunction page);

// Each part of the pages adds its routes (assurance_handlers.h adds them all).
void AddFrameworkPageRoutes(Router& router, const AssuranceServices& services);
void AddActivityPageRoutes(Router& router, const AssuranceServices& services);
void AddRoundPageRoutes(Router& router, const AssuranceServices& services);
void AddReturnPageRoutes(Router& router, const AssuranceServices& services);

std::string ActivityHref(domain::ActivityId id);      // "/assurance/activities/3"
std::string EvaluationRoundHref(domain::RoundId id);  // "/assurance/rounds/3"
std::string_view ActivityStateTag(domain::ActivityState state);
// "govuk-tag--green" ... for a rating's band (RatingBand); grey when unrated.
std::string_view RatingTag(domain::RatingScale scale, std::string_view rating);

}  // namespace assure::http::pages
