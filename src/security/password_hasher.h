// PasswordHasher: Argon2id password hashes in libsodium's self-describing string form
// ("$argon2id$v=19$m=19456,t=2,p=1$salt$hash"), which carries its own salt and cost.
//
// Hash makes a new hash at the configured cost; Verify checks a password against any stored
// Argon2 hash, whatever cost it was made at; NeedsRehash says a stored hash was made at another
// cost, so the caller should store Hash(password) after the next successful sign-in.
// VerifyAgainstDummy spends the time of one Verify and always answers false: call it when the
// email is unknown, so the response time does not reveal which accounts exist.
// The salt comes from libsodium's own CSPRNG (crypto_pwhash_str offers no way to inject it).
// Immutable after construction; thread-safe. Construction computes the dummy hash once, so it
// costs one Hash.
#pragma once

#include <cstddef>
#include <memory>
#include <semaphore>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::security {

struct PasswordCost {
  unsigned long long ops;  // Argon2 iterations (t)
  std::size_t mem_bytes;   // Argon2 memory (m), in bytes
};

// OWASP Password Storage Cheat Sheet minimum for Argon2id: 19 MiB, 2 iterations, 1 lane.
inline constexpr PasswordCost kPasswordCostDefault{2, std::size_t{19} * 1024 * 1024};

// libsodium's minimum (1 iteration, 8 KiB): fast tests, worthless protection. Never in a server.
inline constexpr PasswordCost kPasswordCostForTestsOnly{1, std::size_t{8} * 1024};

class PasswordHasher {
 public:
  // Throws std::runtime_error if the dummy hash cannot be made (out of memory at start-up).
  explicit PasswordHasher(PasswordCost cost);

  // Internal error only if Argon2 cannot get its memory.
  core::Result<std::string> Hash(std::string_view password) const;

  // False for a wrong password and for a stored hash that is not an Argon2 hash string.
  bool Verify(std::string_view password, std::string_view stored_hash) const;

  // True when stored_hash was made with another algorithm or cost (higher or lower), or is not
  // a hash string at all.
  bool NeedsRehash(std::string_view stored_hash) const;

  // Takes as long as Verify and returns false.
  bool VerifyAgainstDummy(std::string_view password) const;

  PasswordCost cost() const { return cost_; }

  // At most this many Argon2 computations run at once (each holds cost().mem_bytes); more wait.
  static constexpr std::ptrdiff_t kMaxConcurrent = 2;

 private:
  PasswordCost cost_;
  std::string dummy_hash_;
  // Bounds memory under a burst of sign-ins. unique_ptr: a semaphore cannot move.
  std::unique_ptr<std::counting_semaphore<kMaxConcurrent>> slots_;
};

}  // namespace assure::security
