// The set-password page through real HTTP against the whole server, on both backends: a one-time
// link (as `assure user add` makes) lets a new person choose a password and then sign in; weak
// or mismatched passwords are refused naming the field; a link works once and for 72 hours, and
// every link that does not work gets the same page.
#include <gtest/gtest.h>

#include "security/tokens.h"
#include "testing/test_app.h"

namespace assure {
namespace {

using namespace std::chrono_literals;
using testing::Backend;
using testing::TestApp;

constexpr const char* kNewPassword = "kettle-orchard-lantern";

class SetPasswordTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (auto reason = testing::TestDatabase::SkipReason(GetParam())) GTEST_SKIP() << *reason;
    auto started = TestApp::Start(GetParam());
    ASSERT_TRUE(started.ok()) << started.error().message;
    t_ = std::move(*started);
    north_ = t_->AddPartnership("northshire", "Northshire Safeguarding Partnership");
  }

  // A new member with no password yet and a link for them; returns the link's path.
  std::string Invite(const std::string& email) {
    const std::string token = security::NewToken(random_);
    const auto now = t_->clock().Now();
    auto status = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
      auto user = tx.users().Create({email, "Invited Person"});
      if (!user) return user.error();
      domain::Membership membership;
      membership.partnership_id = north_;
      membership.user_id = user->id;
      membership.role = domain::Role::kBusinessOfficer;
      auto added = tx.memberships(north_).Add(membership);
      if (!added) return added.error();
      return tx.invitations().Create(user->id, security::HashToken(token), now + 72h, now);
    });
    EXPECT_TRUE(status.ok()) << status.error().message;
    return "/set-password/" + token;
  }

  core::Result<testing::HttpReply> Set(const std::string& path, const std::string& password,
                                       const std::string& confirm) {
    return t_->Post(path, "password=" + password + "&confirm=" + confirm);
  }

  std::unique_ptr<TestApp> t_;
  testing::FakeRandom random_{7};
  domain::PartnershipId north_ = 0;
};

TEST_P(SetPasswordTest, TheLinkLetsANewPersonSetAPasswordAndThenSignIn) {
  const auto link = Invite("new@example.org");
  auto page = t_->Get(link);
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_NE(page->body.find("name=\"password\""), std::string::npos);
  EXPECT_NE(page->body.find("name=\"confirm\""), std::string::npos);
  EXPECT_NE(page->body.find("autocomplete=\"new-password\""), std::string::npos);
  // The token is only in the address, never in the page.
  EXPECT_EQ(page->body.find(link.substr(14)), std::string::npos);

  // Before: no password, so no sign-in.
  EXPECT_EQ(t_->SignIn("new@example.org", kNewPassword)->status, 401);
  auto set = Set(link, kNewPassword, kNewPassword);
  ASSERT_TRUE(set.ok());
  EXPECT_EQ(set->status, 303) << set->body;
  EXPECT_EQ(set->Header("location"), "/sign-in?password-set=1");
  EXPECT_NE(t_->Get("/sign-in?password-set=1")->body.find("Your password has been set"),
            std::string::npos);
  EXPECT_EQ(t_->CountAudit(north_, "user.set_password"), 1);

  auto signed_in = t_->SignIn("new@example.org", kNewPassword);
  EXPECT_EQ(signed_in->status, 303) << signed_in->body;
  EXPECT_EQ(signed_in->Header("location"), "/mfa/enrol");
}

TEST_P(SetPasswordTest, UsingOneLinkRevokesThePersonsOtherLinks) {
  const auto first = Invite("twice@example.org");
  // A second link for the same person (e.g. invited again for another role).
  const std::string token = security::NewToken(random_);
  const auto now = t_->clock().Now();
  ASSERT_TRUE(t_->store()
                  .Write([&](domain::Transaction& tx) -> core::Status {
                    auto user = tx.users().FindByEmail("twice@example.org");
                    if (!user) return user.error();
                    return tx.invitations().Create(user->id, security::HashToken(token), now + 72h,
                                                   now);
                  })
                  .ok());
  ASSERT_EQ(Set(first, kNewPassword, kNewPassword)->status, 303);
  // Whoever holds the other link can no longer reset the password.
  const std::string second = "/set-password/" + token;
  EXPECT_EQ(Set(second, "another-long-password", "another-long-password")->status, 404);
  EXPECT_EQ(t_->SignIn("twice@example.org", kNewPassword)->status, 303);
}

