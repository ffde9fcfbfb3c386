// The learning figures (doc/figures.md, "Learning figures") on a page, from
// domain::LearningFiguresService (the one computation, shared with the API):
// GET /reports/learning (report:read; the period form of report_period.h, neither end named: the
// current financial year in London; a bad date re-shows the form naming the field, 422).
// AddLearningFiguresRoutes is called once at start-up by the composition root. Thread-safe: the
// service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddLearningFiguresRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
