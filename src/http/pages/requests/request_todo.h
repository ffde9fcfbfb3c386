// The requests feature's part of the to-do list (common/todo.h): for an agency lead, each
// request addressed to their agency that still waits for its answer, overdue once its due date
// has passed. Made once at start-up by the composition root; thread-safe as the service is.
#pragma once

#include "http/common/handler_context.h"
#include "http/common/todo.h"

namespace assure::http::pages {

TodoSource RequestTodo(const HandlerContext& context);

}  // namespace assure::http::pages
