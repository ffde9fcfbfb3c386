// The governance part of the JSON API (doc/openapi.yaml, "Governance"), added by
// AddGovernanceApiRoutes, which the composition root (cli/application.cc) calls once at start-up:
// the partnership's bodies under /api/v1/bodies (their content, terms of reference and members),
// their meetings under /api/v1/meetings (agenda items, attendance with the quorum computed,
// minutes and decisions, a decision perhaps making an action of the action plans), and the
// attendance figure at /api/v1/reports/attendance.
//
// The route policies (governance, meeting and report) and the services' own checks are in
// doc/access.md, "Governance": a body or meeting the caller may not read is 404 exactly as one
// that does not exist, and is audited; refused input is 422 naming the field; a stale version is
// 409 and changes nothing. Thread-safe: the services are.
#pragma once

#include "domain/governance/body_service.h"
#include "domain/governance/meetings/meeting_service.h"
#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddGovernanceApiRoutes(Router& router, const HandlerContext& context);

// The bodies routes (body_api_handlers.cc).
void AddBodyApi(Router& router, const domain::BodyService& bodies, const ErrorPages& errors);

// The meetings routes (meeting_api_handlers.cc).
void AddMeetingApi(Router& router, const domain::MeetingService& meetings,
                   const ErrorPages& errors);

}  // namespace assure::http::api
