// The public staff survey form, reached only through an agency's link (domain/assurance/survey):
//   GET  /s/{token}         the survey's questions as a GOV.UK form that works without
//                           JavaScript; a closed survey says so; an unknown token is 404
//   POST /s/{token}         the answers: 303 to /s/{token}/thanks, 422 with the error summary
//                           and what was chosen, 429 past `answers_per_hour` from one address
//   GET  /s/{token}/thanks  the thank-you page
// Anonymous: no sign-in and no session, no cookie set, nothing of the address kept but the rate
// limit's in-memory count, and no request line in the event log (RoutePolicy::Anonymous). The
// form carries no CSRF token (there is no session to tie one to); the access gate still refuses a
// POST from another origin. Added once at start-up by the composition root. Thread-safe: the
// service and the limit are.
#pragma once

#include <cstddef>

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddSurveyFormRoutes(Router& router, const HandlerContext& context,
                         std::size_t answers_per_hour);

}  // namespace assure::http::pages
