// The upload page for importing review history (doc/import.md), for the business unit
// (case:create):
//   GET  /cases/import   the form: a CSV file (multipart/form-data) or its text pasted
//   POST /cases/import   imports it through domain::ImportService in one transaction and shows
//                        the result: the references created and unchanged, or, when any row is
//                        wrong, every problem (row, column, value, reason) and nothing imported
//                        (422).
// The access gate has checked the route's policy and the CSRF token. Thread-safe: the service is.
#pragma once

#include "core/clock.h"
#include "domain/store.h"
#include "http/common/handler_context.h"
#include "http/router.h"
#include "http/views/renderer.h"

namespace assure::http::pages {

void AddImportRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
