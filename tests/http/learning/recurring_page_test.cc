// GET /recurring-learning through real HTTP against the whole server, on both backends. Five
// Northshire reviews: two recommending the voice of the child, the first's action completed
// before the second was decided; three recommending safe sleep advice, whose one action has not
// started. The page shows each group's sentence with its references, puts the voice of the child
// first (completed, yet it recurred) although safe sleep has more reviews, marks it, and audits
// the read once; the financial years of the query are checked (422 naming the field, nothing
// read); an agency lead and a reviewer are refused as by the API (403); the briefings list links
// to the page only for those who may see it. The rules themselves are tested in
// src/domain/learning/recurring/. Fictional data only.
#include <gtest/gtest.h>

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "http/learning/recurring_fixture.h"

namespace assure {
namespace {

constexpr const char* kVoice = "Recommended in NS-2021-03 and NS-2023-07";
constexpr const char* kSleep = "Recommended in NS-2022-01, NS-2024-02 and NS-2025-05";
constexpr const char* kMarker = "Actions completed, yet it recurred";

// Beside the voice of the child, three reviews recommending safe sleep advice, whose one action
// has not started.
class RecurringPageTest : public testing::RecurringTest {
 protected:
  core::Status SeedMore(domain::Transaction& tx) override {
    ASSURE_ASSIGN_OR_RETURN(const auto sleep,
                            Reviewed(tx, "NS-2022-01", "2022-06-01",
                                     "Give safe sleep advice to parents of every new baby."));
    ASSURE_TRY(Reviewed(tx, "NS-2024-02", "2024-05-22",
                        "Midwives should repeat safe sleep advice to both parents."));
    ASSURE_TRY(Reviewed(tx, "NS-2025-05", "2025-06-10",
                        "Check that parents understood the safe sleep advice at every contact."));
    ASSURE_TRY(tx.actions(north_).Create(Plan(sleep, "2026-03-31")));
    return core::Ok();
  }

  static std::size_t Find(const std::string& html, const std::string& part) {
    return html.find(part);
  }
};

TEST_P(RecurringPageTest, TheGroupThatCameBackAfterItsActionsWereDoneComesFirstAndIsMarked) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto page = t_->Get("/recurring-learning", ada.cookie);
  ASSERT_EQ(page->status, 200) << page->body;
  const std::string& html = page->body;
  const std::size_t voice = Find(html, kVoice);
  const std::size_t sleep = Find(html, kSleep);
  ASSERT_NE(voice, std::string::npos) << html;
  ASSERT_NE(sleep, std::string::npos) << html;
  // Recurrence after completion outranks the safe sleep group's three reviews.
  EXPECT_LT(voice, sleep);
  // The marker is the voice of the child's, not safe sleep's.
  const std::size_t marker = Find(html, kMarker);
  ASSERT_NE(marker, std::string::npos);
  EXPECT_GT(marker, voice);
  EXPECT_LT(marker, sleep);
  EXPECT_EQ(html.find(kMarker, sleep), std::string::npos);
  EXPECT_NE(Find(html, "recommended again in a review decided on 4 October 2023"),
            std::string::npos);
  // Each piece of learning with its actions' status.
  EXPECT_NE(Find(html, "Practitioners should record the child&#39;s voice at each visit."),
            std::string::npos)
      << html;
  EXPECT_NE(Find(html, "Completed on 1 February 2022"), std::string::npos);
  const std::size_t not_started = Find(html, "Not started");
  EXPECT_GT(not_started, sleep);
  EXPECT_NE(not_started, std::string::npos);
  // The themes table: neglect in five financial years, so it recurs.
  EXPECT_NE(Find(html, "<caption class=\"govuk-table__caption govuk-table__caption--s\">"),
            std::string::npos);
  EXPECT_NE(Find(html, "<th scope=\"row\" class=\"govuk-table__header\">neglect</th>"),
            std::string::npos);
  EXPECT_NE(Find(html, ">2025-26</th>"), std::string::npos);
  EXPECT_EQ(Find(html, ">2020-21</th>"), std::string::npos);
  // The business manager may open the cases and the actions.
  EXPECT_NE(Find(html, "class=\"govuk-link\">NS-2021-03</a>"), std::string::npos);
  EXPECT_NE(Find(html, "href=\"/actions/" + std::to_string(done_) + "\""), std::string::npos);
  EXPECT_EQ(t_->CountAudit(north_, "learning.recurring.read"), 1);
}

TEST_P(RecurringPageTest, TheFinancialYearsAskedForLimitTheReviewsAndABadOneNamesItsField) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto recent = t_->Get("/recurring-learning?from=2024&to=2025", bea.cookie);
  ASSERT_EQ(recent->status, 200) << recent->body;
  EXPECT_NE(Find(recent->body, "Financial years 2024-25 to 2025-26"), std::string::npos);
  EXPECT_NE(Find(recent->body, "Recommended in NS-2024-02 and NS-2025-05"), std::string::npos);
  EXPECT_EQ(Find(recent->body, "NS-2021-03"), std::string::npos);
  // A board member may not open a case: the references are not links.
  EXPECT_NE(Find(recent->body, "NS-2024-02<span"), std::string::npos);
  EXPECT_EQ(Find(recent->body, "NS-2024-02</a>"), std::string::npos);
  EXPECT_EQ(t_->CountAudit(north_, "learning.recurring.read"), 1);

