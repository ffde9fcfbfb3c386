// The set-password page: GET /set-password/{token} shows the form, POST checks the new password
// (security::CheckNewPassword: length and the common-passwords list; "confirm" must match) and,
// in ONE transaction, uses up the one-time link (InvitationRepository::Consume), stores the
// Argon2id hash (computed before the transaction), ends the account's open sessions and records
// "user.set_password", then sends the person to /sign-in. Links are made by `assure user add`.
//
// Public (the link is the credential). An unknown, used or expired link, or one for a disabled
// account, gets one and the same "this link does not work" page with 404, never saying which.
// The token is read from the path only; it is never logged or put in the page. Thread-safe: the
// dependencies are, and the handlers keep no state.
#pragma once

#include "core/clock.h"
#include "domain/store.h"
#include "http/router.h"
#include "http/views/renderer.h"
#include "security/password_hasher.h"
#include "security/password_policy.h"

namespace assure::http::handlers {

// All borrowed; they must outlive the router.
struct SetPasswordDependencies {
  domain::Store& store;
  const core::Clock& clock;
  const security::PasswordHasher& hasher;
  const security::CommonPasswords& common_passwords;
  const views::Renderer& renderer;
};

void AddSetPasswordRoutes(Router& router, SetPasswordDependencies deps);

}  // namespace assure::http::handlers
