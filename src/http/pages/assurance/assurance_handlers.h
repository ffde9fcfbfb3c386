// The quality assurance pages under /assurance (doc/assurance.md): the QA framework of a year,
// activities, standards frameworks, self-evaluation rounds with their matrix and trend, and each
// agency's return with its evidence and the challenge step, staff surveys with their results (the
// public answer form is survey_form_handlers.h), multi-agency case audits and thematic reviews.
// Added by AddAssuranceRoutes, which the composition root (cli/application.cc) calls once at
// start-up. Every route's policy is in doc/access.md, "Quality assurance"; the services make the
// record-level checks. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddAssuranceRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
