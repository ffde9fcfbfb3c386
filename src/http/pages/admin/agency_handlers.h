// The agencies pages: /agencies (the list), /agencies/new, /agencies/{id} and
// /agencies/{id}/edit (with the version in a hidden field: a stale one answers 409 and changes
// nothing; a field's problem or a name already taken re-shows the form, 422). Handlers parse,
// call domain::AgencyService and render; the access gate has already checked each route's policy
// and CSRF. AddAgencyRoutes is called once at start-up by the composition root. Thread-safe: the
// service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddAgencyRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
