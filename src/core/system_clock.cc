// The only file that reads the real clock (tests/architecture checks this).
#include <chrono>

#include "core/clock.h"

namespace assure::core {

Instant SystemClock::Now() const {
  return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::system_clock::now());
}

std::chrono::steady_clock::time_point SystemClock::Steady() const {
  return std::chrono::steady_clock::now();
}

}  // namespace assure::core
