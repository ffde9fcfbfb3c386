// The learning briefings part of the JSON API under /api/v1 (doc/openapi.yaml), added by
// AddBriefingApiRoutes, which the composition root (cli/application.cc) calls once at start-up:
// briefings (list with filters, create, read, save with the "version" seen), their saved
// versions and the comparison of two, the publication check, the workflow steps (submit,
// approve, publish, withdraw: approve and publish answer 409 with the unresolved "hits"), the
// acceptance of a hit, and the partnership's sensitive places.
//
// The route policies and the services' own checks are in doc/access.md, "Learning briefings": a
// briefing the caller may not see is 404 exactly as one that does not exist, changes nothing and
// is audited; a stale version is 409 and changes nothing. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddBriefingApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
