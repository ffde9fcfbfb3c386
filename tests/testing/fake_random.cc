#include "testing/fake_random.h"

namespace assure::testing {

FakeRandom::FakeRandom(std::uint64_t seed) : state_(seed) {}

std::string FakeRandom::Bytes(std::size_t n) {
  std::lock_guard lock(mutex_);
  std::string bytes;
  bytes.reserve(n);
  while (bytes.size() < n) {
    // SplitMix64 (Steele, Lea and Flood, 2014).
    state_ += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    for (int i = 0; i < 8 && bytes.size() < n; ++i) {
      bytes += static_cast<char>(static_cast<unsigned char>(z >> (8 * i)));
    }
  }
  return bytes;
}

}  // namespace assure::testing
