// The audit page: GET /audit shows the partnership's audit trail, newest first (at most
// domain::kAuditPageLimit events), filtered by person (id or email), record (type and id) and
// dates (GOV.UK date inputs, whole days in UTC, both inclusive). The handler parses the filters
// and calls domain::AuditTrailService, which audits the reading itself. Thread-safe.
#pragma once

#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

void AddAuditRoutes(Router& router, AdminDependencies deps);

}  // namespace assure::http::handlers
