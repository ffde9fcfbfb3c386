// The storage suite for the smaller sign-in repositories: the throttle, MFA recovery codes,
// set-password links and API tokens.
#include <gtest/gtest.h>

#include <chrono>

#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Transaction;
using namespace std::chrono_literals;

class SqlSignInStateTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    partnership_ = MakePartnership("area-a");
    user_ = MakeUser("sam@example.org");
  }

  template <typename Fn>
  auto Write(Fn fn) {
    return store().Write([&](Transaction& tx) { return fn(tx); });
  }

  domain::ApiToken Token(const std::string& name, const std::string& hash) {
    domain::ApiToken token;
    token.partnership_id = partnership_;
    token.user_id = user_;
    token.name = name;
    token.token_hash = hash;
    token.scopes = {"read", "write"};
    token.created_at = clock_.Now();
    token.expires_at = clock_.Now() + 24h * 90;
    return token;
  }

  domain::PartnershipId partnership_ = 0;
  domain::UserId user_ = 0;
};

TEST_P(SqlSignInStateTest, TheThrottleCountsFailuresOfOneKeySinceAnInstant) {
  const auto start = clock_.Now();
  ASSERT_TRUE(Write([&](Transaction& tx) -> core::Status {
                for (int minute : {0, 1, 2, 3}) {
                  ASSURE_TRY(tx.sign_in_throttle().RecordFailure(
                      "account:1", start + std::chrono::minutes{minute}));
                }
                return tx.sign_in_throttle().RecordFailure("address:192.0.2.1", start);
              }).ok());
  auto count = [&](const char* key, core::Instant since) {
    return Write([&](Transaction& tx) { return tx.sign_in_throttle().CountFailures(key, since); });
  };
  EXPECT_EQ(*count("account:1", start), 4);
  EXPECT_EQ(*count("account:1", start + 2min), 2);  // at or after
  EXPECT_EQ(*count("account:1", start + 2min + 1us), 1);
  EXPECT_EQ(*count("address:192.0.2.1", start), 1);
  EXPECT_EQ(*count("account:2", start), 0);
  ASSERT_TRUE(Write([](Transaction& tx) { return tx.sign_in_throttle().Clear("account:1"); }).ok());
  EXPECT_EQ(*count("account:1", start), 0);
  EXPECT_EQ(*count("address:192.0.2.1", start), 1);
}

TEST_P(SqlSignInStateTest, ARecoveryCodeIsConsumedOnceAndReplacingDropsTheOldOnes) {
  const auto now = clock_.Now();
  ASSERT_TRUE(Write([&](Transaction& tx) {
                return tx.recovery_codes().Replace(user_, {"h1", "h2", "h3"}, now);
              }).ok());
  auto consume = [&](const char* hash) {
    return Write([&](Transaction& tx) { return tx.recovery_codes().Consume(user_, hash, now); });
  };
  auto unused = [&] {
    return *Write([&](Transaction& tx) { return tx.recovery_codes().CountUnused(user_); });
  };
  EXPECT_EQ(unused(), 3);
  EXPECT_TRUE(*consume("h2"));
  EXPECT_FALSE(*consume("h2"));
  EXPECT_FALSE(*consume("unknown"));
  EXPECT_EQ(unused(), 2);
  const auto other = MakeUser("other@example.org");
  EXPECT_FALSE(
      *Write([&](Transaction& tx) { return tx.recovery_codes().Consume(other, "h1", now); }));

  ASSERT_TRUE(Write([&](Transaction& tx) {
                return tx.recovery_codes().Replace(user_, {"n1", "n2"}, now);
              }).ok());
  EXPECT_EQ(unused(), 2);
  EXPECT_FALSE(*consume("h1"));
  EXPECT_TRUE(*consume("n1"));
}