TEST_P(SetPasswordTest, AShortCommonOrMismatchedPasswordIsRefusedNamingTheField) {
  const auto link = Invite("new@example.org");
  // 11 code points (22 bytes of UTF-8): too short however many bytes.
  std::string eleven;
  for (int i = 0; i < 11; ++i) eleven += "%C3%A9";
  auto short_one = Set(link, eleven, eleven);
  EXPECT_EQ(short_one->status, 422);
  EXPECT_NE(short_one->body.find("href=\"#password\""), std::string::npos) << short_one->body;
  EXPECT_NE(short_one->body.find("id=\"password-error\""), std::string::npos);
  EXPECT_NE(short_one->body.find("12"), std::string::npos);

  auto common = Set(link, "WinnieThePooh", "WinnieThePooh");
  EXPECT_EQ(common->status, 422);
  EXPECT_NE(common->body.find("href=\"#password\""), std::string::npos) << common->body;

  auto mismatched = Set(link, kNewPassword, "kettle-orchard-lanterns");
  EXPECT_EQ(mismatched->status, 422);
  EXPECT_NE(mismatched->body.find("href=\"#confirm\""), std::string::npos) << mismatched->body;
  EXPECT_NE(mismatched->body.find("id=\"confirm-error\""), std::string::npos);

  // Refusals leave the link unused.
  EXPECT_EQ(t_->CountAudit(north_, "user.set_password"), 0);
  EXPECT_EQ(Set(link, kNewPassword, kNewPassword)->status, 303);
}

TEST_P(SetPasswordTest, AUsedExpiredOrUnknownLinkGetsTheSamePageAndChangesNothing) {
  const auto used = Invite("used@example.org");
  ASSERT_EQ(Set(used, kNewPassword, kNewPassword)->status, 303);
  auto again = Set(used, "another-good-passphrase", "another-good-passphrase");
  EXPECT_EQ(again->status, 404);
  EXPECT_NE(again->body.find("This link does not work"), std::string::npos) << again->body;
  // The first password still stands.
  EXPECT_EQ(t_->SignIn("used@example.org", kNewPassword)->status, 303);
  EXPECT_EQ(t_->SignIn("used@example.org", "another-good-passphrase")->status, 401);

  const auto expired = Invite("late@example.org");
  t_->clock().Advance(72h + 1s);
  const auto unknown = "/set-password/" + security::NewToken(random_);
  const auto used_page = t_->Get(used);
  EXPECT_EQ(used_page->status, 404);
  for (const auto& link : {expired, unknown}) {
    auto page = t_->Get(link);
    EXPECT_EQ(page->status, 404) << link;
    EXPECT_EQ(page->body, used_page->body) << link;
    EXPECT_EQ(Set(link, kNewPassword, kNewPassword)->status, 404) << link;
  }
  EXPECT_EQ(t_->CountAudit(north_, "user.set_password"), 1);
}

TEST_P(SetPasswordTest, SettingAPasswordEndsTheAccountsOpenSessions) {
  t_->AddUser(north_, "ada@example.org", "correct-horse-battery", domain::Role::kBusinessManager);
  const auto browser = t_->SignInFully("ada@example.org", "correct-horse-battery");
  const std::string token = security::NewToken(random_);
  auto status = t_->store().Write([&](domain::Transaction& tx) -> core::Status {
    auto user = tx.users().FindByEmail("ada@example.org");
    if (!user) return user.error();
    const auto now = t_->clock().Now();
    return tx.invitations().Create(user->id, security::HashToken(token), now + 72h, now);
  });
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(Set("/set-password/" + token, kNewPassword, kNewPassword)->status, 303);
  EXPECT_EQ(t_->Get("/home", browser.cookie)->Header("location"), "/sign-in");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SetPasswordTest);

}  // namespace
}  // namespace assure
