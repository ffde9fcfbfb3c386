// The partnership's working calendar and deadline rules pages (doc/deadlines.md, "A
// partnership's own calendar and rules"): everyone in the partnership reads them; only its
// administrator changes them. AddCalendarRoutes is called once at start-up by the composition
// root. Thread-safe: the service is.
//
// /calendar?year=YYYY (the year's days off, national and the partnership's own, and the
// partnership's changes), /calendar/adjustments/new (the form to add a change), POST
// /calendar/adjustments/{YYYY-MM-DD}/remove, /deadline-rules (the rules, statutory or local, and
// every version with the date it is in force from) and POST /deadline-rules/{code} (a local
// rule's new amount and its effective_from; the code with hyphens, e.g. adult-rapid-review).
// Handlers parse, call domain::CalendarService (which audits each change and each refusal) and
// render; the access gate has already checked each route's policy and CSRF.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

// Adds the calendar routes and the deadline rules routes (AddDeadlineRuleRoutes).
void AddCalendarRoutes(Router& router, const HandlerContext& context);
// /deadline-rules and POST /deadline-rules/{code} (deadline_rule_handlers.cc).
void AddDeadlineRuleRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
