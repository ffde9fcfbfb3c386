// Recurring learning as JSON: GET /api/v1/learning/recurring?from=YYYY&to=YYYY (report:read: the
// business unit and board members), from domain::RecurringLearningService (doc/learning.md,
// "Recurring learning"): the themes by financial year and the groups of similar learning of
// different reviews, the ones that came back after their actions were completed first. from and
// to are optional financial years, each the year it starts in (2023 for 2023-24); one that is not
// a year from 1900 to 2198, or a to before the from, is 400 with the standard JSON error naming
// the field. Each read is audited ("learning.recurring.read").
//
// AddRecurringApiRoutes is called once at start-up by the composition root. Thread-safe: the
// service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddRecurringApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
