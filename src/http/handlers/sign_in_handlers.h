// The sign-in journey: /sign-in (email and password), /mfa (the second factor), /mfa/enrol
// (setting up the authenticator app, then the recovery codes), /home, and /sign-out. Handlers
// parse, call the identity services, and render; the access gate has already checked the
// route's policy and CSRF. Thread-safe: the services are.
#pragma once

#include "domain/identity/session_service.h"
#include "domain/identity/sign_in_service.h"
#include "http/router.h"
#include "http/views/renderer.h"
#include "security/random.h"

namespace assure::http::handlers {

struct SignInDependencies {
  domain::SignInService& sign_in;
  domain::SessionService& sessions;
  security::Random& random;
  const views::Renderer& renderer;
};

void AddSignInRoutes(Router& router, SignInDependencies deps);

}  // namespace assure::http::handlers
