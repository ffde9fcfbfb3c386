// HandlerContext: what every page and API handler borrows from the composition root (the store,
// the clock, the services of identity, the renderer, the error pages and the to-do list), handed
// to each feature's Add*Routes once at start-up; and RequesterOf, the signed-in person of a
// request.
// Plain references to objects that outlive the router and are thread-safe themselves.
#pragma once

#include "core/clock.h"
#include "domain/identity/requester.h"
#include "domain/identity/session_service.h"
#include "domain/identity/sign_in_service.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/store.h"
#include "http/common/todo.h"
#include "http/error_pages.h"
#include "http/request.h"
#include "http/views/renderer.h"
#include "security/password_hasher.h"
#include "security/password_policy.h"
#include "security/random.h"

namespace assure::http {

struct HandlerContext {
  domain::Store& store;
  const core::Clock& clock;
  security::Random& random;
  domain::SignInService& sign_in;
  domain::SessionService& sessions;
  const security::PasswordHasher& hasher;
  const security::CommonPasswords& common_passwords;
  const domain::DeadlineSettingsSource& deadlines;
  const views::Renderer& renderer;
  const ErrorPages& error_pages;
  const TodoList& todo;
};

// The signed-in person of `request` (which the access gate has admitted), at the request's
// client address. REQUIRES: request.session is set.
domain::Requester RequesterOf(const Request& request);

}  // namespace assure::http
