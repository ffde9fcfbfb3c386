// SessionService: what a session token is worth on each request, and the changes to a session:
// the second factor (TOTP or a recovery code), sign-out, and ending one's other sessions.
//
// A session ends after 30 minutes without a request (idle) or 12 hours after sign-in (absolute),
// both measured with the injected clock; a disabled user's sessions end at their next request.
// Passing MFA is a change of privilege, so it issues a new token (the old one stops working).
// Wrong codes are counted like wrong passwords: 10 in 5 minutes end the session and pause the
// account for 15 minutes.
// Every change is audited. Thread-safe: no mutable state of its own.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/access/policy.h"
#include "domain/partnership/partnership.h"
#include "domain/store.h"
#include "security/random.h"

namespace assure::domain {

struct SessionLimits {
  std::chrono::minutes idle{30};
  std::chrono::hours absolute{12};
  std::chrono::seconds touch_every{60};  // last_seen_at is written at most this often
  int mfa_failures = 10;                 // wrong second-factor codes within mfa_window: then the
  std::chrono::minutes mfa_window{5};    // session ends and the account pauses for mfa_lockout
  std::chrono::minutes mfa_lockout{15};
};

// A request's signed-in context.
struct SessionContext {
  Session session;
  User user;
  Partnership partnership;
  Principal principal;  // empty memberships while MFA is pending
};

struct MfaPassed {
  std::string token;  // the session's new token
  Session session;
  std::vector<std::string> recovery_codes;  // shown once, after enrolment only
};

class SessionService {
 public:
  SessionService(Store& store, const core::Clock& clock, security::Random& random,
                 SessionLimits limits = {});

  // kUnauthenticated when the token is unknown, ended, expired or its user disabled.
  core::Result<SessionContext> Authenticate(std::string_view token,
                                            std::string_view client_address);

  // For "Authorization: Bearer <token>" on /api/v1: the token's user in the token's partnership,
  // with their roles there. `write`: the request changes something, which needs the "write"
  // scope ("read" covers the rest). The context's session has id 0 and counts as past MFA (the
  // token was made by a signed-in person or an administrator). kUnauthenticated when the token
  // is unknown, revoked, expired or its user disabled; kForbidden when the scope is missing.
  core::Result<SessionContext> AuthenticateApiToken(std::string_view token, bool write);

  // Checks a TOTP code (or a recovery code) for a session pending MFA.
  core::Result<MfaPassed> VerifySecondFactor(const SessionContext& context, std::string_view code);
  // Confirms enrolment: `secret` (raw bytes) must produce `code` now. Returns recovery codes.
  core::Result<MfaPassed> Enrol(const SessionContext& context, std::string_view secret,
                                std::string_view code);

  core::Status SignOut(const SessionContext& context);
  // The user's sessions that are still open.
  core::Result<std::vector<Session>> OpenSessions(const SessionContext& context);
  // Ends one of the user's own sessions (kNotFound for anyone else's).
  core::Status EndSession(const SessionContext& context, SessionId id);

 private:
  // `totp_step`: the accepted TOTP step (none for a recovery code).
  core::Result<MfaPassed> PassMfa(const SessionContext& context, std::string_view action,
                                  const std::optional<std::string>& new_secret,
                                  std::optional<std::int64_t> totp_step);
  // Records a wrong code (audited); after too many, ends the session and pauses the account.
  // Returns the error to give: kInvalidInput with `message`, or kUnauthenticated once paused.
  core::Error MfaFailure(const SessionContext& context, std::string_view reason,
                         std::string_view message);

  Store& store_;
  const core::Clock& clock_;
  security::Random& random_;
  SessionLimits limits_;
};

}  // namespace assure::domain
