// The recurring learning page (doc/learning.md, "Recurring learning"): GET
// /recurring-learning?from=YYYY&to=YYYY (report:read, as GET /api/v1/learning/recurring: the
// business unit, board members and administrators). It reads domain::RecurringLearningService
// once, which audits the read ("learning.recurring.read"), and shows the themes by financial year
// as a table, then the groups of similar learning of different reviews in the service's order
// (those that came back after their actions were all completed first), each "Recommended in
// NS-2021-03, NS-2023-07 and NS-2025-12" with its pieces of learning and their actions' status.
// from and to are optional financial years, each the year it starts in (2023 for 2023-24); one
// that is not such a year, or a to before the from, shows the form again with 422 and an error
// naming the field, and reads nothing.
//
// AddRecurringPageRoutes is called once at start-up by the composition root. Thread-safe: the
// service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddRecurringPageRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
