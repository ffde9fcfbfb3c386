#include "security/password_hasher.h"

#include <gtest/gtest.h>

namespace assure::security {
namespace {

TEST(PasswordHasherTest, HashIsAnArgon2idStringThatVerifiesOnlyTheSamePassword) {
  const PasswordHasher hasher(kPasswordCostForTestsOnly);
  const auto hash = hasher.Hash("correct horse battery staple");
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=8,t=1,p=1$")) << *hash;
  EXPECT_TRUE(hasher.Verify("correct horse battery staple", *hash));
  EXPECT_FALSE(hasher.Verify("correct horse battery stapl", *hash));
  EXPECT_FALSE(hasher.Verify("", *hash));
}

TEST(PasswordHasherTest, TwoHashesOfOnePasswordDifferByTheirSalt) {
  const PasswordHasher hasher(kPasswordCostForTestsOnly);
  EXPECT_NE(hasher.Hash("same password here").value(), hasher.Hash("same password here").value());
}

TEST(PasswordHasherTest, VerifyRefusesSomethingThatIsNotAHash) {
  const PasswordHasher hasher(kPasswordCostForTestsOnly);
  EXPECT_FALSE(hasher.Verify("password", ""));
  EXPECT_FALSE(hasher.Verify("password", "password"));
  EXPECT_FALSE(hasher.Verify("password", std::string(1000, '$')));
  EXPECT_FALSE(hasher.Verify("password", std::string_view("$argon2id\0", 10)));
}

TEST(PasswordHasherTest, VerifyAcceptsAHashMadeAtAnotherCost) {
  const PasswordHasher cheap(kPasswordCostForTestsOnly);
  const PasswordHasher dearer({2, std::size_t{64} * 1024});
  EXPECT_TRUE(dearer.Verify("a password", cheap.Hash("a password").value()));
}

TEST(PasswordHasherTest, NeedsRehashWhenTheCostRises) {
  const PasswordHasher cheap(kPasswordCostForTestsOnly);
  const PasswordHasher dearer({2, std::size_t{64} * 1024});
  const std::string hash = cheap.Hash("a password").value();
  EXPECT_FALSE(cheap.NeedsRehash(hash));
  EXPECT_TRUE(dearer.NeedsRehash(hash));
  EXPECT_FALSE(dearer.NeedsRehash(dearer.Hash("a password").value()));
}

TEST(PasswordHasherTest, NeedsRehashForSomethingThatIsNotAnArgon2idHash) {
  const PasswordHasher hasher(kPasswordCostForTestsOnly);
  EXPECT_TRUE(hasher.NeedsRehash(""));
  EXPECT_TRUE(hasher.NeedsRehash("$2y$10$abcdefghijklmnopqrstuv"));
}

TEST(PasswordHasherTest, VerifyAgainstDummyIsFalseEvenForTheDummyPassword) {
  const PasswordHasher hasher(kPasswordCostForTestsOnly);
  EXPECT_FALSE(hasher.VerifyAgainstDummy("anything at all"));
  EXPECT_FALSE(hasher.VerifyAgainstDummy("assure: a password that no account has"));
}

TEST(PasswordHasherTest, DefaultCostIsTheOwaspArgon2idMinimum) {
  EXPECT_EQ(kPasswordCostDefault.ops, 2u);
  EXPECT_EQ(kPasswordCostDefault.mem_bytes, 19u * 1024 * 1024);
  const PasswordHasher hasher(kPasswordCostDefault);
  const auto hash = hasher.Hash("a real password");
  ASSERT_TRUE(hash.ok());
  EXPECT_TRUE(hash->starts_with("$argon2id$v=19$m=19456,t=2,p=1$")) << *hash;
  EXPECT_TRUE(hasher.Verify("a real password", *hash));
  EXPECT_FALSE(hasher.NeedsRehash(*hash));
}

}  // namespace
}  // namespace assure::security
