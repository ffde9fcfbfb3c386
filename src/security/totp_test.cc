#include "security/totp.h"

#include <gtest/gtest.h>

#include <chrono>

#include "testing/fake_random.h"

namespace assure::security {
namespace {

using std::chrono::seconds;

core::Instant At(std::int64_t unix_seconds) { return core::Instant{seconds{unix_seconds}}; }

constexpr std::string_view kRfcSecret = "12345678901234567890";

TEST(TotpTest, CodesMatchTheRfc6238Sha1TestVectors) {
  EXPECT_EQ(TotpCode(kRfcSecret, At(59), 8), "94287082");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111109), 8), "07081804");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111111), 8), "14050471");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1234567890), 8), "89005924");
  EXPECT_EQ(TotpCode(kRfcSecret, At(2000000000), 8), "69279037");
  EXPECT_EQ(TotpCode(kRfcSecret, At(20000000000), 8), "65353130");
}

TEST(TotpTest, SixDigitCodesAreTheLastSixOfTheEightDigitOnes) {
  EXPECT_EQ(TotpCode(kRfcSecret, At(59)), "287082");
  EXPECT_EQ(TotpCode(kRfcSecret, At(1111111109)), "081804");
}

TEST(TotpTest, VerifyReturnsTheMatchedThirtySecondStep) {
  EXPECT_EQ(VerifyTotp(kRfcSecret, "94287082", At(59), 0, 8), 1);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "287082", At(59)), 1);
  EXPECT_EQ(TotpStep(At(1111111109)), 37037036);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "07081804", At(1111111109), 1, 8), 37037036);
}

TEST(TotpTest, VerifyAcceptsOneStepEitherSideAndRefusesTwo) {
  testing::FakeRandom random;
  const std::string secret = NewTotpSecret(random);
  const core::Instant now = At(1767600000);  // 2026-01-05T08:00:00Z
  const std::int64_t step = TotpStep(now);
  const std::string previous = TotpCode(secret, now - seconds{30});
  const std::string next = TotpCode(secret, now + seconds{30});
  const std::string two_ago = TotpCode(secret, now - seconds{60});
  EXPECT_EQ(VerifyTotp(secret, TotpCode(secret, now), now), step);
  EXPECT_EQ(VerifyTotp(secret, previous, now), step - 1);
  EXPECT_EQ(VerifyTotp(secret, next, now), step + 1);
  EXPECT_EQ(VerifyTotp(secret, two_ago, now), std::nullopt);
  EXPECT_EQ(VerifyTotp(secret, two_ago, now, 2), step - 2);
  EXPECT_EQ(VerifyTotp(secret, previous, now, 0), std::nullopt);
}

TEST(TotpTest, VerifyRefusesCodesOfTheWrongLengthOrWithNonDigits) {
  const core::Instant at = At(59);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "28708", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "2870820", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "94287082", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, " 287082", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "287 82", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "28708a", at), std::nullopt);
  EXPECT_EQ(VerifyTotp(kRfcSecret, "+28708", at), std::nullopt);
  EXPECT_EQ(VerifyTotp("", "287082", at), std::nullopt);
}

TEST(TotpTest, VerifyRefusesTheCodeOfAnotherSecret) {
  testing::FakeRandom random;
  const std::string mine = NewTotpSecret(random);
  const std::string theirs = NewTotpSecret(random);
  const core::Instant now = At(1767600000);
  EXPECT_EQ(VerifyTotp(mine, TotpCode(theirs, now), now, 0), std::nullopt);
}

TEST(TotpTest, NewSecretIsTwentyInjectedBytes) {
  testing::FakeRandom a(3);
  testing::FakeRandom b(3);
  const std::string secret = NewTotpSecret(a);
  EXPECT_EQ(secret.size(), kTotpSecretBytes);
  EXPECT_EQ(secret, NewTotpSecret(b));
}

TEST(TotpTest, Base32MatchesTheRfc4648VectorsWithoutPadding) {
  EXPECT_EQ(Base32(""), "");
  EXPECT_EQ(Base32("f"), "MY");
  EXPECT_EQ(Base32("fo"), "MZXQ");
  EXPECT_EQ(Base32("foo"), "MZXW6");
  EXPECT_EQ(Base32("foob"), "MZXW6YQ");
  EXPECT_EQ(Base32("fooba"), "MZXW6YTB");
  EXPECT_EQ(Base32("foobar"), "MZXW6YTBOI");
  EXPECT_EQ(Base32(kRfcSecret), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
}

TEST(TotpTest, Base32RoundTripsEveryLengthOfRandomBytes) {
  testing::FakeRandom random;
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string bytes = random.Bytes(n);
    const auto decoded = FromBase32(Base32(bytes));
    ASSERT_TRUE(decoded.ok()) << n;
    EXPECT_EQ(*decoded, bytes);
  }
}

TEST(TotpTest, FromBase32ForgivesCaseSpacesHyphensAndPadding) {
  EXPECT_EQ(FromBase32("mzxw 6ytb-oi======").value(), "foobar");
}

TEST(TotpTest, FromBase32RefusesOtherCharactersAndImpossibleLengths) {
  for (const std::string_view bad : {"MZXW6YTB0I", "MZXW6YTB1I", "MZXW!", "M", "MZX", "MZXW6Y",
                                     "MZ"}) {  // "MZ" leaves a non-zero bit after "f"
    const auto decoded = FromBase32(bad);
    ASSERT_FALSE(decoded.ok()) << bad;
    EXPECT_EQ(decoded.error().field, "secret");
  }
}

TEST(TotpTest, OtpauthUriPercentEncodesIssuerAndAccount) {
  EXPECT_EQ(OtpauthUri("Assure Safeguarding", "jo.bloggs+test@example.org", "foobar"),
            "otpauth://totp/Assure%20Safeguarding:jo.bloggs%2Btest%40example.org"
            "?secret=MZXW6YTBOI&issuer=Assure%20Safeguarding&algorithm=SHA1&digits=6&period=30");
  EXPECT_EQ(OtpauthUri("A:B&C", "x?y", "f"),
            "otpauth://totp/A%3AB%26C:x%3Fy?secret=MY&issuer=A%3AB%26C&algorithm=SHA1&digits=6"
            "&period=30");
}

}  // namespace
}  // namespace assure::security
