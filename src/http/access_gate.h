// AccessGate: enforces a route's RoutePolicy before its handler runs. It finds the session from
// the cookie, checks the second factor, asks the authorisation policy, and checks CSRF (the
// session's token in the form field csrf_token or the X-CSRF-Token header, and the Origin or
// Referer) on every state-changing request. API calls may instead carry
// "Authorization: Bearer <token>" (a personal access token): no cookie, so no CSRF check. A refusal
// is a response: a redirect to sign in, 401 for the API, or 403 and an audit event, with nothing
// changed. Thread-safe.
#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "domain/identity/session_service.h"
#include "domain/store.h"
#include "http/error_pages.h"
#include "http/request.h"
#include "http/response.h"
#include "http/route_policy.h"

namespace assure::http {

inline constexpr std::string_view kSessionCookie = "assure_session";  // "__Host-" over HTTPS

class AccessGate {
 public:
  virtual ~AccessGate() = default;
  // Fills request.session when signed in; returns the refusal when the request may not proceed.
  virtual std::optional<Response> Admit(Request& request, const RoutePolicy& policy) const = 0;
};

// Admits public routes only; everything else is 404. For servers and tests without sign-in.
class PublicOnlyGate final : public AccessGate {
 public:
  std::optional<Response> Admit(Request& request, const RoutePolicy& policy) const override;
};

class SessionGate final : public AccessGate {
 public:
  SessionGate(domain::SessionService& sessions, domain::Store& store, const core::Clock& clock,
              const ErrorPages& error_pages);
  std::optional<Response> Admit(Request& request, const RoutePolicy& policy) const override;

 private:
  std::optional<Response> AdmitBearer(Request& request, const RoutePolicy& policy,
                                      const std::string& token) const;
  Response Deny(const Request& request, const RoutePolicy& policy, std::string reason) const;

  domain::SessionService& sessions_;
  domain::Store& store_;
  const core::Clock& clock_;
  const ErrorPages& error_pages_;
};

// The session cookie's value, under the name that fits the request (secure or not).
std::optional<std::string> SessionToken(const Request& request);
// The cookie that carries `token` (empty token and zero age: delete it).
CookieSpec SessionCookie(const Request& request, std::string token);
// True when Origin (or, without it, Referer) names this server, or neither is sent.
bool SameOrigin(const Request& request);
bool IsStateChanging(Method method);

}  // namespace assure::http
