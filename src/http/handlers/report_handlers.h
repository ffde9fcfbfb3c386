// The review activity figures (doc/figures.md) on a page, in the API and as an export, all from
// domain::ReviewActivityService (one computation, so they cannot disagree):
//   GET /reports/review-activity?from=YYYY-MM-DD&to=YYYY-MM-DD   the page (report:read): a GOV.UK
//       form for the period (date inputs from-day/-month/-year and to-...; or from/to as above;
//       neither: the current financial year in London), the table, a funnel chart as inline SVG
//       with a table alternative, timeliness and themes. A bad date re-shows the form with an
//       error summary naming the field (422).
//   GET /api/v1/reports/review-activity?from=...&to=...          JSON (report:read); both dates
//       required: 400 naming the field otherwise.
//   GET /reports/review-activity/export?from=...&to=...&format=csv|xlsx   a download
//       (report:export).
// Thread-safe: the service is.
#pragma once

#include "core/clock.h"
#include "domain/reviews/deadline_settings.h"
#include "domain/store.h"
#include "http/error_pages.h"
#include "http/router.h"
#include "http/views/renderer.h"

namespace assure::http::handlers {

// Borrowed from the composition root; all outlive the router.
struct ReportDependencies {
  domain::Store& store;
  const core::Clock& clock;
  const domain::DeadlineSettingsSource& deadlines;
  const views::Renderer& renderer;
  const ErrorPages& error_pages;
};

void AddReportRoutes(Router& router, ReportDependencies deps);

}  // namespace assure::http::handlers
