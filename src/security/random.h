// Random: where every secret byte comes from (tokens, TOTP secrets, recovery codes).
//
// Randomness is always injected: code that needs secrets takes a Random&, the composition root
// makes one SodiumRandom, and tests use testing::FakeRandom for repeatable output. Callers borrow
// the Random and never own it. Implementations must be thread-safe; SodiumRandom is
// (randombytes_buf is), and holds no state.
#pragma once

#include <cstddef>
#include <string>

namespace assure::security {

class Random {
 public:
  virtual ~Random() = default;
  // n bytes, each uniformly distributed, as a binary string (not text).
  virtual std::string Bytes(std::size_t n) = 0;
};

// The operating system's CSPRNG through libsodium's randombytes_buf.
class SodiumRandom final : public Random {
 public:
  SodiumRandom();
  std::string Bytes(std::size_t n) override;
};

}  // namespace assure::security