  const std::vector<std::pair<std::string, std::string>> bad{{"from=2023-24", "from"},
                                                             {"to=20244", "to"},
                                                             {"from=1899", "from"},
                                                             {"from=2025&to=2021", "to"}};
  for (const auto& [query, field] : bad) {
    auto refused = t_->Get("/recurring-learning?" + query, bea.cookie);
    ASSERT_EQ(refused->status, 422) << query;
    EXPECT_NE(Find(refused->body, "href=\"#" + field + "\""), std::string::npos) << query;
    EXPECT_NE(Find(refused->body, "id=\"" + field + "-error\""), std::string::npos) << query;
    EXPECT_EQ(Find(refused->body, kVoice), std::string::npos) << query;
  }
  EXPECT_EQ(t_->CountAudit(north_, "learning.recurring.read"), 1);  // nothing more was read
}

TEST_P(RecurringPageTest, AnAgencyLeadAndAReviewerAreRefusedAsByTheApi) {
  for (const char* email : {"lee@example.org", "rob@example.org"}) {
    const auto person = t_->SignInFully(email, kPassword);
    const auto api = t_->Get("/api/v1/learning/recurring", person.cookie);
    const auto page = t_->Get("/recurring-learning", person.cookie);
    EXPECT_EQ(api->status, 403) << email;
    EXPECT_EQ(page->status, api->status) << email;
    EXPECT_EQ(Find(page->body, "NS-2021-03"), std::string::npos) << email;
  }
  EXPECT_EQ(t_->CountAudit(north_, "learning.recurring.read"), 0);
}

TEST_P(RecurringPageTest, TheBriefingsListLinksToItAndTheFiguresForThoseWhoMaySeeThem) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto list = t_->Get("/briefings", ada.cookie);
  ASSERT_EQ(list->status, 200) << list->body;
  EXPECT_NE(Find(list->body, "href=\"/recurring-learning\""), std::string::npos);
  EXPECT_NE(Find(list->body, "href=\"/reports/learning\""), std::string::npos);
  const auto lee = t_->SignInFully("lee@example.org", kPassword);
  auto theirs = t_->Get("/briefings", lee.cookie);
  ASSERT_EQ(theirs->status, 200) << theirs->body;
  EXPECT_EQ(Find(theirs->body, "href=\"/recurring-learning\""), std::string::npos);
  EXPECT_EQ(Find(theirs->body, "href=\"/reports/learning\""), std::string::npos);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RecurringPageTest);

}  // namespace
}  // namespace assure
