// The pages for the people of a partnership: /users (the list), /users/invite (adding someone,
// with a one-time set-password link shown once and its expiry on the London clock), /users/{id},
// and the administrator's actions POST /users/{id}/disable and POST /users/{id}/reset-mfa.
// Handlers parse, call domain::MemberAdminService and render; the access gate has already
// checked each route's policy and CSRF. AddMemberRoutes is called once at start-up by the
// composition root. Thread-safe: the services are.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddMemberRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
