#include "domain/identity/session_service.h"

#include <algorithm>

#include "domain/identity/audit_record.h"
#include "security/recovery_codes.h"
#include "security/tokens.h"
#include "security/totp.h"

namespace assure::domain {

namespace {

using std::chrono::duration_cast;
using std::chrono::microseconds;

constexpr std::string_view kSignedOut = "You have been signed out. Sign in again.";

Actor ActorOf(const SessionContext& context) {
  return Actor{context.partnership.id, context.user.id, context.session.id,
               context.session.client_address};
}

}  // namespace

SessionService::SessionService(Store& store, const core::Clock& clock, security::Random& random,
                               SessionLimits limits)
    : store_(store), clock_(clock), random_(random), limits_(limits) {}

core::Result<SessionContext> SessionService::Authenticate(std::string_view token,
                                                          std::string_view client_address) {
  if (token.empty()) return core::Error::Unauthenticated(std::string{kSignedOut});
  const auto now = clock_.Now();
  const auto hash = security::HashToken(token);
  std::optional<std::string> expiry;  // why the session has just ended, if it has
  // Most requests only read; a write happens only to end the session or, once a minute, to note
  // that it is in use (SQLite has one writer: a write per request would queue them all).
  ASSURE_ASSIGN_OR_RETURN(
      auto context, store_.Read([&](Transaction& tx) -> core::Result<SessionContext> {
        auto session = tx.sessions().FindByTokenHash(hash);
        if (!session) {
          if (session.error().code == core::ErrorCode::kNotFound) {
            return core::Error::Unauthenticated(std::string{kSignedOut});
          }
          return session.error();
        }
        if (session->ended_at) return core::Error::Unauthenticated(std::string{kSignedOut});
        ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Get(session->user_id));
        if (user.disabled) {
          expiry = "user disabled";
        } else if (now - session->last_seen_at > duration_cast<microseconds>(limits_.idle)) {
          expiry = "idle timeout";
        } else if (now - session->created_at > duration_cast<microseconds>(limits_.absolute)) {
          expiry = "absolute timeout";
        }
        if (expiry) return SessionContext{*session, user, {}, {}};
        ASSURE_ASSIGN_OR_RETURN(auto partnership,
                                tx.partnerships().FindById(session->partnership_id));
        SessionContext out{*session, std::move(user), std::move(partnership), {}};
        out.principal.user_id = out.user.id;
        out.principal.partnership_id = out.partnership.id;
        if (session->mfa_passed) {
          ASSURE_ASSIGN_OR_RETURN(auto memberships,
                                  tx.memberships(out.partnership.id).ForUser(out.user.id));
          out.principal.memberships = std::move(memberships);
        }
        return out;
      }));
  if (expiry) {
    const Actor actor{context.session.partnership_id, context.user.id, context.session.id,
                      std::string{client_address}};
    ASSURE_TRY(store_.Write([&](Transaction& tx) -> core::Status {
      ASSURE_TRY(tx.sessions().End(context.session.id, now));
      return Record(tx.audit(),
                    MakeAuditEvent(actor, "session.expired", AuditOutcome::kSuccess, now,
                                   {"session", std::to_string(context.session.id)}, *expiry));
    }));
    return core::Error::Unauthenticated(std::string{kSignedOut});
  }
  if (now - context.session.last_seen_at >= duration_cast<microseconds>(limits_.touch_every)) {
    ASSURE_TRY(store_.Write(
        [&](Transaction& tx) { return tx.sessions().Touch(context.session.id, now); }));
    context.session.last_seen_at = now;
  }
  return context;
}

