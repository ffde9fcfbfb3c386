#include "security/password_hasher.h"

#include <sodium.h>

#include <array>
#include <stdexcept>
#include <utility>

#include "security/sodium_init.h"

namespace assure::security {
namespace {

// crypto_pwhash_str_* want a NUL-terminated hash string shorter than crypto_pwhash_STRBYTES.
bool CopyHashString(std::string_view stored_hash, std::array<char, crypto_pwhash_STRBYTES>& out) {
  if (stored_hash.size() >= out.size()) return false;
  if (stored_hash.find('\0') != std::string_view::npos) return false;
  out.fill('\0');
  stored_hash.copy(out.data(), stored_hash.size());
  return true;
}

}  // namespace

namespace {

// Holds one of the hasher's slots for its lifetime.
class Slot {
 public:
  explicit Slot(std::counting_semaphore<PasswordHasher::kMaxConcurrent>& slots) : slots_(slots) {
    slots_.acquire();
  }
  ~Slot() { slots_.release(); }
  Slot(const Slot&) = delete;
  Slot& operator=(const Slot&) = delete;

 private:
  std::counting_semaphore<PasswordHasher::kMaxConcurrent>& slots_;
};

}  // namespace

PasswordHasher::PasswordHasher(PasswordCost cost)
    : cost_(cost),
      slots_(std::make_unique<std::counting_semaphore<kMaxConcurrent>>(kMaxConcurrent)) {
  EnsureSodiumInitialized();
  auto dummy = Hash("assure: a password that no account has");
  if (!dummy.ok()) throw std::runtime_error("cannot make the dummy password hash: out of memory?");
  dummy_hash_ = std::move(dummy).value();
}

core::Result<std::string> PasswordHasher::Hash(std::string_view password) const {
  std::array<char, crypto_pwhash_STRBYTES> out{};
  const Slot slot(*slots_);
  if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), cost_.ops,
                            cost_.mem_bytes, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return core::Error::Internal("Argon2id could not hash a password (out of memory?)");
  }
  return std::string(out.data());
}

bool PasswordHasher::Verify(std::string_view password, std::string_view stored_hash) const {
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (!CopyHashString(stored_hash, hash)) return false;
  const Slot slot(*slots_);
  return crypto_pwhash_str_verify(hash.data(), password.data(), password.size()) == 0;
}

bool PasswordHasher::NeedsRehash(std::string_view stored_hash) const {
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (!CopyHashString(stored_hash, hash)) return true;
  return crypto_pwhash_argon2id_str_needs_rehash(hash.data(), cost_.ops, cost_.mem_bytes) != 0;
}

bool PasswordHasher::VerifyAgainstDummy(std::string_view password) const {
  (void)Verify(password, dummy_hash_);
  return false;
}

}  // namespace assure::security
