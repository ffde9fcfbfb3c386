// The cases part of the JSON API under /api/v1 (doc/openapi.yaml): list and search, open from a
// referral, read one case with its records, timeline and clocks, its restricted details (roles
// allowed only, audited), and each workflow step as POST /api/v1/cases/{id}/steps/{step} with
// the case "version" the caller saw (a stale one is 409 and changes nothing). The information
// requests part is request_api_handlers.h.
//
// The route policies and the services' own checks are those of the pages: a case the caller may
// not see is 404, audited. Errors are the standard JSON errors (error_pages.h). Thread-safe: the
// services are.
#pragma once

#include "core/clock.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"
#include "http/common/handler_context.h"
#include "http/error_pages.h"
#include "http/router.h"

namespace assure::http::api {

void AddCaseApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
