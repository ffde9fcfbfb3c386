#include "security/tokens.h"

#include <gtest/gtest.h>

#include <set>

#include "testing/fake_random.h"

namespace assure::security {
namespace {

bool IsBase64Url(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_';
}

TEST(TokensTest, NewTokenIs43Base64UrlCharactersWithoutPadding) {
  SodiumRandom random;
  const std::string token = NewToken(random);
  EXPECT_EQ(token.size(), kTokenLength);
  for (const char c : token) EXPECT_TRUE(IsBase64Url(c)) << token;
}

TEST(TokensTest, NewTokenEncodesTheInjectedRandomBytes) {
  testing::FakeRandom a(1);
  testing::FakeRandom b(1);
  EXPECT_EQ(NewToken(a), NewToken(b));
}

TEST(TokensTest, ThousandTokensFromSodiumRandomAreAllDifferent) {
  SodiumRandom random;
  std::set<std::string> tokens;
  for (int i = 0; i < 1000; ++i) tokens.insert(NewToken(random));
  EXPECT_EQ(tokens.size(), 1000u);
}

TEST(TokensTest, Sha256HexMatchesTheStandardTestVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(TokensTest, HashTokenIsStableAndDiffersBetweenTokens) {
  EXPECT_EQ(HashToken("a-token"), HashToken("a-token"));
  EXPECT_EQ(HashToken("a-token").size(), 64u);
  EXPECT_NE(HashToken("a-token"), HashToken("a-tokeN"));
}

TEST(TokensTest, ConstantTimeEqualsComparesBytesAndLengths) {
  EXPECT_TRUE(ConstantTimeEquals("", ""));
  EXPECT_TRUE(ConstantTimeEquals("secret", "secret"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secreT"));
  EXPECT_FALSE(ConstantTimeEquals("secret", "secret2"));
  EXPECT_FALSE(ConstantTimeEquals("", "x"));
  EXPECT_TRUE(ConstantTimeEquals(std::string_view("a\0b", 3), std::string_view("a\0b", 3)));
  EXPECT_FALSE(ConstantTimeEquals(std::string_view("a\0b", 3), std::string_view("a\0c", 3)));
}

}  // namespace
}  // namespace assure::security
