// The agencies pages: /agencies (the list), /agencies/new, /agencies/{id} and
// /agencies/{id}/edit (with the version in a hidden field: a stale one answers 409 and changes
// nothing). Handlers parse, call domain::AgencyService, and render; the access gate has already
// checked the route's policy and CSRF. Thread-safe: the service is.
#pragma once

#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

void AddAgencyRoutes(Router& router, AdminDependencies deps);

}  // namespace assure::http::handlers