core::Result<SessionContext> SessionService::AuthenticateApiToken(std::string_view token,
                                                                  bool write) {
  constexpr std::string_view kRefused = "The API token is not valid (unknown, revoked or expired).";
  const auto now = clock_.Now();
  const auto hash = security::HashToken(token);
  return store_.Write([&](Transaction& tx) -> core::Result<SessionContext> {
    auto stored = tx.api_tokens().FindByHash(hash);
    if (!stored) {
      if (stored.error().code == core::ErrorCode::kNotFound) {
        return core::Error::Unauthenticated(std::string{kRefused});
      }
      return stored.error();
    }
    if (stored->revoked_at || now >= stored->expires_at) {
      return core::Error::Unauthenticated(std::string{kRefused});
    }
    const auto& scopes = stored->scopes;
    if (std::find(scopes.begin(), scopes.end(), write ? "write" : "read") == scopes.end()) {
      return core::Error::Forbidden(std::string{"The API token lacks the "} +
                                    (write ? "write" : "read") + " scope.");
    }
    ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Get(stored->user_id));
    if (user.disabled) return core::Error::Unauthenticated(std::string{kRefused});
    ASSURE_ASSIGN_OR_RETURN(auto partnership, tx.partnerships().FindById(stored->partnership_id));
    ASSURE_ASSIGN_OR_RETURN(auto memberships, tx.memberships(partnership.id).ForUser(user.id));
    SessionContext context{{}, std::move(user), std::move(partnership), {}};
    context.session.user_id = context.user.id;
    context.session.partnership_id = context.partnership.id;
    context.session.mfa_passed = true;
    context.principal = {context.user.id, context.partnership.id, std::move(memberships)};
    if (!stored->last_used_at ||
        now - *stored->last_used_at >= duration_cast<microseconds>(limits_.touch_every)) {
      ASSURE_TRY(tx.api_tokens().MarkUsed(stored->id, now));
    }
    return context;
  });
}

core::Result<MfaPassed> SessionService::VerifySecondFactor(const SessionContext& context,
                                                           std::string_view code) {
  const auto now = clock_.Now();
  if (context.user.totp_secret.empty()) {
    return core::Error::InvalidInput("code", "Set up your authenticator app first.");
  }
  const auto step = security::VerifyTotp(context.user.totp_secret, code, now);
  if (step && *step > context.user.totp_last_step) {
    return PassMfa(context, "mfa.verify", std::nullopt, *step);
  }
  if (step) {
    return MfaFailure(context, "code used before",
                      "That code has been used. Wait for the next one.");
  }
  // Not a current TOTP code: perhaps a recovery code.
  const auto code_hash = security::HashToken(security::NormalizeRecoveryCode(code));
  ASSURE_ASSIGN_OR_RETURN(auto used, store_.Write([&](Transaction& tx) {
    return tx.recovery_codes().Consume(context.user.id, code_hash, now);
  }));
  if (used) return PassMfa(context, "mfa.recovery_code", std::nullopt, std::nullopt);
  return MfaFailure(context, "wrong code",
                    "Enter the 6-digit code from your authenticator app, or a recovery code.");
}

core::Result<MfaPassed> SessionService::Enrol(const SessionContext& context,
                                              std::string_view secret, std::string_view code) {
  if (secret.size() < 16) {
    return core::Error::InvalidInput("secret", "The set-up key is not valid.");
  }
  auto step = security::VerifyTotp(secret, code, clock_.Now());
  if (!step) {
    return MfaFailure(context, "wrong enrolment code",
                      "Enter the 6-digit code your authenticator app shows now.");
  }
  return PassMfa(context, "mfa.enrol", std::string{secret}, *step);
}

core::Error SessionService::MfaFailure(const SessionContext& context, std::string_view reason,
                                       std::string_view message) {
  const auto now = clock_.Now();
  const auto key = "mfa:" + std::to_string(context.user.id);
  bool locked = false;
  ASSURE_TRY(store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_TRY(tx.sign_in_throttle().RecordFailure(key, now));
    ASSURE_TRY(
        Record(tx.audit(), MakeAuditEvent(ActorOf(context), "mfa.verify", AuditOutcome::kFailure,
                                          now, {}, std::string{reason})));
    ASSURE_ASSIGN_OR_RETURN(auto failures,
                            tx.sign_in_throttle().CountFailures(
                                key, now - duration_cast<microseconds>(limits_.mfa_window)));
    if (failures < limits_.mfa_failures) return core::Ok();
    // Too many wrong codes: someone may be guessing. End the session and pause the account.
    locked = true;
    ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Get(context.user.id));
    user.locked_until = now + duration_cast<microseconds>(limits_.mfa_lockout);
    ASSURE_TRY(tx.users().Update(user));
    ASSURE_TRY(tx.sign_in_throttle().Clear(key));
    ASSURE_TRY(tx.sessions().End(context.session.id, now));
    return Record(tx.audit(), MakeAuditEvent(ActorOf(context), "mfa.lockout", AuditOutcome::kDenied,
                                             now, {"user", std::to_string(context.user.id)},
                                             "too many wrong codes"));
  }));
  if (locked) {
    return core::Error::Unauthenticated(
        "Too many wrong codes. You have been signed out; sign in again in 15 minutes.");
  }
  return core::Error::InvalidInput("code", std::string{message});
}

