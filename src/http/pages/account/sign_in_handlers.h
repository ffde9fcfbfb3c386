// The sign-in journey: /sign-in (email and password), /mfa (the second factor), /mfa/enrol
// (setting up the authenticator app, then the recovery codes) and /sign-out. A refused attempt
// re-shows its page with the refusal's status from HttpStatusFor (401, 409, 422 or 429); a
// failing store is the standard error page. Handlers parse, call the identity services and
// render; the access gate has already checked each route's policy and CSRF. AddSignInRoutes is
// called once at start-up by the composition root. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddSignInRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
