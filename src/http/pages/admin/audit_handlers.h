// The audit page: GET /audit shows the partnership's audit trail, newest first (at most
// domain::kAuditPageLimit events, each time on the London clock to the second), filtered by
// person (id or email), record (type and id) and dates (GOV.UK date inputs, both inclusive;
// each date is taken as a whole London day). The handler parses the filters and calls
// domain::AuditTrailService, which audits the reading itself; a bad filter re-shows the page
// with an error summary (422). AddAuditRoutes is called once at start-up by the composition root.
// Thread-safe: the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddAuditRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
