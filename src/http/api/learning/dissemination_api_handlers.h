// The dissemination endpoints of a briefing under /api/v1 (doc/openapi.yaml): GET
// /api/v1/briefings/{id}/dissemination (the table of agencies: confirmed, not yet, staff
// reached; and every record) and POST (an agency's record: agency_id, shared_on, method,
// staff_reached). Added by AddBriefingApiRoutes. Policies in doc/access.md, "Learning
// briefings". Thread-safe: the service is.
#pragma once

#include "domain/learning/dissemination_service.h"
#include "http/error_pages.h"
#include "http/router.h"

namespace assure::http::api {

void AddDisseminationApi(Router& router, const domain::DisseminationService& dissemination,
                         const ErrorPages& errors);

}  // namespace assure::http::api
