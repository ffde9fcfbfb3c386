// The signed-in person's own part of the JSON API (own_account:read): GET /api/v1/me (who they
// are, their partnership and memberships) and GET /api/v1/me/todo (their to-do list, the same
// items as the home page, most urgent first; common/todo.h). Thread-safe as the to-do sources
// are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::api {

void AddAccountApiRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::api