core::Result<MfaPassed> SessionService::PassMfa(const SessionContext& context,
                                                std::string_view action,
                                                const std::optional<std::string>& new_secret,
                                                std::optional<std::int64_t> totp_step) {
  const auto now = clock_.Now();
  MfaPassed passed;
  passed.token = security::NewToken(random_);
  if (new_secret) passed.recovery_codes = security::NewRecoveryCodes(random_);
  ASSURE_TRY(store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto user, tx.users().Get(context.user.id));
    // Checked again on the stored user: two requests racing with one code must not both pass.
    if (totp_step && *totp_step <= user.totp_last_step) {
      return core::Error::InvalidInput("code", "That code has been used. Wait for the next one.");
    }
    if (new_secret && !user.totp_secret.empty()) {
      return core::Error::Conflict("Your authenticator app is already set up.");
    }
    if (new_secret) user.totp_secret = *new_secret;
    if (totp_step) user.totp_last_step = *totp_step;
    ASSURE_TRY(tx.users().Update(user));
    if (new_secret) {
      std::vector<std::string> hashes;
      for (const auto& code : passed.recovery_codes) {
        hashes.push_back(security::HashToken(security::NormalizeRecoveryCode(code)));
      }
      ASSURE_TRY(tx.recovery_codes().Replace(user.id, hashes, now));
    }
    ASSURE_TRY(tx.sign_in_throttle().Clear("mfa:" + std::to_string(user.id)));
    passed.session = context.session;
    passed.session.token_hash = security::HashToken(passed.token);
    passed.session.csrf_token = security::NewToken(random_);
    passed.session.mfa_passed = true;
    passed.session.last_seen_at = now;
    ASSURE_TRY(tx.sessions().Update(passed.session));
    return Record(tx.audit(),
                  MakeAuditEvent(ActorOf(context), std::string{action}, AuditOutcome::kSuccess, now,
                                 {"session", std::to_string(context.session.id)}));
  }));
  return passed;
}

core::Status SessionService::SignOut(const SessionContext& context) {
  const auto now = clock_.Now();
  return store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_TRY(tx.sessions().End(context.session.id, now));
    return Record(tx.audit(), MakeAuditEvent(ActorOf(context), "sign_out", AuditOutcome::kSuccess,
                                             now, {"session", std::to_string(context.session.id)}));
  });
}

core::Result<std::vector<Session>> SessionService::OpenSessions(const SessionContext& context) {
  return store_.Read([&](Transaction& tx) { return tx.sessions().ListActive(context.user.id); });
}

core::Status SessionService::EndSession(const SessionContext& context, SessionId id) {
  const auto now = clock_.Now();
  auto ended = store_.Write([&](Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(auto open, tx.sessions().ListActive(context.user.id));
    for (const auto& session : open) {
      if (session.id != id) continue;
      ASSURE_TRY(tx.sessions().End(id, now));
      return Record(tx.audit(),
                    MakeAuditEvent(ActorOf(context), "session.end", AuditOutcome::kSuccess, now,
                                   {"session", std::to_string(id)}));
    }
    return core::Error::NotFound("There is no such open session of yours.");
  });
  if (!ended && ended.error().code == core::ErrorCode::kNotFound) {
    // Someone else's session, or none: refused, and the attempt is on record.
    ASSURE_TRY(store_.Write([&](Transaction& tx) {
      return Record(
          tx.audit(),
          MakeAuditEvent(ActorOf(context), "session.end", AuditOutcome::kDenied, now,
                         {"session", std::to_string(id)}, "not an open session of this user"));
    }));
  }
  return ended;
}

}  // namespace assure::domain
