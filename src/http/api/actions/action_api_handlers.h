// The action plans part of the JSON API under /api/v1 (doc/openapi.yaml), added by
// AddActionApiRoutes, which the composition root (cli/application.cc) calls once at start-up:
// actions (list with filters, "my actions", create, read with sources, updates and review entries,
// change the plan with the action's "version"), progress updates (record with the version, list),
// evidence files' bytes, quarterly review rounds (list, open for a quarter, read, review an entry
// with its version, close with the round's version) and the quarter's dashboard.
//
// The route policies and the services' own checks are those of the pages (doc/access.md,
// "Action plans"): an action the caller may not see, such as another agency's for an agency
// lead, is 404 exactly as one that does not exist, changes nothing and is audited; a stale
// version is 409 and changes nothing. Errors are the standard JSON errors (error_pages.h).
// Evidence files are attached on the action's page (multipart); the API records text and reads
// files. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddActionApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
