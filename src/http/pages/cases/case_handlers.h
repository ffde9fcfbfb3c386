// The business unit's case pages: /cases (the list, with filters, search, pages and
// CSV/XLSX export), /cases/new (the referral form, then check your answers), /cases/{id} (the
// case with its clocks, records and timeline), /cases/{id}/restricted, one form per workflow step
// (/cases/{id}/<step>, the step's name with hyphens), /deadlines and the reviewers register
// (/reviewers). Handlers parse, call the domain services (domain/reviews/) and render; the access
// gate has already checked each route's policy and CSRF. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

// `deadlines` (the partnership's calendar and rules for the clocks) must outlive the router.
void AddCaseRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
