// The cases feature's part of the to-do list (common/todo.h): for whoever reads every case of the
// partnership (the business unit), each statutory clock at risk or overdue (an agency's overdue
// answer among them, as "request"); for a reviewer, each case they are appointed to with its next
// clock. Made once at start-up by the composition root; thread-safe as the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/common/todo.h"

namespace assure::http::pages {

TodoSource CaseTodo(const HandlerContext& context);

}  // namespace assure::http::pages
