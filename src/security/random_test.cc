#include "security/random.h"

#include <gtest/gtest.h>

#include "testing/fake_random.h"

namespace assure::security {
namespace {

TEST(RandomTest, SodiumRandomGivesTheNumberOfBytesAskedFor) {
  SodiumRandom random;
  EXPECT_EQ(random.Bytes(0).size(), 0u);
  EXPECT_EQ(random.Bytes(1).size(), 1u);
  EXPECT_EQ(random.Bytes(100).size(), 100u);
}

TEST(RandomTest, SodiumRandomNeverRepeatsItself) {
  SodiumRandom random;
  EXPECT_NE(random.Bytes(32), random.Bytes(32));
}

TEST(RandomTest, FakeRandomRepeatsForTheSameSeedAndDiffersForAnother) {
  testing::FakeRandom a(7);
  testing::FakeRandom b(7);
  testing::FakeRandom c(8);
  const std::string first = a.Bytes(13);
  EXPECT_EQ(first.size(), 13u);
  EXPECT_EQ(first, b.Bytes(13));
  EXPECT_NE(first, c.Bytes(13));
  EXPECT_NE(first, a.Bytes(13));
}

}  // namespace
}  // namespace assure::security
