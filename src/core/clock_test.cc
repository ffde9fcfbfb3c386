#include "core/clock.h"

#include <gtest/gtest.h>

#include "testing/fake_clock.h"

namespace assure::core {
namespace {

using namespace std::chrono_literals;

TEST(FormatInstantTest, IsFixedWidthUtcWithMicroseconds) {
  Instant t{std::chrono::sys_days{std::chrono::year{2025} / 1 / 6} + 9h + 5min + 7s + 42us};
  EXPECT_EQ(FormatInstant(t), "2025-01-06T09:05:07.000042Z");
}

TEST(FormatInstantTest, TextOrderIsTimeOrder) {
  testing::FakeClock clock;
  const auto before = FormatInstant(clock.Now());
  clock.Advance(1us);
  EXPECT_LT(before, FormatInstant(clock.Now()));
}

TEST(SystemClockTest, SteadyNeverGoesBackwards) {
  SystemClock clock;
  auto a = clock.Steady();
  auto b = clock.Steady();
  EXPECT_LE(a, b);
}

}  // namespace
}  // namespace assure::core
