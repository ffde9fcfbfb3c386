// The users pages through real HTTP on both backends: who may see them, inviting (with a
// one-time set-password link), disabling (which ends sessions), resetting MFA, and tenant
// isolation (another partnership's person is 404, and the attempt is audited in the asker's
// trail).
#include <gtest/gtest.h>

#include "http/admin_fixture.h"
#include "security/tokens.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using namespace std::chrono_literals;

using MemberPagesTest = testing::AdminTest;

// The token of the set-password link shown on the page ("" if none).
std::string LinkToken(const std::string& html) {
  const std::string marker = "href=\"/set-password/";
  const auto at = html.find(marker);
  if (at == std::string::npos) return {};
  const auto start = at + marker.size();
  return html.substr(start, html.find('"', start) - start);
}

TEST_P(MemberPagesTest, ABoardMemberIsRefusedUsersAndAuditWith403AndADenialEvent) {
  t_->AddUser(north_, "bea@example.org", kPassword, domain::Role::kBoardMember);
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  const auto before = t_->CountAudit(north_, "access.denied");
  EXPECT_EQ(t_->Get("/users", bea.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/users/" + std::to_string(root_), bea.cookie)->status, 403);
  EXPECT_EQ(t_->Get("/audit", bea.cookie)->status, 403);
  EXPECT_EQ(Send(bea, "/users/" + std::to_string(root_) + "/disable")->status, 403);
  EXPECT_EQ(t_->CountAudit(north_, "access.denied"), before + 4);
  EXPECT_EQ(t_->Get("/agencies", bea.cookie)->status, 200);
  // The navigation offers only what they may use.
  auto home = t_->Get("/home", bea.cookie);
  EXPECT_NE(home->body.find("href=\"/agencies\""), std::string::npos);
  EXPECT_NE(home->body.find("href=\"/account/sessions\""), std::string::npos);
  EXPECT_EQ(home->body.find("href=\"/users\""), std::string::npos);
  EXPECT_EQ(home->body.find("href=\"/audit\""), std::string::npos);
}

TEST_P(MemberPagesTest, ABusinessManagerReadsUsersButCannotInvite) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto list = t_->Get("/users", ada.cookie);
  ASSERT_EQ(list->status, 200);
  EXPECT_NE(list->body.find("root@example.org"), std::string::npos);
  EXPECT_EQ(list->body.find("sol@example.org"), std::string::npos);  // Southshire's
  EXPECT_EQ(list->body.find("Invite someone"), std::string::npos);
  EXPECT_EQ(t_->Get("/users/invite", ada.cookie)->status, 403);
  auto root = t_->Get("/users/" + std::to_string(root_), ada.cookie);
  EXPECT_EQ(root->status, 200);
  EXPECT_EQ(root->body.find("Disable account"), std::string::npos);
  EXPECT_EQ(CountEvents(north_, "user.read", AuditOutcome::kSuccess, "user", std::to_string(root_)),
            1);
}

TEST_P(MemberPagesTest, InvitingSomeoneNewShowsAOneTimeLinkWhoseHashIsStoredFor72Hours) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto form = t_->Get("/users/invite", root.cookie);
  ASSERT_EQ(form->status, 200);
  // An agency lead must name their agency.
  auto no_agency =
      Send(root, "/users/invite", "name=Lee+Lead&email=lee%40example.org&role=agency_lead");
  EXPECT_EQ(no_agency->status, 422);
  EXPECT_NE(no_agency->body.find("href=\"#agency\""), std::string::npos);
  EXPECT_NE(no_agency->body.find("value=\"lee@example.org\""), std::string::npos);
  // Not Southshire's agency either.
  auto theirs = Send(root, "/users/invite",
                     "name=Lee+Lead&email=lee%40example.org&role=agency_lead&agency=" +
                         std::to_string(south_agency_));
  EXPECT_EQ(theirs->status, 422);
  auto bad_email = Send(root, "/users/invite", "name=Lee+Lead&email=lee&role=board_member");
  EXPECT_EQ(bad_email->status, 422);
  EXPECT_NE(bad_email->body.find("href=\"#email\""), std::string::npos);

  auto invited =
      Send(root, "/users/invite", "name=Lee+Lead&email=Lee%40Example.org&role=board_member");
  ASSERT_EQ(invited->status, 200) << invited->body;
  const auto token = LinkToken(invited->body);
  ASSERT_EQ(token.size(), security::kTokenLength);
  EXPECT_EQ(t_->CountAudit(north_, "user.invite"), 1);
  auto lee = t_->store().Read(
      [&](domain::Transaction& tx) { return tx.users().FindByEmail("lee@example.org"); });
  ASSERT_TRUE(lee.ok());
  EXPECT_EQ(lee->display_name, "Lee Lead");
  EXPECT_TRUE(lee->password_hash.empty());
  // Only the hash is stored: it is no longer usable after 72 hours, and is usable before.
  const auto hash = security::HashToken(token);
  auto late = t_->store().Write([&](domain::Transaction& tx) {
    return tx.invitations().Consume(hash, t_->clock().Now() + 72h + 1s);
  });
  EXPECT_FALSE(late.ok());
  auto in_time = t_->store().Write([&](domain::Transaction& tx) {
    return tx.invitations().Consume(hash, t_->clock().Now() + 71h);
  });
  ASSERT_TRUE(in_time.ok());
  EXPECT_EQ(*in_time, lee->id);
  // The new person is listed.
  EXPECT_NE(t_->Get("/users", root.cookie)->body.find("lee@example.org"), std::string::npos);
}

