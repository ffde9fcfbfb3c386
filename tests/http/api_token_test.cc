// Personal access tokens on /api/v1, through real HTTP against the whole server, on both backends.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domain/identity/session_service.h"
#include "security/tokens.h"
#include "testing/test_app.h"

namespace assure {
namespace {

using namespace std::chrono_literals;

class ApiTokenTest : public testing::AppTest {
 protected:
  // Stores a token for Ada and returns it (only its hash is stored).
  std::string MakeToken(std::vector<std::string> scopes, std::chrono::hours life = 24h) {
    const std::string token = "test-token-" + std::to_string(++made_);
    domain::ApiToken record;
    record.partnership_id = north_;
    record.user_id = ada_;
    record.name = "script " + std::to_string(made_);
    record.token_hash = security::HashToken(token);
    record.scopes = std::move(scopes);
    record.created_at = t_->clock().Now();
    record.expires_at = t_->clock().Now() + life;
    auto created =
        t_->store().Write([&](domain::Transaction& tx) { return tx.api_tokens().Create(record); });
    EXPECT_TRUE(created.ok()) << created.error().message;
    last_id_ = created->id;
    return token;
  }

  core::Result<testing::HttpReply> Me(const std::string& token) {
    return testing::HttpGet(t_->port(), "/api/v1/me", "Authorization: Bearer " + token + "\r\n");
  }

  domain::ApiTokenId last_id_ = 0;
  int made_ = 0;
};

TEST_P(ApiTokenTest, ABearerTokenActsForItsUserInItsPartnership) {
  const auto token = MakeToken({"read"});
  auto reply = Me(token);
  ASSERT_TRUE(reply.ok());
  ASSERT_EQ(reply->status, 200) << reply->body;
  const auto body = nlohmann::json::parse(reply->body);
  EXPECT_EQ(body["user"]["email"], "ada@example.org");
  EXPECT_EQ(body["partnership"]["slug"], "northshire");
  EXPECT_EQ(body["memberships"][0]["role"], "business_manager");
}

TEST_P(ApiTokenTest, NoTokenOrAnUnknownOneIs401Json) {
  auto none = testing::HttpGet(t_->port(), "/api/v1/me");
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(none->Header("content-type"), "application/json");
  EXPECT_EQ(Me("made-up")->status, 401);
}

TEST_P(ApiTokenTest, RevokedAndExpiredTokensStopWorking) {
  const auto revoked = MakeToken({"read"});
  ASSERT_TRUE(t_->store()
                  .Write([&](domain::Transaction& tx) {
                    return tx.api_tokens().Revoke(last_id_, ada_, t_->clock().Now());
                  })
                  .ok());
  EXPECT_EQ(Me(revoked)->status, 401);
  const auto short_lived = MakeToken({"read"}, 1h);
  EXPECT_EQ(Me(short_lived)->status, 200);
  t_->clock().Advance(61min);
  EXPECT_EQ(Me(short_lived)->status, 401);
}

TEST_P(ApiTokenTest, ADisabledUsersTokenStopsWorking) {
  const auto token = MakeToken({"read"});
  ASSERT_TRUE(t_->store()
                  .Write([&](domain::Transaction& tx) -> core::Status {
                    auto user = tx.users().Get(ada_);
                    if (!user) return user.error();
                    user->disabled = true;
                    auto updated = tx.users().Update(*user);
                    if (!updated) return updated.error();
                    return core::Ok();
                  })
                  .ok());
  EXPECT_EQ(Me(token)->status, 401);
}

TEST_P(ApiTokenTest, WritingNeedsTheWriteScope) {
  testing::FakeRandom random;
  domain::SessionService sessions(t_->store(), t_->clock(), random);
  const auto read_only = MakeToken({"read"});
  auto refused = sessions.AuthenticateApiToken(read_only, /*write=*/true);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);
  EXPECT_TRUE(sessions.AuthenticateApiToken(MakeToken({"read", "write"}), true).ok());
}

TEST_P(ApiTokenTest, TheSessionCookieWorksForTheApiToo) {
  const auto browser = t_->SignInFully("ada@example.org", kPassword);
  auto reply = t_->Get("/api/v1/me", browser.cookie);
  EXPECT_EQ(reply->status, 200);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ApiTokenTest);

}  // namespace
}  // namespace assure
