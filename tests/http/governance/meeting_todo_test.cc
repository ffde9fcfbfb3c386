// The governance items of the to-do list on the home page, through the whole server on both
// backends: the business manager sees the draft minutes a later meeting has taken place to
// approve and the terms of reference past their review date (linking to the body's terms); a
// member of the body sees the papers for its meeting in the next 14 days; an agency lead whose
// agency sits on the body sees neither. Today is Monday 5 January 2026. Fictional data only.
#include <gtest/gtest.h>

#include <string>

#include "http/governance/meeting_pages_fixture.h"

namespace assure::testing {
namespace {

class MeetingTodoTest : public MeetingPagesTest {};

TEST_P(MeetingTodoTest, MinutesToApproveTermsPastReviewAndPapersDueAreOnTheHomePage) {
  auto terms = t_->store().Write([&](domain::Transaction& tx) {
    domain::TermsOfReference version;
    version.text = "Fictional terms of reference.";
    version.review_on = Day("2025-12-31");
    version.saved_on = Day("2024-12-31");
    version.saved_by = ada_;
    return tx.bodies(north_).AddTerms(body_, version);
  });
  ASSERT_TRUE(terms.ok()) << terms.error().message;
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  const std::string first = Schedule(ada, 1, 12, 2025);
  Schedule(ada, 2, 1, 2026);
  const std::string coming = Schedule(ada, 12, 1, 2026);
  WriteMinutes(ada, first, "Fictional draft minutes.");
  const auto item = AddItem(ada, coming, "Fictional annual report", false);
  ASSERT_EQ(Upload(ada, coming, item, "report.txt", "Fictional report.\n")->status, 303);

  const auto home = t_->Get("/home", ada.cookie);
  ASSERT_EQ(home->status, 200) << home->body;
  EXPECT_TRUE(Has(home->body, "Minutes to approve: Fictional Safeguarding Board, 1 December 2025"))
      << home->body;
  EXPECT_TRUE(Has(home->body, "href=\"" + first + "\""));
  EXPECT_TRUE(
      Has(home->body, "Terms of reference past their review date: Fictional Safeguarding Board"));
  EXPECT_TRUE(Has(home->body, "href=\"" + BodyPath() + "/terms\""));

  const auto member = t_->SignInFully("board@example.org", kPassword);
  const auto member_home = t_->Get("/home", member.cookie);
  ASSERT_EQ(member_home->status, 200) << member_home->body;
  EXPECT_TRUE(Has(member_home->body, "Papers for Fictional Safeguarding Board on 12 January 2026"))
      << member_home->body;
  EXPECT_TRUE(Has(member_home->body, "href=\"" + coming + "\""));
  EXPECT_FALSE(Has(member_home->body, "Minutes to approve"));

  const auto lead = t_->SignInFully("police.lead@example.org", kPassword);
  const auto lead_home = t_->Get("/home", lead.cookie);
  ASSERT_EQ(lead_home->status, 200) << lead_home->body;
  EXPECT_FALSE(Has(lead_home->body, "Papers for Fictional Safeguarding Board"));
  EXPECT_FALSE(Has(lead_home->body, "Terms of reference past their review date"));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MeetingTodoTest);

}  // namespace
}  // namespace assure::testing
