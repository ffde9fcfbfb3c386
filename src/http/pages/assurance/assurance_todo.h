// The quality assurance feature's part of the to-do list (common/todo.h): for an agency lead,
// each draft self-evaluation return of their agency in an open round (overdue once its due date
// has passed) and each draft part of their agency in an open case audit; for the business unit,
// each submitted return of an open round to challenge and each overdue draft. Made once at start-up
// by the composition root; thread-safe as the services are.
#pragma once

#include <string>

#include "domain/ids.h"
#include "http/common/handler_context.h"
#include "http/common/todo.h"

namespace assure::http::pages {

TodoSource AssuranceTodo(const HandlerContext& context);

// "/assurance/rounds/<round>/returns/<agency>": the return's page.
std::string ReturnHref(std::int64_t round, domain::AgencyId agency);

// "/assurance/audits/<audit>/parts/<agency>": the agency's part of the audit.
std::string AuditPartHref(std::int64_t audit, domain::AgencyId agency);

}  // namespace assure::http::pages
