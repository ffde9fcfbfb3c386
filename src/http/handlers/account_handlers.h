// "Your sessions": /account/sessions lists the signed-in person's own open sessions (when made,
// last seen, from which address and browser; the current one marked), and
// POST /account/sessions/{id}/end ends one of them (anyone else's, or an unknown id, is 404).
// Handlers call domain::SessionService; the access gate has already checked the route's policy
// and CSRF. Thread-safe: the service is.
#pragma once

#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

void AddAccountRoutes(Router& router, AdminDependencies deps);

}  // namespace assure::http::handlers
