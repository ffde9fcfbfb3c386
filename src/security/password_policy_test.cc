#include "security/password_policy.h"

#include <gtest/gtest.h>

#include <fstream>

#include "testing/temp_dir.h"

namespace assure::security {
namespace {

const CommonPasswords& SomeCommon() {
  static const CommonPasswords common =
      CommonPasswords::FromList({"password1234", "CorrectHorseBatteryStaple"});
  return common;
}

TEST(PasswordPolicyTest, ElevenCharactersAreTooFewAndTwelveAreEnough) {
  const auto eleven = CheckNewPassword("abcdefghijk", SomeCommon());
  ASSERT_FALSE(eleven.ok());
  EXPECT_EQ(eleven.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(eleven.error().field, "password");
  EXPECT_TRUE(CheckNewPassword("abcdefghijkl", SomeCommon()).ok());
}

TEST(PasswordPolicyTest, AnAccentedLetterCountsAsOneCharacter) {
  // "é" is two bytes in UTF-8: eleven of them are 22 bytes but still eleven characters.
  std::string eleven;
  for (int i = 0; i < 11; ++i) eleven += "\xC3\xA9";
  EXPECT_FALSE(CheckNewPassword(eleven, SomeCommon()).ok());
  EXPECT_TRUE(CheckNewPassword(eleven + "\xC3\xA9", SomeCommon()).ok());
  EXPECT_EQ(CountCodePoints("caf\xC3\xA9 \xF0\x9F\x94\x91", "password").value(), 6u);
}

TEST(PasswordPolicyTest, AnyCharactersAreAllowedWithoutCompositionRules) {
  EXPECT_TRUE(CheckNewPassword("all lower case words", SomeCommon()).ok());
  EXPECT_TRUE(CheckNewPassword("            ", SomeCommon()).ok());
  EXPECT_TRUE(CheckNewPassword("\xF0\x9F\x94\x91\xF0\x9F\x94\x91\xF0\x9F\x94\x91"
                               "\xF0\x9F\x94\x91 passphrase",
                               SomeCommon())
                  .ok());
}

TEST(PasswordPolicyTest, MoreThan256CharactersAreRefused) {
  EXPECT_TRUE(CheckNewPassword(std::string(256, 'x'), SomeCommon()).ok());
  const auto status = CheckNewPassword(std::string(257, 'x'), SomeCommon());
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().field, "password");
}

TEST(PasswordPolicyTest, InvalidUtf8IsRefused) {
  for (const std::string& bad : {std::string("abcdefghijkl\xFF"), std::string("abcdefghijkl\xC3"),
                                 std::string("abcdefghijkl\xC0\xAF"),             // overlong "/"
                                 std::string("abcdefghijkl\xED\xA0\x80"),         // a surrogate
                                 std::string("abcdefghijkl\xF4\x90\x80\x80")}) {  // > U+10FFFF
    const auto status = CheckNewPassword(bad, SomeCommon());
    ASSERT_FALSE(status.ok());
    EXPECT_EQ(status.error().field, "password");
  }
}

TEST(PasswordPolicyTest, ACommonPasswordIsRefusedWhateverItsCaseWithoutRepeatingIt) {
  const auto status = CheckNewPassword("PassWord1234", SomeCommon());
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, "password");
  EXPECT_EQ(status.error().message.find("ssWord1234"), std::string::npos);
  EXPECT_FALSE(CheckNewPassword("correcthorsebatterystaple", SomeCommon()).ok());
}

TEST(PasswordPolicyTest, TheDebianJohnListLoadsAndRefusesItsLongEntry) {
  const auto common = CommonPasswords::LoadFile(std::string(kDefaultCommonPasswordsFile));
  ASSERT_TRUE(common.ok()) << common.error().message;
  EXPECT_GT(common->size(), 3000u);
  EXPECT_TRUE(common->Contains("PASSWORD1"));
  EXPECT_FALSE(
      common->Contains("#!comment: This list has been compiled by Solar Designer of "
                       "Openwall Project"));
  // The list's only entry of 12 characters or more.
  EXPECT_FALSE(CheckNewPassword("WinnieThePooh", *common).ok());
  EXPECT_TRUE(CheckNewPassword("winnie the pooh", *common).ok());
}

TEST(PasswordPolicyTest, LoadFileSkipsCommentsAndCarriageReturns) {
  const testing::TempDir dir;
  const auto path = dir.File("password.lst");
  {
    std::ofstream out(path, std::ios::binary);
    out << "#!comment: a header\r\nsummer2024summer\r\n\r\nhunter2\n";
  }
  const auto common = CommonPasswords::LoadFile(path);
  ASSERT_TRUE(common.ok());
  EXPECT_EQ(common->size(), 2u);
  EXPECT_TRUE(common->Contains("Summer2024Summer"));
  EXPECT_TRUE(common->Contains("hunter2"));
}

TEST(PasswordPolicyTest, LoadFileOfAMissingFileIsUnavailable) {
  const auto common = CommonPasswords::LoadFile("/nonexistent/assure/password.lst");
  ASSERT_FALSE(common.ok());
  EXPECT_EQ(common.error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace assure::security