TEST_P(MemberPagesTest, InvitingSomeoneWhoHasAPasswordAddsTheMembershipWithoutALink) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  // Ada, Northshire's business manager, joins Northshire's board too.
  auto invited = Send(root, "/users/invite", "name=Ada&email=ada%40example.org&role=board_member");
  ASSERT_EQ(invited->status, 200) << invited->body;
  EXPECT_TRUE(LinkToken(invited->body).empty());
  EXPECT_EQ(invited->body.find("/set-password/"), std::string::npos);
  // Holding the same role twice is refused, naming the field.
  auto again = Send(root, "/users/invite", "name=Ada&email=ada%40example.org&role=board_member");
  EXPECT_EQ(again->status, 422);
  EXPECT_NE(again->body.find("href=\"#role\""), std::string::npos);
}

TEST_P(MemberPagesTest, SomeoneOfAnotherPartnershipCannotBeInvitedFromHere) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  // Sol is Southshire's administrator: Northshire's pages neither add nor describe him.
  auto invited = Send(root, "/users/invite", "name=Sol&email=sol%40example.org&role=board_member");
  ASSERT_EQ(invited->status, 422) << invited->body;
  EXPECT_NE(invited->body.find("href=\"#email\""), std::string::npos);
  EXPECT_EQ(invited->body.find("Test sol@example.org"), std::string::npos);
  EXPECT_EQ(t_->Get("/users/" + std::to_string(sol_), root.cookie)->status, 404);
}

TEST_P(MemberPagesTest, DisablingSomeoneEndsTheirSessionsAndSignInsAtOnce) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto root = t_->SignInFully("root@example.org", kPassword);
  ASSERT_EQ(t_->Get("/home", ada.cookie)->status, 200);
  auto disabled = Send(root, "/users/" + std::to_string(ada_) + "/disable");
  ASSERT_EQ(disabled->status, 303);
  EXPECT_EQ(t_->Get("/home", ada.cookie)->Header("location"), "/sign-in");
  EXPECT_EQ(t_->SignIn("ada@example.org", kPassword)->status, 401);
  EXPECT_EQ(
      CountEvents(north_, "user.disable", AuditOutcome::kSuccess, "user", std::to_string(ada_)), 1);
  auto page = t_->Get(disabled->Header("location").value_or(""), root.cookie);
  EXPECT_NE(page->body.find("Disabled"), std::string::npos);
  // Nobody disables themselves.
  EXPECT_EQ(Send(root, "/users/" + std::to_string(root_) + "/disable")->status, 422);
  EXPECT_EQ(t_->Get("/home", root.cookie)->status, 200);
}

TEST_P(MemberPagesTest, SomeoneWhoAlsoWorksForAnotherPartnershipIsNotLockedOutFromHere) {
  // Ada also sits on Southshire's board: Northshire's administrator may not disable her account
  // or reset her MFA, which would lock her out of Southshire too.
  t_->AddUser(south_, "ada@example.org", kPassword, domain::Role::kBoardMember);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto root = t_->SignInFully("root@example.org", kPassword);
  EXPECT_EQ(Send(root, "/users/" + std::to_string(ada_) + "/disable")->status, 409);
  EXPECT_EQ(Send(root, "/users/" + std::to_string(ada_) + "/reset-mfa")->status, 409);
  EXPECT_EQ(t_->Get("/home", ada.cookie)->status, 200);
  EXPECT_EQ(
      CountEvents(north_, "user.disable", AuditOutcome::kSuccess, "user", std::to_string(ada_)), 0);
}

TEST_P(MemberPagesTest, ResettingMfaMakesThemSetItUpAgain) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const auto root = t_->SignInFully("root@example.org", kPassword);
  auto reset = Send(root, "/users/" + std::to_string(ada_) + "/reset-mfa");
  ASSERT_EQ(reset->status, 303);
  EXPECT_EQ(t_->Get("/home", ada.cookie)->Header("location"), "/sign-in");
  auto again = t_->SignIn("ada@example.org", kPassword);
  EXPECT_EQ(again->Header("location"), "/mfa/enrol");
  auto codes = t_->store().Read(
      [&](domain::Transaction& tx) { return tx.recovery_codes().CountUnused(ada_); });
  EXPECT_EQ(*codes, 0);
  EXPECT_EQ(
      CountEvents(north_, "user.mfa_reset", AuditOutcome::kSuccess, "user", std::to_string(ada_)),
      1);
  t_->clock().Advance(std::chrono::seconds{31});
  t_->SignInFully("ada@example.org", kPassword);  // enrols again
}

TEST_P(MemberPagesTest, AnotherPartnershipsPersonIs404AndTheAttemptIsAuditedInTheAskersTrail) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  const auto sol = std::to_string(sol_);
  EXPECT_EQ(t_->Get("/users/" + sol, root.cookie)->status, 404);
  EXPECT_EQ(Send(root, "/users/" + sol + "/disable")->status, 404);
  EXPECT_EQ(Send(root, "/users/" + sol + "/reset-mfa")->status, 404);
  EXPECT_EQ(CountEvents(north_, "user.read", AuditOutcome::kDenied, "user", sol), 1);
  EXPECT_EQ(CountEvents(north_, "user.disable", AuditOutcome::kDenied, "user", sol), 1);
  EXPECT_EQ(CountEvents(north_, "user.mfa_reset", AuditOutcome::kDenied, "user", sol), 1);
  EXPECT_EQ(CountEvents(south_, "user.read", AuditOutcome::kDenied), 0);
  // Sol is untouched and still signs in.
  auto user = t_->store().Read([&](domain::Transaction& tx) { return tx.users().Get(sol_); });
  EXPECT_FALSE(user->disabled);
  t_->SignInFully("sol@example.org", kPassword);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MemberPagesTest);

}  // namespace
}  // namespace assure
