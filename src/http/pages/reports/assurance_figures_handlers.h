// The quality assurance figures (doc/figures.md, "Quality assurance figures") on a page, from
// domain::AssuranceFiguresService (the one computation, shared with the API):
// GET /reports/assurance (report:read; the period form of report_period.h, neither end named: the
// current financial year in London; a bad date re-shows the form naming the field, 422).
// AddAssuranceFiguresRoutes is called once at start-up by the composition root. Thread-safe: the
// service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddAssuranceFiguresRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
