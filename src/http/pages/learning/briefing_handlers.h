// The briefing pages (doc/learning.md): AddBriefingRoutes adds them all; the composition root
// calls it once at start-up. Handlers parse, call the domain services (domain/learning/) and
// render; the access gate has checked each route's policy and CSRF. Thread-safe: the services are.
//
//   /briefings                    the briefings the asker may see, filtered by kind and state
//   /briefings/new?kind=          a new briefing (the business unit), with a preview
//   /briefings/{id}               one briefing: details, body, steps; POST .../check runs the
//                                 publication check and shows its hits
//   /briefings/{id}/edit          a draft's or a briefing in review's words (a new version)
//   /briefings/{id}/versions      its saved versions, two compared (?from=&to=)
//   /briefings/{id}/submit, /approve, /publish, /withdraw, /hits/{hit}/accept   the workflow
//   /sensitive-places             the places the check treats as identifying (one per line)
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddBriefingRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
