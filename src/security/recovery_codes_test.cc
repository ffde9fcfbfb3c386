#include "security/recovery_codes.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "security/tokens.h"
#include "testing/fake_random.h"

namespace assure::security {
namespace {

TEST(RecoveryCodesTest, TenCodesOfSixGroupsOfFourUnambiguousCharacters) {
  SodiumRandom random;
  const auto codes = NewRecoveryCodes(random);
  ASSERT_EQ(codes.size(), 10u);
  static const std::regex kFormat{"[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){5}"};
  for (const auto& code : codes) EXPECT_TRUE(std::regex_match(code, kFormat)) << code;
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), codes.size());
}

TEST(RecoveryCodesTest, CodesComeFromTheInjectedRandom) {
  testing::FakeRandom a(5);
  testing::FakeRandom b(5);
  EXPECT_EQ(NewRecoveryCodes(a, 3), NewRecoveryCodes(b, 3));
  EXPECT_TRUE(NewRecoveryCodes(a, 0).empty());
}

TEST(RecoveryCodesTest, NormalizationIgnoresCaseSpacesAndHyphens) {
  EXPECT_EQ(NormalizeRecoveryCode("7K2M-9QX4 ab cd-"), "7k2m9qx4abcd");
  EXPECT_EQ(NormalizeRecoveryCode(" 7k2m9qx4abcd\n"), "7k2m9qx4abcd");
}

TEST(RecoveryCodesTest, NormalizationReadsLookAlikesAsDigits) {
  EXPECT_EQ(NormalizeRecoveryCode("OoIiLl"), "001111");
}

TEST(RecoveryCodesTest, ATypedCodeHashesToTheStoredHash) {
  testing::FakeRandom random;
  for (const auto& code : NewRecoveryCodes(random)) {
    const std::string stored = HashToken(NormalizeRecoveryCode(code));
    std::string typed;
    for (const char c : code) {
      if (c != '-') typed += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (c == '-') typed += ' ';
    }
    EXPECT_EQ(HashToken(NormalizeRecoveryCode(typed)), stored) << code << " typed as " << typed;
  }
}

}  // namespace
}  // namespace assure::security
