// Clock: the only way code learns the time. SystemClock (system_clock.cc) is the one place that
// reads the real clock; tests use testing::FakeClock. Implementations must be thread-safe.
#pragma once

#include <chrono>
#include <string>

namespace assure::core {

using Instant = std::chrono::sys_time<std::chrono::microseconds>;

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Instant Now() const = 0;
  // A steady reading for measuring durations; never goes backwards.
  virtual std::chrono::steady_clock::time_point Steady() const = 0;
};

class SystemClock final : public Clock {
 public:
  Instant Now() const override;
  std::chrono::steady_clock::time_point Steady() const override;
};

// "2026-11-26T05:35:15.123456Z": the storage and wire form of an instant (fixed width, so text
// order is time order on both databases).
std::string FormatInstant(Instant instant);

}  // namespace assure::core
