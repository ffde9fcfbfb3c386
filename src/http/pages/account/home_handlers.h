// GET /home (own_account:read): each signed-in person's landing page, their to-do list
// (common/todo.h): what needs them now, most urgent first, each item linking to where it is done,
// then who they are signed in as and the sign-out button. Thread-safe as the to-do sources are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddHomeRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
