// The governance structure's pages (doc/governance.md): GET /governance (governance:read, the
// bodies as a tree drawn in SVG and as a nested list), GET /governance/bodies/new and POST
// /governance/bodies (governance:create), GET /governance/bodies/{id} (governance:read: kind,
// parent, chair, quorum rule, terms of reference, members, children, links to its meetings),
// GET/POST /governance/bodies/{id}/edit (governance:update; a stale version is 409), GET
// /governance/bodies/{id}/terms (governance:read: every version) and POST (governance:update: the
// next version), GET /governance/bodies/{id}/members/new, POST /governance/bodies/{id}/members
// and GET/POST /governance/bodies/{id}/members/{member}/edit (governance:update). A body's
// meetings are the meeting pages'. Added by AddBodyRoutes, which the composition root
// (cli/application.cc) calls once at start-up; BodyService makes the record-level checks.
// Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddBodyRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
