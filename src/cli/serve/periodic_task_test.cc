#include "cli/serve/periodic_task.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace assure::cli {
namespace {

using namespace std::chrono_literals;

// Counts ticks and lets the test wait for a number of them.
class Ticks {
 public:
  void Tick() {
    std::lock_guard lock(mutex_);
    ++count_;
    changed_.notify_all();
  }
  // False if `n` ticks did not happen within a generous bound (a failure, not a measurement).
  bool WaitFor(int n) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, 30s, [&] { return count_ >= n; });
  }
  int count() {
    std::lock_guard lock(mutex_);
    return count_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int count_ = 0;
};

TEST(PeriodicTaskTest, TicksOnceAfterTheFirstDelayAndThenEveryInterval) {
  Ticks ticks;
  PeriodicTask task([&](std::stop_token) { ticks.Tick(); }, 0ms, 1ms);
  EXPECT_TRUE(ticks.WaitFor(3));
}

TEST(PeriodicTaskTest, DestroyingItBeforeTheFirstDelayEndsItWithoutATick) {
  Ticks ticks;
  {
    // Destroying it stops it: this returns although the first tick is a day away.
    PeriodicTask task([&](std::stop_token) { ticks.Tick(); }, 24h, 24h);
  }
  EXPECT_EQ(ticks.count(), 0);
}

TEST(PeriodicTaskTest, StopAsksTheRunningTickToStopWaitsForItAndNoTickFollows) {
  Ticks started;
  std::atomic<bool> saw_stop{false};
  PeriodicTask task(
      [&](std::stop_token stop) {
        started.Tick();
        std::mutex mutex;
        std::condition_variable_any never;
        std::unique_lock lock(mutex);
        never.wait(lock, stop, [] { return false; });  // until asked to stop
        saw_stop = stop.stop_requested();
      },
      0ms, 0ms);
  ASSERT_TRUE(started.WaitFor(1));
  task.Stop();
  EXPECT_TRUE(saw_stop);
  EXPECT_EQ(started.count(), 1);
}

}  // namespace
}  // namespace assure::cli
