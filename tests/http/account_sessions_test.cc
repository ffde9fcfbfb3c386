// "Your sessions" through real HTTP on both backends: a person sees and ends their own open
// sessions, and no one else's.
#include <gtest/gtest.h>

#include "http/admin_fixture.h"

namespace assure {
namespace {

using testing::Occurrences;

using AccountSessionsTest = testing::AdminTest;

// The first "End" form's action on the page.
std::string FirstEndPath(const std::string& html) {
  const std::string marker = "action=\"/account/sessions/";
  const auto at = html.find(marker);
  if (at == std::string::npos) return {};
  const auto start = at + 8;  // after action="
  return html.substr(start, html.find('"', start) - start);
}

TEST_P(AccountSessionsTest, ListsOwnOpenSessionsMarksTheCurrentOneAndEndsAnother) {
  const auto first = t_->SignInFully("ada@example.org", kPassword);
  const auto second = SignInAgain("ada@example.org");
  t_->SignInFully("root@example.org", kPassword);  // someone else's session: not listed

  auto page = t_->Get("/account/sessions", second.cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(Occurrences(page->body, "This session"), 1);
  EXPECT_EQ(Occurrences(page->body, "action=\"/account/sessions/"), 1);    // the other one
  EXPECT_NE(page->body.find("aria-current=\"page\""), std::string::npos);  // in the navigation

  const auto end = FirstEndPath(page->body);
  ASSERT_FALSE(end.empty());
  auto ended = Send(second, end);
  EXPECT_EQ(ended->status, 303);
  EXPECT_EQ(t_->Get("/home", first.cookie)->Header("location"), "/sign-in");
  EXPECT_EQ(t_->Get("/home", second.cookie)->status, 200);
  EXPECT_EQ(t_->CountAudit(north_, "session.end"), 1);
}

TEST_P(AccountSessionsTest, SomeoneElsesSessionIs404AndStaysOpen) {
  const auto root = t_->SignInFully("root@example.org", kPassword);
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto own =
      t_->store().Read([&](domain::Transaction& tx) { return tx.sessions().ListActive(root_); });
  ASSERT_TRUE(own.ok());
  ASSERT_FALSE(own->empty());
  const auto roots_session = std::to_string(own->front().id);
  EXPECT_EQ(Send(ada, "/account/sessions/" + roots_session + "/end")->status, 404);
  EXPECT_EQ(t_->Get("/home", root.cookie)->status, 200);
  EXPECT_EQ(Send(ada, "/account/sessions/999999/end")->status, 404);
  EXPECT_EQ(
      CountEvents(north_, "session.end", domain::AuditOutcome::kDenied, "session", roots_session),
      1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(AccountSessionsTest);

}  // namespace
}  // namespace assure
