// FakeClock: a Clock that tests move by hand. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>

#include "core/clock.h"

namespace assure::testing {

class FakeClock final : public core::Clock {
 public:
  // Starts at 2026-01-05T09:00:00Z (a Monday) unless told otherwise.
  FakeClock();
  explicit FakeClock(core::Instant start);

  core::Instant Now() const override;
  std::chrono::steady_clock::time_point Steady() const override;
  void Advance(std::chrono::microseconds by);

 private:
  std::atomic<std::int64_t> micros_;
};

}  // namespace assure::testing
