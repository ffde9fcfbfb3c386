// The review activity figures (doc/figures.md) on a page and as an export, from
// domain::ReviewActivityService (one computation, shared with the API, so they cannot disagree):
// GET /reports/review-activity (report:read; a GOV.UK form for the period, date inputs from-day/
// -month/-year and to-..., or from=YYYY-MM-DD&to=...; neither: the current financial year in
// London; a bad date re-shows the form naming the field, 422) and
// GET /reports/review-activity/export?from=...&to=...&format=csv|xlsx (report:export).
// AddReportRoutes is called once at start-up by the composition root. Thread-safe: the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddReportRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
