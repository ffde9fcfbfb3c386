// The review activity figures as JSON: GET /api/v1/reports/review-activity?from=YYYY-MM-DD&
// to=YYYY-MM-DD (report:read; both dates required: a missing or bad one, or an end before the
// start, is 400 with the standard JSON error naming the field), from
// domain::ReviewActivityService, the computation the page and the export use too; and the learning
// figures, GET /api/v1/reports/learning?from=...&to=... (the same rules), from
// domain::LearningFiguresService, as the page /reports/learning.
// AddReportApiRoutes is called once at start-up by the composition root. Thread-safe: the
// service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddReportApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