TEST_P(SqlSignInStateTest, ASetPasswordLinkWorksOnceAndOnlyBeforeItExpires) {
  const auto now = clock_.Now();
  ASSERT_TRUE(Write([&](Transaction& tx) -> core::Status {
                ASSURE_TRY(tx.invitations().Create(user_, "link-1", now + 1h, now));
                return tx.invitations().Create(user_, "link-2", now + 1h, now);
              }).ok());
  auto consume = [&](const char* hash, core::Instant at) {
    return Write([&](Transaction& tx) { return tx.invitations().Consume(hash, at); });
  };
  auto used = consume("link-1", now + 59min);
  ASSERT_TRUE(used.ok()) << used.error().message;
  EXPECT_EQ(*used, user_);
  EXPECT_EQ(consume("link-1", now + 59min).error().code, ErrorCode::kNotFound);  // used
  EXPECT_EQ(consume("link-2", now + 1h).error().code, ErrorCode::kNotFound);     // expired
  EXPECT_EQ(consume("unknown", now).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(consume("link-2", now + 1h - 1us).ok());
}

TEST_P(SqlSignInStateTest, ApiTokensAreCreatedFoundListedUsedAndRevoked) {
  auto created = Write([&](Transaction& tx) { return tx.api_tokens().Create(Token("CI", "t1")); });
  ASSERT_TRUE(created.ok()) << created.error().message;
  clock_.Advance(1s);
  auto second =
      Write([&](Transaction& tx) { return tx.api_tokens().Create(Token("Reports", "t2")); });
  ASSERT_TRUE(second.ok());

  auto found = Write([](Transaction& tx) { return tx.api_tokens().FindByHash("t1"); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->id, created->id);
  EXPECT_EQ(found->scopes, (std::vector<std::string>{"read", "write"}));
  EXPECT_EQ(found->expires_at, created->expires_at);
  EXPECT_FALSE(found->revoked_at.has_value());
  EXPECT_EQ(Write([](Transaction& tx) { return tx.api_tokens().FindByHash("t3"); }).error().code,
            ErrorCode::kNotFound);

  auto listed =
      Write([&](Transaction& tx) { return tx.api_tokens().ListForUser(partnership_, user_); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].name, "Reports");
  const auto elsewhere = MakePartnership("area-b");
  EXPECT_TRUE(Write([&](Transaction& tx) {
                return tx.api_tokens().ListForUser(elsewhere, user_);
              })->empty());

  const auto used_at = clock_.Now() + 1h;
  ASSERT_TRUE(
      Write([&](Transaction& tx) { return tx.api_tokens().MarkUsed(created->id, used_at); }).ok());
  const auto other = MakeUser("other@example.org");
  EXPECT_EQ(Write([&](Transaction& tx) {
              return tx.api_tokens().Revoke(created->id, other, clock_.Now());
            })
                .error()
                .code,
            ErrorCode::kNotFound);
  const auto revoked_at = clock_.Now() + 2h;
  ASSERT_TRUE(Write([&](Transaction& tx) {
                return tx.api_tokens().Revoke(created->id, user_, revoked_at);
              }).ok());
  ASSERT_TRUE(Write([&](Transaction& tx) {
                return tx.api_tokens().Revoke(created->id, user_, revoked_at + 1h);
              }).ok());
  found = Write([](Transaction& tx) { return tx.api_tokens().FindByHash("t1"); });
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(found->revoked_at, revoked_at);
  EXPECT_EQ(found->last_used_at, used_at);
}

TEST_P(SqlSignInStateTest, AnApiTokenNeedsANameAndOneWordScopes) {
  auto unnamed = Write([&](Transaction& tx) { return tx.api_tokens().Create(Token("", "t1")); });
  ASSERT_FALSE(unnamed.ok());
  EXPECT_EQ(unnamed.error().field, "name");
  domain::ApiToken spaced = Token("CI", "t1");
  spaced.scopes = {"read write"};
  auto bad = Write([&](Transaction& tx) { return tx.api_tokens().Create(spaced); });
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "scopes");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlSignInStateTest);

}  // namespace
}  // namespace assure::storage
