#include "core/result.h"

#include <gtest/gtest.h>

#include <string>

namespace assure::core {
namespace {

Result<int> ParsePositive(int n) {
  if (n <= 0) return Error::InvalidInput("n", "n must be a positive whole number");
  return n;
}

Status Twice(int n, int& out) {
  auto first = ParsePositive(n);
  if (!first) return first.error();
  out = *first * 2;
  return Ok();
}

Status Chain(int n) {
  ASSURE_TRY(Twice(n, n));
  return Ok();
}

TEST(ResultTest, HoldsAValue) {
  auto r = ParsePositive(3);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, 3);
}

TEST(ResultTest, HoldsAnErrorNamingTheField) {
  auto r = ParsePositive(-1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(r.error().field, "n");
}

TEST(ResultTest, StatusPropagatesThroughTry) {
  EXPECT_TRUE(Chain(2).ok());
  auto failed = Chain(0);
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().message, "n must be a positive whole number");
}

TEST(ResultTest, ValueOfAnErrorIsABug) {
  EXPECT_DEATH({ (void)ParsePositive(0).value(); }, "Result misuse");
}

TEST(ErrorCodeTest, EveryCodeHasAName) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kConflict), "conflict");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kUnavailable), "unavailable");
}

}  // namespace
}  // namespace assure::core
