#include "domain/identity/sign_in_service.h"

#include <algorithm>

#include "domain/identity/audit_record.h"
#include "security/tokens.h"

namespace assure::domain {

namespace {

std::string AccountKey(UserId id) { return "account:" + std::to_string(id); }
std::string AddressKey(const std::string& address) { return "address:" + address; }

struct Lookup {
  std::optional<User> user;
  std::vector<Membership> memberships;
  int address_failures = 0;
};

// Why an attempt failed, for the audit trail only (the person sees kSignInRefused).
std::string RefusalReason(const Lookup& found, bool password_ok, core::Instant now) {
  if (!found.user) return "unknown email";
  if (found.user->disabled) return "account disabled";
  if (found.user->locked_until && *found.user->locked_until > now) return "account locked";
  if (found.user->password_hash.empty()) return "no password set";
  if (!password_ok) return "wrong password";
  return "no membership";
}

}  // namespace

SignInService::SignInService(Store& store, const core::Clock& clock, security::Random& random,
                             const security::PasswordHasher& hasher, SignInLimits limits)
    : store_(store), clock_(clock), random_(random), hasher_(hasher), limits_(limits) {}

core::Result<SignedIn> SignInService::SignIn(const SignInAttempt& attempt) {
  if (attempt.email.empty()) {
    return core::Error::InvalidInput("email", "Enter your email address.");
  }
  if (attempt.password.empty()) {
    return core::Error::InvalidInput("password", "Enter your password.");
  }
  const auto now = clock_.Now();
  const auto since = now - std::chrono::duration_cast<std::chrono::microseconds>(limits_.window);
  const auto address_key = AddressKey(attempt.client_address);

  ASSURE_ASSIGN_OR_RETURN(auto found, store_.Read([&](Transaction& tx) -> core::Result<Lookup> {
    Lookup lookup;
    ASSURE_ASSIGN_OR_RETURN(auto failures, tx.sign_in_throttle().CountFailures(address_key, since));
    lookup.address_failures = failures;
    auto user = tx.users().FindByEmail(attempt.email);
    if (!user) {
      if (user.error().code != core::ErrorCode::kNotFound &&
          user.error().code != core::ErrorCode::kInvalidInput) {
        return user.error();
      }
      return lookup;
    }
    ASSURE_ASSIGN_OR_RETURN(auto memberships, tx.users().Memberships(user->id));
    lookup.user = std::move(*user);
    lookup.memberships = std::move(memberships);
    return lookup;
  }));

  const Actor anonymous{std::nullopt, std::nullopt, std::nullopt, attempt.client_address};
  if (found.address_failures >= limits_.address_failures) {
    ASSURE_TRY(store_.Write([&](Transaction& tx) {
      return Record(tx.audit(), MakeAuditEvent(anonymous, "sign_in", AuditOutcome::kDenied, now, {},
                                               "too many attempts from this address"));
    }));
    return core::Error::RateLimited(
        "There have been too many sign-in attempts from your network. Wait 5 minutes and try "
        "again.");
  }

  // Argon2id runs outside any transaction: it is slow on purpose and must not hold the writer.
  const User* user = found.user ? &*found.user : nullptr;
  const bool password_ok = user != nullptr && !user->password_hash.empty()
                               ? hasher_.Verify(attempt.password, user->password_hash)
                               : (hasher_.VerifyAgainstDummy(attempt.password), false);
  const bool usable = user != nullptr && !user->disabled &&
                      !(user->locked_until && *user->locked_until > now) &&
                      !found.memberships.empty();

  if (!password_ok || !usable) {
    const auto reason = RefusalReason(found, password_ok, now);
    ASSURE_TRY(store_.Write([&](Transaction& tx) -> core::Status {
      ASSURE_TRY(tx.sign_in_throttle().RecordFailure(address_key, now));
      Actor actor = anonymous;
      if (user != nullptr) {
        actor.user_id = user->id;
        ASSURE_TRY(tx.sign_in_throttle().RecordFailure(AccountKey(user->id), now));
        ASSURE_ASSIGN_OR_RETURN(auto failures,
                                tx.sign_in_throttle().CountFailures(AccountKey(user->id), since));
        const bool already_locked = user->locked_until && *user->locked_until > now;
        if (failures >= limits_.account_failures && !already_locked) {
          ASSURE_ASSIGN_OR_RETURN(auto fresh, tx.users().Get(user->id));
          fresh.locked_until =
              now + std::chrono::duration_cast<std::chrono::microseconds>(limits_.lockout);
          ASSURE_TRY(tx.users().Update(fresh));
          ASSURE_TRY(Record(
              tx.audit(),
              MakeAuditEvent(actor, "sign_in.lockout", AuditOutcome::kDenied, now,
                             {"user", std::to_string(user->id)}, "too many failed attempts")));
        }
      }
      return Record(tx.audit(),
                    MakeAuditEvent(actor, "sign_in", AuditOutcome::kFailure, now, {}, reason));
    }));
    return core::Error::Unauthenticated(std::string{kSignInRefused});
  }

  // A stronger cost configured since the hash was made: store a new hash (outside the writer).
  std::optional<std::string> rehashed;
  if (hasher_.NeedsRehash(user->password_hash)) {
    auto hash = hasher_.Hash(attempt.password);
    if (hash) rehashed = std::move(*hash);
  }

  const auto partnership_id = std::min_element(found.memberships.begin(), found.memberships.end(),
                                               [](const Membership& a, const Membership& b) {
                                                 return a.partnership_id < b.partnership_id;
                                               })
                                  ->partnership_id;
  SignedIn signed_in;
  signed_in.token = security::NewToken(random_);
  std::optional<std::string> raced;  // why the account stopped being usable while we hashed
  auto status = store_.Write([&](Transaction& tx) -> core::Status {
    // Everything read before the (slow) hash is checked again now, inside the transaction that
    // opens the session: attempts made at the same time cannot slip past a lockout or a limit,
    // and a password changed meanwhile is not accepted.
    ASSURE_ASSIGN_OR_RETURN(auto fresh, tx.users().Get(user->id));
    ASSURE_ASSIGN_OR_RETURN(auto account_failures,
                            tx.sign_in_throttle().CountFailures(AccountKey(user->id), since));
    ASSURE_ASSIGN_OR_RETURN(auto address_failures,
                            tx.sign_in_throttle().CountFailures(address_key, since));
    if (fresh.disabled) raced = "account disabled";
    if (fresh.locked_until && *fresh.locked_until > now) raced = "account locked";
    if (fresh.password_hash != user->password_hash) raced = "password changed";
    if (account_failures >= limits_.account_failures) raced = "too many failed attempts";
    if (address_failures >= limits_.address_failures) raced = "too many attempts from this address";
    if (raced) return core::Error::Unauthenticated(std::string{kSignInRefused});
    ASSURE_TRY(tx.sign_in_throttle().Clear(AccountKey(user->id)));
    if (rehashed) {
      fresh.password_hash = *rehashed;
      ASSURE_ASSIGN_OR_RETURN(auto updated, tx.users().Update(fresh));
      fresh = std::move(updated);
    }
    ASSURE_ASSIGN_OR_RETURN(auto partnership, tx.partnerships().FindById(partnership_id));
    Session session;
    session.token_hash = security::HashToken(signed_in.token);
    session.user_id = user->id;
    session.partnership_id = partnership_id;
    session.csrf_token = security::NewToken(random_);
    session.mfa_passed = !partnership.mfa_required;
    session.created_at = now;
    session.last_seen_at = now;
    session.client_address = attempt.client_address;
    session.user_agent = attempt.user_agent.substr(0, 200);
    ASSURE_ASSIGN_OR_RETURN(auto created, tx.sessions().Create(session));
    signed_in.session = std::move(created);
    signed_in.needs_mfa_enrolment = partnership.mfa_required && fresh.totp_secret.empty();
    const Actor actor{partnership_id, user->id, signed_in.session.id, attempt.client_address};
    return Record(
        tx.audit(),
        MakeAuditEvent(actor, signed_in.session.mfa_passed ? "sign_in" : "sign_in.password",
                       AuditOutcome::kSuccess, now,
                       {"session", std::to_string(signed_in.session.id)}));
  });
  if (!status && raced) {
    const Actor actor{std::nullopt, user->id, std::nullopt, attempt.client_address};
    ASSURE_TRY(store_.Write([&](Transaction& tx) {
      return Record(tx.audit(),
                    MakeAuditEvent(actor, "sign_in", AuditOutcome::kFailure, now, {}, *raced));
    }));
  }
  if (!status) return status.error();
  return signed_in;
}

}  // namespace assure::domain
