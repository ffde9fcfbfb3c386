#include "testing/fake_clock.h"

namespace assure::testing {

using std::chrono::microseconds;

FakeClock::FakeClock()
    : FakeClock(core::Instant{std::chrono::sys_days{std::chrono::year{2026} / 1 / 5} +
                              std::chrono::hours{9}}) {}

FakeClock::FakeClock(core::Instant start) : micros_(start.time_since_epoch().count()) {}

core::Instant FakeClock::Now() const { return core::Instant{microseconds{micros_.load()}}; }

std::chrono::steady_clock::time_point FakeClock::Steady() const {
  return std::chrono::steady_clock::time_point{microseconds{micros_.load()}};
}

void FakeClock::Advance(microseconds by) { micros_ += by.count(); }

}  // namespace assure::testing
