// The set-password page: GET /set-password/{token} shows the form, POST checks the new password
// (security::CheckNewPassword: length and the common-passwords list; "confirm" must match) and,
// in ONE transaction, uses up the one-time link (InvitationRepository::Consume), stores the
// Argon2id hash (computed before the transaction), ends the account's open sessions and records
// "user.set_password", then sends the person to /sign-in. Links are made by `assure user add`
// and by an administrator's invitation.
//
// Public (the link is the credential). An unknown, used or expired link, or one for a disabled
// account, gets one and the same "this link does not work" page with 404, never saying which.
// The token is read from the path only; it is never logged or put in the page.
// AddSetPasswordRoutes is called once at start-up by the composition root. Thread-safe: the
// context's services are, and the handlers keep no state.
#pragma once

#include "http/common/handler_context.h"
#include "http/router.h"

namespace assure::http::pages {

void AddSetPasswordRoutes(Router& router, const HandlerContext& context);

}  // namespace assure::http::pages
