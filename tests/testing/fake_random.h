// FakeRandom: a security::Random whose bytes are a fixed function of its seed (SplitMix64), so a
// test sees the same tokens, secrets and codes on every run. Two fakes with the same seed give the
// same bytes; different seeds give different ones. Never for real secrets. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <string>

#include "security/random.h"

namespace assure::testing {

class FakeRandom final : public security::Random {
 public:
  explicit FakeRandom(std::uint64_t seed = 1);

  std::string Bytes(std::size_t n) override;

 private:
  std::mutex mutex_;
  std::uint64_t state_;  // GUARDED_BY(mutex_)
};

}  // namespace assure::testing
