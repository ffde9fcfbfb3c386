#include "http/url_encoding.h"

#include <gtest/gtest.h>

namespace assure::http {
namespace {

TEST(UrlEncodingTest, DecodesEscapesAndPlus) {
  auto form = ParseUrlEncoded("name=Zo%C3%AB+Smith&role=agency_lead&role=reviewer");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("name"), "Zoë Smith");
  EXPECT_EQ(form->GetAll("role"), (std::vector<std::string>{"agency_lead", "reviewer"}));
  EXPECT_EQ(form->Get("missing"), std::nullopt);
}

TEST(UrlEncodingTest, RejectsMalformedEscapesAndNul) {
  EXPECT_FALSE(ParseUrlEncoded("a=%zz").has_value());
  EXPECT_FALSE(ParseUrlEncoded("a=%4").has_value());
  EXPECT_FALSE(ParseUrlEncoded("a=%00").has_value());
}

TEST(UrlEncodingTest, PlusIsLiteralInPaths) { EXPECT_EQ(PercentDecode("a+b%2Fc", false), "a+b/c"); }

TEST(UrlEncodingTest, EmptyValuesAndBareNamesAreKept) {
  auto form = ParseUrlEncoded("a=&b&&c=1");
  ASSERT_TRUE(form.has_value());
  EXPECT_EQ(form->Get("a"), "");
  EXPECT_EQ(form->Get("b"), "");
  EXPECT_EQ(form->Get("c"), "1");
}

TEST(UrlEncodingTest, ATextareasLineBreaksAreStoredAsLineFeeds) {
  EXPECT_EQ(WithLineFeeds("first\r\nsecond\r\n\r\nthird"), "first\nsecond\n\nthird");
  // A lone CR is not a browser's line break: kept as sent.
  EXPECT_EQ(WithLineFeeds("a\rb\nc\r"), "a\rb\nc\r");
  EXPECT_EQ(WithLineFeeds(""), "");
}

TEST(UrlEncodingTest, ParseBoundedNumberTakesOnlyPlainDigitsInRange) {
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

}  // namespace
}  // namespace assure::http
