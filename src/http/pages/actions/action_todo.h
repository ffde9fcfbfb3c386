// The actions feature's part of the to-do list (common/todo.h): for the business unit (who may
// review actions in the quarterly rounds), each overdue action of the partnership and each entry
// of the open round not yet reviewed; for an agency lead, their agency's open actions that are
// overdue or due within kDueSoonDays. Made once at start-up by the composition root; thread-safe
// as the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/common/todo.h"

namespace assure::http::pages {

// How far ahead an agency lead's to-do list shows an action's due date.
inline constexpr int kDueSoonDays = 28;

TodoSource ActionTodo(const HandlerContext& context);

}  // namespace assure::http::pages
