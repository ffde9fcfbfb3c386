// The pages for the people of a partnership: /users (the list), /users/invite (adding someone,
// with a one-time set-password link shown once), /users/{id}, and the administrator's actions
// POST /users/{id}/disable and POST /users/{id}/reset-mfa. Handlers parse, call
// domain::MemberAdminService, and render; the access gate has already checked the route's policy
// and CSRF. Thread-safe: the services are.
#pragma once

#include "http/handlers/admin_support.h"
#include "http/router.h"

namespace assure::http::handlers {

void AddMemberRoutes(Router& router, AdminDependencies deps);

}  // namespace assure::http::handlers
