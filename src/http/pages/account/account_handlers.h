// "Your sessions": /account/sessions lists the signed-in person's own open sessions (when made
// and last seen, on the London clock; from which address and browser; the current one marked),
// and POST /account/sessions/{id}/end ends one of them (anyone else's, or an unknown id, is 404).
// Handlers call domain::SessionService; the access gate has already checked each route's policy
// and CSRF. AddAccountRoutes is called once at start-up by the composition root. Thread-safe:
// the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddAccountRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
