// The governance feature's part of the to-do list (common/todo.h): for a member of a body with an
// account, the papers to read for each of its meetings in the next 14 days ("Papers for <body> on
// <date>"); for the business unit, each meeting whose draft minutes a later meeting of the body
// could now approve ("Minutes to approve: <body>, <date>") and each body whose terms of reference
// are past their review date (overdue, linking to /governance/bodies/{id}/terms). A person whose
// roles concern none of these gets nothing, and no query is made for them. Made once at start-up
// by the composition root; thread-safe as the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/common/todo.h"

namespace assure::http::pages {

TodoSource GovernanceTodo(const HandlerContext& context);

}  // namespace assure::http::pages
