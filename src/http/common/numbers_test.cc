// The number readers: digits only, within range, nothing else.
#include "http/common/numbers.h"

#include <gtest/gtest.h>

namespace assure::http {
namespace {

TEST(NumbersTest, ParseBoundedNumberTakesOnlyPlainDigitsInRange) {
  EXPECT_EQ(ParseBoundedNumber("2", 9, 1, 100), 2);
  EXPECT_EQ(ParseBoundedNumber("100", 9, 1, 100), 100);
  EXPECT_EQ(ParseBoundedNumber("2026", 4, 1900, 2999), 2026);
  EXPECT_EQ(ParseBoundedNumber("101", 9, 1, 100), std::nullopt);
  EXPECT_EQ(ParseBoundedNumber("0", 9, 1, 100), std::nullopt);
  EXPECT_EQ(ParseBoundedNumber("12345", 4, 1, 99999), std::nullopt);  // too many digits
  for (const char* bad : {"", "-1", "+1", " 1", "1 ", "1e2", "0x1", "½"}) {
    EXPECT_EQ(ParseBoundedNumber(bad, 9, 1, 100), std::nullopt) << bad;
  }
}

TEST(NumbersTest, ParsePositiveRefusesZeroSignsAndText) {
  EXPECT_EQ(ParsePositive("12"), 12);
  EXPECT_EQ(ParsePositive("0"), std::nullopt);
  EXPECT_EQ(ParsePositive("-3"), std::nullopt);
  EXPECT_EQ(ParsePositive("+3"), std::nullopt);
  EXPECT_EQ(ParsePositive("3 "), std::nullopt);
  EXPECT_EQ(ParsePositive(""), std::nullopt);
  EXPECT_EQ(ParsePositive("99999999999999999999"), std::nullopt);
}

TEST(NumbersTest, ParseWholeTakesZeroAndLimitsDigits) {
  EXPECT_EQ(ParseWhole("0"), 0);
  EXPECT_EQ(ParseWhole("2026", 4), 2026);
  EXPECT_EQ(ParseWhole("20260", 4), std::nullopt);
  EXPECT_EQ(ParseWhole("-1"), std::nullopt);
  EXPECT_EQ(ParseWhole("1e3"), std::nullopt);
}

}  // namespace
}  // namespace assure::http
