#include "http/common/url_encoding.h"

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

}  // namespace
}  // namespace assure::http
