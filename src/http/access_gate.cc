#include "http/access_gate.h"

#include <stdexcept>

#include "domain/identity/audit_record.h"
#include "http/multipart.h"
#include "security/tokens.h"

namespace assure::http {

namespace {

bool IsApi(const Request& request) { return request.path.starts_with("/api/"); }

Response SignInFirst(const Request& request, const ErrorPages& pages) {
  if (IsApi(request)) return pages.ForStatus(request, 401);
  return Response::Redirect("/sign-in");
}

// The token of "Authorization: Bearer <token>", on API paths only (pages use the cookie).
std::optional<std::string> BearerToken(const Request& request) {
  if (!IsApi(request)) return std::nullopt;
  const auto header = request.Header("authorization");
  if (!header || !header->starts_with("Bearer ")) return std::nullopt;
  return std::string{header->substr(7)};
}

std::optional<std::string> CsrfTokenSent(const Request& request) {
  if (auto header = request.Header("x-csrf-token")) return std::string{*header};
  const auto type = request.Header("content-type").value_or("");
  if (IsMultipartFormData(type)) {
    // A form with a file input: the token is its csrf_token text field.
    auto multipart = ParseMultipart(type, request.body);
    if (!multipart) return std::nullopt;
    return multipart->Get("csrf_token");
  }
  auto form = request.Form();
  if (!form) return std::nullopt;
  return form->Get("csrf_token");
}

}  // namespace

bool IsStateChanging(Method method) {
  return method == Method::kPost || method == Method::kPut || method == Method::kPatch ||
         method == Method::kDelete;
}

std::optional<std::string> SessionToken(const Request& request) {
  return request.Cookie(request.secure ? "__Host-" + std::string{kSessionCookie}
                                       : std::string{kSessionCookie});
}

CookieSpec SessionCookie(const Request& request, std::string token) {
  CookieSpec cookie;
  cookie.name = std::string{kSessionCookie};
  cookie.secure = request.secure;
  cookie.http_only = true;
  if (token.empty()) cookie.max_age = std::chrono::seconds{0};
  cookie.value = std::move(token);
  return cookie;
}

bool SameOrigin(const Request& request) {
  const auto host = request.Header("host");
  if (!host) return false;
  const std::string self =
      std::string{request.secure ? "https://" : "http://"} + std::string{*host};
  if (auto origin = request.Header("origin")) return *origin == self;
  if (auto referer = request.Header("referer")) {
    return *referer == self || referer->starts_with(self + "/");
  }
  return true;
}

std::optional<Response> PublicOnlyGate::Admit(Request&, const RoutePolicy& policy) const {
  if (policy.kind == RoutePolicy::Kind::kPublic) return std::nullopt;
  return Response::Status(404);
}

SessionGate::SessionGate(domain::SessionService& sessions, domain::Store& store,
                         const core::Clock& clock, const ErrorPages& error_pages)
    : sessions_(sessions), store_(store), clock_(clock), error_pages_(error_pages) {}

std::optional<Response> SessionGate::Admit(Request& request, const RoutePolicy& policy) const {
  if (policy.kind == RoutePolicy::Kind::kUnset) {
    throw std::logic_error("route without a policy: " + request.route_pattern);
  }
  if (policy.kind == RoutePolicy::Kind::kPublic) {
    if (IsStateChanging(request.method) && !SameOrigin(request)) {
      // An anonymous form keeps nothing of who sent it, a refusal included.
      if (policy.unlogged) return error_pages_.ForStatus(request, 403);
      return Deny(request, policy, "foreign origin");
    }
    return std::nullopt;
  }

  if (auto bearer = BearerToken(request)) return AdmitBearer(request, policy, *bearer);
  auto context = sessions_.Authenticate(SessionToken(request).value_or(""), request.remote_address);
  if (!context) {
    if (context.error().code == core::ErrorCode::kUnauthenticated) {
      auto response = SignInFirst(request, error_pages_);
      if (SessionToken(request)) response.SetCookie(SessionCookie(request, ""));
      return response;
    }
    return error_pages_.FromError(request, context.error());
  }
  request.session = std::move(*context);
  const auto& session = request.session->session;

  if (IsStateChanging(request.method)) {
    if (!SameOrigin(request)) return Deny(request, policy, "foreign origin");
    const auto sent = CsrfTokenSent(request);
    if (!sent || !security::ConstantTimeEquals(*sent, session.csrf_token)) {
      return Deny(request, policy, "missing or wrong CSRF token");
    }
  }
  if (policy.kind == RoutePolicy::Kind::kMfaStep) {
    if (session.mfa_passed) return Response::Redirect("/home");
    return std::nullopt;
  }
  if (!session.mfa_passed) {
    return Response::Redirect(request.session->user.totp_secret.empty() ? "/mfa/enrol" : "/mfa");
  }
  if (!domain::MayEver(request.session->principal, policy.resource, policy.action)) {
    return Deny(request, policy, "role does not allow " + policy.Describe());
  }
  return std::nullopt;
}

std::optional<Response> SessionGate::AdmitBearer(Request& request, const RoutePolicy& policy,
                                                 const std::string& token) const {
  auto context = sessions_.AuthenticateApiToken(token, IsStateChanging(request.method));
  if (!context) {
    if (context.error().code == core::ErrorCode::kForbidden) {
      return Deny(request, policy, context.error().message);
    }
    return error_pages_.FromError(request, context.error());
  }
  request.session = std::move(*context);
  if (policy.kind != RoutePolicy::Kind::kAuthorised ||
      !domain::MayEver(request.session->principal, policy.resource, policy.action)) {
    return Deny(request, policy, "role does not allow " + policy.Describe());
  }
  return std::nullopt;
}

Response SessionGate::Deny(const Request& request, const RoutePolicy& policy,
                           std::string reason) const {
  domain::Actor actor;
  actor.client_address = request.remote_address;
  if (request.session) {
    actor.partnership_id = request.session->partnership.id;
    actor.user_id = request.session->user.id;
    if (request.session->session.id != 0) actor.session_id = request.session->session.id;
  }
  const auto status = store_.Write([&](domain::Transaction& tx) {
    return domain::Record(
        tx.audit(), domain::MakeAuditEvent(actor, "access.denied", domain::AuditOutcome::kDenied,
                                           clock_.Now(), {"route", request.route_pattern},
                                           policy.Describe() + ": " + reason));
  });
  if (!status) return error_pages_.FromError(request, status.error());
  return error_pages_.ForStatus(request, 403);
}

}  // namespace assure::http
