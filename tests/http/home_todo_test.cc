// Each person's home page is their to-do list, and GET /api/v1/me/todo gives the same items:
// the business unit's overdue and at-risk clocks, overdue actions and open review-round entries;
// an agency lead's requests and their agency's actions due soon or overdue; a reviewer's cases;
// nothing for a board member. Most urgent first, each item linking to where it is done. On
// ActionPagesTest's Northshire, today Monday 5 January 2026.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "http/action_pages_fixture.h"

namespace assure {
namespace {

using testing::Browser;

class HomeTodoTest : public testing::ActionPagesTest {
 protected:
  std::string Home(const std::string& email) {
    const Browser browser = t_->SignInFully(email, kPassword);
    auto home = t_->Get("/home", browser.cookie);
    EXPECT_EQ(home->status, 200) << home->body;
    return home->body;
  }

  // The to-do list's links, in the page's order.
  static std::vector<std::string> TodoLinks(const std::string& page) {
    std::vector<std::string> links;
    const auto list = page.find("id=\"todo\"");
    if (list == std::string::npos) return links;
    const auto end = page.find("</ul>", list);
    static const std::string kLink = "govuk-task-list__link\" href=\"";
    for (auto at = page.find(kLink, list); at != std::string::npos && at < end;
         at = page.find(kLink, at + 1)) {
      const auto start = at + kLink.size();
      links.push_back(page.substr(start, page.find('"', start) - start));
    }
    return links;
  }
};

TEST_P(HomeTodoTest, TheBusinessUnitSeesOverdueClocksAndActionsFirst) {
  const auto page = Home("ada@example.org");
  const auto links = TodoLinks(page);
  ASSERT_FALSE(links.empty()) << page;
  // The two child cases' notifications are overdue (the case list's overdue filter agrees).
  EXPECT_NE(std::find(links.begin(), links.end(), CasePage(case_a_)), links.end());
  EXPECT_NE(std::find(links.begin(), links.end(), CasePage(case_b_)), links.end());
  // Health's action was due on 15 December 2025.
  EXPECT_NE(std::find(links.begin(), links.end(), ActionPage(health_action_)), links.end());
  // The police's, due 31 March 2026, is not overdue and not the business unit's to do yet.
  EXPECT_EQ(std::find(links.begin(), links.end(), ActionPage(police_action_)), links.end());
  // Most urgent first: no "Overdue" tag after the first tag that is not one.
  const auto first_other =
      std::min({page.find(">At risk<"), page.find(">Due<"), page.find(">Coming up<")});
  const auto last_overdue = page.rfind(">Overdue<");
  ASSERT_NE(last_overdue, std::string::npos);
  if (first_other != std::string::npos) {
    EXPECT_LT(last_overdue, first_other);
  }
  EXPECT_TRUE(Contains(page, "Fictional: audit GP safeguarding records"));
}

TEST_P(HomeTodoTest, AnOpenReviewRoundsUnreviewedEntriesAreOnTheList) {
  const Browser ada = t_->SignInFully("ada@example.org", kPassword);
  auto opened = Send(ada, "/review-rounds", {{"quarter", "2025-26-q4"}});
  ASSERT_EQ(opened->status, 303) << opened->body;
  const auto page = t_->Get("/home", ada.cookie)->body;
  const auto links = TodoLinks(page);
  const auto entries = std::count_if(links.begin(), links.end(), [](const std::string& link) {
    return link.starts_with("/review-rounds/") && link.find("/entries/") != std::string::npos;
  });
  EXPECT_EQ(entries, 3);  // one for each open action
  EXPECT_TRUE(Contains(page, "Review: Fictional: train call handlers to share chronologies"));
}

TEST_P(HomeTodoTest, AnAgencyLeadSeesTheirAgencysRequestsAndActionsDueOrOverdue) {
  const auto soon = Seed("Fictional: brief every response officer", police_, "2026-01-30",
                         {domain::SourceKind::kBoardDecision, std::nullopt, "Fictional decision"});
  const auto page = Home("police.lead@example.org");
  const auto links = TodoLinks(page);
  const std::vector<std::string> expected{"/requests/" + std::to_string(police_request_),
                                          ActionPage(soon)};
  EXPECT_EQ(links, expected) << page;  // due 20 and 30 January; nothing of health's or a case
  EXPECT_TRUE(Contains(page, "CR-2025-001: information requested"));

  const auto health = TodoLinks(Home("health.lead@example.org"));
  // Health's request is answered; its action is overdue.
  EXPECT_EQ(health, std::vector<std::string>{ActionPage(health_action_)});
}

TEST_P(HomeTodoTest, AReviewerSeesOnlyTheCasesTheyAreAppointedTo) {
  EXPECT_EQ(TodoLinks(Home("reviewer@example.org")), std::vector<std::string>{CasePage(case_b_)});
  const auto board = Home("board@example.org");
  EXPECT_TRUE(TodoLinks(board).empty());
  EXPECT_TRUE(Contains(board, "Nothing needs you now."));
}

TEST_P(HomeTodoTest, TheApiGivesTheSameItemsInTheSameOrder) {
  const auto page = Home("ada@example.org");
  auto reply = ApiGet("/api/v1/me/todo", Token(ada_));
  ASSERT_TRUE(reply.ok());
  ASSERT_EQ(reply->status, 200) << reply->body;
  const auto body = nlohmann::json::parse(reply->body);
  std::vector<std::string> hrefs;
  for (const auto& item : body.at("items")) {
    hrefs.push_back(item.at("href"));
    EXPECT_TRUE(item.at("status") == "overdue" || item.at("status") == "at_risk" ||
                item.at("status") == "due" || item.at("status") == "upcoming");
    EXPECT_FALSE(item.at("title").get<std::string>().empty());
  }
  EXPECT_EQ(hrefs, TodoLinks(page));
  EXPECT_EQ(body.at("items").at(0).at("status"), "overdue");
  EXPECT_TRUE(body.at("items").at(0).at("due").is_string());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(HomeTodoTest);

}  // namespace
}  // namespace assure
