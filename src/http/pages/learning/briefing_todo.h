// The learning feature's part of the to-do list (common/todo.h): for a business manager, each
// briefing in review they may approve (not one they wrote, unless they are the only business
// manager); for an agency lead, each published briefing their agency has not confirmed as shared
// (overdue after 20 working days); for the business unit, each agency overdue to confirm. Made
// once at start-up by the composition root; thread-safe as the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/common/todo.h"

namespace assure::http::pages {

TodoSource BriefingTodo(const HandlerContext& context);

}  // namespace assure::http::pages
