#include "http/common/throttle/address_limit.h"

#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "testing/fake_clock.h"

namespace assure::http {
namespace {

using namespace std::chrono_literals;

TEST(AddressLimitTest, FiveAnHourFromOneAddressThenRefusedUntilTheOldestIsAnHourOld) {
  testing::FakeClock clock;
  AddressLimit limit(clock);
  for (int i = 0; i < 5; ++i) {
    EXPECT_TRUE(limit.Admit("192.0.2.1")) << i;
    clock.Advance(1min);
  }
  EXPECT_FALSE(limit.Admit("192.0.2.1"));
  EXPECT_TRUE(limit.Admit("192.0.2.2"));  // another address has its own count
  clock.Advance(54min);                   // the first send is 59 minutes old
  EXPECT_FALSE(limit.Admit("192.0.2.1"));
  clock.Advance(1min);  // now it is an hour old: one more may go
  EXPECT_TRUE(limit.Admit("192.0.2.1"));
  EXPECT_FALSE(limit.Admit("192.0.2.1"));
}

TEST(AddressLimitTest, ARefusedSendDoesNotCount) {
  testing::FakeClock clock;
  AddressLimit limit(clock, {2, 10min, 100});
  EXPECT_TRUE(limit.Admit("a"));
  EXPECT_TRUE(limit.Admit("a"));
  for (int i = 0; i < 20; ++i) EXPECT_FALSE(limit.Admit("a"));
  clock.Advance(10min);  // both counted sends have left the window; the refusals left nothing
  EXPECT_TRUE(limit.Admit("a"));
  EXPECT_TRUE(limit.Admit("a"));
}

TEST(AddressLimitTest, RemembersAtMostMaxAddressesAndForgetsOldOnesWhenFull) {
  testing::FakeClock clock;
  AddressLimit limit(clock, {5, 1h, 3});
  EXPECT_TRUE(limit.Admit("a"));
  EXPECT_TRUE(limit.Admit("b"));
  EXPECT_TRUE(limit.Admit("c"));
  // Full of addresses inside their hour: a new one is refused, and not remembered.
  EXPECT_FALSE(limit.Admit("d"));
  EXPECT_EQ(limit.Remembered(), 3u);
  EXPECT_TRUE(limit.Admit("a"));  // one already known still may send
  clock.Advance(61min);
  // The sweep forgets a, b and c, whose sends are all over an hour old.
  EXPECT_TRUE(limit.Admit("d"));
  EXPECT_EQ(limit.Remembered(), 1u);
}

TEST(AddressLimitTest, WhenFullTheTableIsSweptAtMostOnceAMinute) {
  testing::FakeClock clock;
  AddressLimit limit(clock, {5, 10min, 2});
  EXPECT_TRUE(limit.Admit("a"));
  clock.Advance(9min + 30s);
  EXPECT_TRUE(limit.Admit("b"));
  EXPECT_FALSE(limit.Admit("c"));  // swept: a is 9.5 minutes old, still inside its window
  clock.Advance(40s);              // a is now outside its window...
  EXPECT_FALSE(limit.Admit("c"));  // ...but the last sweep was 40 seconds ago
  clock.Advance(20s);
  EXPECT_TRUE(limit.Admit("c"));  // a minute since: swept, a forgotten
  EXPECT_EQ(limit.Remembered(), 2u);
}

TEST(AddressLimitTest, ManyThreadsAdmitExactlyTheLimit) {
  testing::FakeClock clock;
  AddressLimit limit(clock, {50, 1h, 100});
  std::atomic<int> admitted{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) admitted += limit.Admit("198.51.100.7") ? 1 : 0;
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(admitted.load(), 50);
}

}  // namespace
}  // namespace assure::http
