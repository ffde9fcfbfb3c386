// SignInService: password sign-in with throttling, and the sessions it creates.
//
// Rules (doc/security.md): the same refusal, taking about the same time, for an unknown email, a
// wrong password, a disabled account, an account with no password yet, and a locked account, so
// the answer never confirms that an account exists. 10 failures for one account within 5 minutes
// lock it for 15 minutes (even the right password is refused); a client address is limited too.
// Each attempt is audited. A password hash made at a lower cost is replaced on success.
// A new session starts "pending MFA" when the partnership requires MFA.
//
// Thread-safe: holds references to thread-safe collaborators and no mutable state.
#pragma once

#include <chrono>
#include <string>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/session.h"
#include "domain/store.h"
#include "security/password_hasher.h"
#include "security/random.h"

namespace assure::domain {

struct SignInLimits {
  int account_failures = 10;  // within `window`: then the account locks
  std::chrono::minutes window{5};
  std::chrono::minutes lockout{15};
  int address_failures = 50;  // within `window`, from one client address
};

struct SignInAttempt {
  std::string email;
  std::string password;
  std::string client_address;
  std::string user_agent;
};

struct SignedIn {
  std::string token;  // for the cookie; only its hash is stored
  Session session;
  bool needs_mfa_enrolment = false;  // MFA required and not yet set up
};

inline constexpr std::string_view kSignInRefused =
    "Enter a correct email address and password. If you have tried many times, wait 15 minutes "
    "and try again.";

class SignInService {
 public:
  SignInService(Store& store, const core::Clock& clock, security::Random& random,
                const security::PasswordHasher& hasher, SignInLimits limits = {});

  // kUnauthenticated with kSignInRefused for every refusal; kRateLimited when the address is
  // over its limit; kInvalidInput when a field is empty.
  core::Result<SignedIn> SignIn(const SignInAttempt& attempt);

 private:
  Store& store_;
  const core::Clock& clock_;
  security::Random& random_;
  const security::PasswordHasher& hasher_;
  SignInLimits limits_;
};

}  // namespace assure::domain
