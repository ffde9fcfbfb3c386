// GET /api/v1/learning/recurring through real HTTP against the whole server, on both backends:
// two Northshire reviews recommending the same thing, the first's action completed before the
// second was decided; what the business manager and a board member see, the agency lead's 403,
// the financial years of the query (400 naming the field when wrong), the audit trail, and
// Southshire seeing nothing of it. The grouping rules themselves are tested in
// src/domain/learning/recurring/. Fictional data only.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "http/learning/recurring_fixture.h"

namespace assure {
namespace {

using nlohmann::json;

// Beside the voice of the child, one review recommending safe sleep advice, which no other
// review repeats.
class RecurringApiTest : public testing::RecurringTest {
 protected:
  core::Status SeedMore(domain::Transaction& tx) override {
    ASSURE_TRY(Reviewed(tx, "NS-2024-02", "2024-05-22", "Give safe sleep advice to parents."));
    return core::Ok();
  }
};

TEST_P(RecurringApiTest, TheBusinessManagerSeesTheLearningThatCameBackAfterItsActionWasDone) {
  const auto ada = t_->SignInFully("ada@example.org", kPassword);
  auto reply = t_->Get("/api/v1/learning/recurring", ada.cookie);
  ASSERT_EQ(reply->status, 200) << reply->body;
  const auto body = json::parse(reply->body);
  EXPECT_EQ(body["threshold"], 0.44);
  EXPECT_TRUE(body["from"].is_null());
  ASSERT_EQ(body["groups"].size(), 1u);
  const auto& group = body["groups"][0];
  EXPECT_EQ(group["cases"], (json{"NS-2021-03", "NS-2023-07"}));
  EXPECT_EQ(group["summary"], "recommended in NS-2021-03 and NS-2023-07");
  EXPECT_EQ(group["all_actions_completed"], true);
  EXPECT_EQ(group["recurred_after_completion"], true);
  EXPECT_EQ(group["recurred_on"], "2023-10-04");
  ASSERT_EQ(group["recommendations"].size(), 2u);
  const auto& first = group["recommendations"][0];
  EXPECT_EQ(first["source"], "recommendation");
  EXPECT_EQ(first["case_reference"], "NS-2021-03");
  EXPECT_EQ(first["number"], 1);
  EXPECT_EQ(first["text"], "Record the voice of the child at every visit.");
  EXPECT_EQ(first["actions"],
            (json{{{"id", done_}, {"status", "completed"}, {"completed_on", "2022-02-01"}}}));
  EXPECT_EQ(group["recommendations"][1]["actions"], json::array());
  // Neglect: reviews decided in 2021-22, 2023-24 and 2024-25.
  ASSERT_EQ(body["themes"].size(), 1u);
  EXPECT_EQ(body["themes"][0]["theme"], "neglect");
  EXPECT_EQ(body["themes"][0]["recurs"], true);
  EXPECT_EQ(body["themes"][0]["years"][0],
            (json{{"year", "2021-22"}, {"reviews", 1}, {"briefings", 0}}));
  EXPECT_EQ(body["themes"][0]["years"].size(), 3u);

  auto events =
      t_->store().Read([&](domain::Transaction& tx) { return tx.audit().Query(north_, {}); });
  ASSERT_TRUE(events.ok());
  EXPECT_TRUE(std::any_of(events->begin(), events->end(), [](const domain::AuditEvent& event) {
    return event.action == "learning.recurring.read" && event.reason == "all financial years";
  }));
}

TEST_P(RecurringApiTest, TheFinancialYearsAskedForLimitTheReviewsAndABadOneIs400) {
  const auto bea = t_->SignInFully("bea@example.org", kPassword);
  auto recent = t_->Get("/api/v1/learning/recurring?from=2023&to=2024", bea.cookie);
  ASSERT_EQ(recent->status, 200) << recent->body;
  const auto body = json::parse(recent->body);
  EXPECT_EQ(body["from"], "2023-24");
  EXPECT_EQ(body["to"], "2024-25");
  EXPECT_TRUE(body["groups"].empty());  // NS-2021-03 is out of the years asked for
  EXPECT_EQ(body["themes"][0]["years"].size(), 2u);

  for (const auto& [query, field] :
       std::vector<std::pair<std::string, std::string>>{{"from=2023-24", "from"},
                                                        {"to=20244", "to"},
                                                        {"from=1899", "from"},
                                                        {"from=2025&to=2021", "to"}}) {
    auto bad = t_->Get("/api/v1/learning/recurring?" + query, bea.cookie);
    ASSERT_EQ(bad->status, 400) << query;
    EXPECT_EQ(json::parse(bad->body)["field"], field) << query;
  }
}

TEST_P(RecurringApiTest, AReviewerIsRefusedAndAnotherPartnershipSeesNothing) {
  const auto rob = t_->SignInFully("rob@example.org", kPassword);
  EXPECT_EQ(t_->Get("/api/v1/learning/recurring", rob.cookie)->status, 403);
  const auto sam = t_->SignInFully("sam@example.org", kPassword);
  auto south = t_->Get("/api/v1/learning/recurring", sam.cookie);
  ASSERT_EQ(south->status, 200) << south->body;
  EXPECT_TRUE(json::parse(south->body)["groups"].empty());
  EXPECT_TRUE(json::parse(south->body)["themes"].empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RecurringApiTest);

}  // namespace
}  // namespace assure
