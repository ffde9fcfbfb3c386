// Repositories of sign-in state, declared here and implemented by storage: sessions, the sign-in
// throttle, MFA recovery codes, set-password links (invitations) and API tokens. Each works inside
// one transaction its creator provides and is used by one thread at a time.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/identity/api_token.h"
#include "domain/identity/session.h"

namespace assure::domain {

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual core::Result<Session> Create(const Session& session) = 0;
  // kNotFound when no session has that token hash (ended ones are still found: check ended_at).
  virtual core::Result<Session> FindByTokenHash(std::string_view token_hash) = 0;
  // Stores token_hash, partnership_id, csrf_token, mfa_passed, last_seen_at and ended_at.
  // Applies only to a session not yet ended (kNotFound otherwise), so that a concurrent sign-out
  // is never undone.
  virtual core::Status Update(const Session& session) = 0;
  // Sets last_seen_at of a session not yet ended; does nothing to an ended one.
  virtual core::Status Touch(SessionId id, core::Instant at) = 0;
  // Ends the session if it is open; ending an ended session keeps its first end.
  virtual core::Status End(SessionId id, core::Instant at) = 0;
  // Sessions of the user not yet ended, newest first.
  virtual core::Result<std::vector<Session>> ListActive(UserId user_id) = 0;
  // Ends every open session of the user but `except`; returns how many it ended.
  virtual core::Result<int> EndAll(UserId user_id, core::Instant at,
                                   std::optional<SessionId> except) = 0;
};

// Failed sign-in attempts by key: "account:<user id>" and "address:<client address>".
class SignInThrottle {
 public:
  virtual ~SignInThrottle() = default;
  virtual core::Status RecordFailure(std::string_view key, core::Instant at) = 0;
  // Failures recorded for `key` at or after `since`.
  virtual core::Result<int> CountFailures(std::string_view key, core::Instant since) = 0;
  virtual core::Status Clear(std::string_view key) = 0;
};

class RecoveryCodeRepository {
 public:
  virtual ~RecoveryCodeRepository() = default;
  // Replaces all of the user's codes with these (hashed) ones.
  virtual core::Status Replace(UserId user_id, const std::vector<std::string>& code_hashes,
                               core::Instant at) = 0;
  // Marks the unused code with that hash used; false if there is none.
  virtual core::Result<bool> Consume(UserId user_id, std::string_view code_hash,
                                     core::Instant at) = 0;
  virtual core::Result<int> CountUnused(UserId user_id) = 0;
};

// One-time, expiring links to set a password (invitations and resets).
class InvitationRepository {
 public:
  virtual ~InvitationRepository() = default;
  virtual core::Status Create(UserId user_id, std::string_view token_hash, core::Instant expires_at,
                              core::Instant created_at) = 0;
  // The user of an unused, unexpired link, marking it used; kNotFound otherwise.
  virtual core::Result<UserId> Consume(std::string_view token_hash, core::Instant now) = 0;
  // Marks every unused link of the user used (once one has set the password, the others must
  // not reset it).
  virtual core::Status RevokeAll(UserId user_id, core::Instant at) = 0;
};

class ApiTokenRepository {
 public:
  virtual ~ApiTokenRepository() = default;
  virtual core::Result<ApiToken> Create(const ApiToken& token) = 0;
  virtual core::Result<ApiToken> FindByHash(std::string_view token_hash) = 0;
  virtual core::Result<std::vector<ApiToken>> ListForUser(PartnershipId partnership_id,
                                                          UserId user_id) = 0;
  virtual core::Status Revoke(ApiTokenId id, UserId user_id, core::Instant at) = 0;
  virtual core::Status MarkUsed(ApiTokenId id, core::Instant at) = 0;
};

}  // namespace assure::domain
