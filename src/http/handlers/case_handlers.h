// The business unit's case pages (issue 4): /cases (the list, with filters, search, pages and
// CSV/XLSX export), /cases/new (the referral form, then check your answers), /cases/{id} (the
// case with its clocks, records and timeline), /cases/{id}/restricted, one form per workflow step
// (/cases/{id}/<step>, the step's name with hyphens), /deadlines and the reviewers register
// (/reviewers). Handlers parse, call the domain services (domain/reviews/) and render; the access
// gate has already checked each route's policy and CSRF. Thread-safe: the services are.
#pragma once

#include "domain/reviews/deadline_settings.h"
#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

// `deadlines` (the partnership's calendar and rules for the clocks) must outlive the router.
void AddCaseRoutes(Router& router, const AdminDependencies& deps,
                   const domain::DeadlineSettingsSource& deadlines);

}  // namespace assure::http::handlers
