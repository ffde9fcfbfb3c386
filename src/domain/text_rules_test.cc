#include "domain/text_rules.h"

#include <gtest/gtest.h>

#include <string>

namespace assure::domain {
namespace {

using core::ErrorCode;

TEST(ValidateSlugTest, AcceptsLowercaseLettersDigitsAndHyphens) {
  EXPECT_TRUE(ValidateSlug("slug", "north-yorkshire-2").ok());
  EXPECT_TRUE(ValidateSlug("slug", "ab").ok());
  EXPECT_TRUE(ValidateSlug("slug", std::string(63, 'a')).ok());
}

TEST(ValidateSlugTest, RejectsTooShortOrTooLongNamingTheField) {
  for (const std::string& slug : {std::string{}, std::string{"a"}, std::string(64, 'a')}) {
    auto status = ValidateSlug("slug", slug);
    ASSERT_FALSE(status.ok()) << slug;
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(status.error().field, "slug");
  }
}

TEST(ValidateSlugTest, RejectsUppercaseSpacesAndOtherCharacters) {
  for (const char* slug : {"North", "north yorkshire", "north_yorkshire", "zoë", "a/b"}) {
    auto status = ValidateSlug("slug", slug);
    ASSERT_FALSE(status.ok()) << slug;
    EXPECT_EQ(status.error().field, "slug");
    EXPECT_EQ(status.error().message.find(slug), std::string::npos) << "echoes the value";
  }
}

TEST(ValidateSlugTest, RejectsLeadingOrTrailingHyphen) {
  EXPECT_FALSE(ValidateSlug("slug", "-north").ok());
  EXPECT_FALSE(ValidateSlug("slug", "north-").ok());
}

TEST(ValidateNameTest, AcceptsUnicodeUpToTwoHundredCharacters) {
  EXPECT_TRUE(ValidateName("name", "Zoë Ødegård — 東京 🙂").ok());
  std::string two_hundred;
  for (int i = 0; i < 200; ++i) two_hundred += "é";  // 400 bytes, 200 characters
  EXPECT_TRUE(ValidateName("name", two_hundred).ok());
  EXPECT_FALSE(ValidateName("name", two_hundred + "e").ok());
}

TEST(ValidateNameTest, RejectsEmptyAndBlankNamingTheField) {
  for (const char* name : {"", " ", " \t\n "}) {
    auto status = ValidateName("agency name", name);
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
    EXPECT_EQ(status.error().field, "agency name");
    EXPECT_EQ(status.error().message, "Enter the agency name.");
  }
}

TEST(ValidateNameTest, RejectsUntrimmedNames) {
  EXPECT_FALSE(ValidateName("name", " Police").ok());
  EXPECT_FALSE(ValidateName("name", "Police ").ok());
  EXPECT_TRUE(ValidateName("name", TrimName("  Police \n")).ok());
}

TEST(ValidateNameTest, RejectsControlCharactersAndInvalidUtf8) {
  EXPECT_FALSE(ValidateName("name", "Line\nbreak").ok());
  EXPECT_FALSE(ValidateName("name", std::string{"nul\0inside", 10}).ok());
  EXPECT_FALSE(ValidateName("name", "bad \xC3").ok());
  EXPECT_FALSE(ValidateName("name", "overlong \xC0\xAF").ok());
  EXPECT_FALSE(ValidateName("name", "surrogate \xED\xA0\x80").ok());
}

TEST(TrimNameTest, RemovesOuterWhiteSpaceOnly) {
  EXPECT_EQ(TrimName("  Child  H \t"), "Child  H");
  EXPECT_EQ(TrimName("   "), "");
}

}  // namespace
}  // namespace assure::domain
