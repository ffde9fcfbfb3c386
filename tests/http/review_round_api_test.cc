// The quarterly review cycle through the action plans API, on both backends: the dashboard, a
// round opened for the current quarter (once), its entries reviewed (an extension moves the
// action's due date and is counted; a stale entry version is 409; an entry named under another
// round is 404), the round closed with its version (after which nothing in it changes), and who
// may do which.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "http/action_api_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using nlohmann::json;

class ReviewRoundApiTest : public testing::ActionApiHttpTest {
 protected:
  // The entry of `action` in a round page's entries.
  static json EntryOf(const json& round, domain::ActionId action) {
    for (const auto& entry : round["entries"]) {
      if (entry["action_id"] == action) return entry;
    }
    ADD_FAILURE() << "no entry for action " << action;
    return json::object();
  }
};

TEST_P(ReviewRoundApiTest, OpenReviewExtendAndCloseARound) {
  auto dashboard = Body(ApiGet("/api/v1/actions/dashboard", manager_));
  EXPECT_EQ(dashboard["quarter"], "2025-26-q4");
  EXPECT_TRUE(dashboard["round"].is_null());
  EXPECT_EQ(dashboard["not_reviewed"].size(), 2u);
  EXPECT_TRUE(dashboard["overdue"].empty());

  const auto opened = ApiPost("/api/v1/review-rounds", manager_, {{"quarter", "2025-26-q4"}});
  ASSERT_EQ(opened->status, 201) << opened->body;
  const auto round = Body(opened)["review_round"];
  const auto round_id = round["id"].get<domain::ReviewRoundId>();
  const std::string path = "/api/v1/review-rounds/" + std::to_string(round_id);
  EXPECT_EQ(opened->Header("location"), path);
  EXPECT_EQ(round["quarter"], "2025-26-q4");
  EXPECT_EQ(round["quarter_label"], "2025-26 Q4");
  EXPECT_EQ(round["opened_on"], "2026-01-05");
  EXPECT_TRUE(round["closed_on"].is_null());
  const auto again = ApiPost("/api/v1/review-rounds", manager_, {{"quarter", "2025-26 Q4"}});
  EXPECT_EQ(again->status, 409);
  EXPECT_EQ(Body(again)["field"], "quarter");
  const auto rounds = Body(ApiGet("/api/v1/review-rounds", manager_))["review_rounds"];
  ASSERT_EQ(rounds.size(), 1u);
  EXPECT_EQ(rounds[0]["id"], round_id);

  auto page = Body(ApiGet(path, manager_));
  ASSERT_EQ(page["entries"].size(), 2u);
  EXPECT_TRUE(page["may_review"].get<bool>());
  EXPECT_TRUE(page["may_close"].get<bool>());
  const auto police_entry = EntryOf(page, police_action_);
  EXPECT_TRUE(police_entry["outcome"].is_null());
  const std::string entry_path =
      path + "/entries/" + std::to_string(police_entry["id"].get<domain::ReviewEntryId>());

  // Extend: the due date moves with the entry, and the move is counted.
  const json extend{{"version", police_entry["version"]},
                    {"outcome", "extend"},
                    {"note", "Fictional: training moved to the spring."},
                    {"new_due_on", "2026-06-30"}};
  const auto reviewed = ApiPut(entry_path, manager_, extend);
  ASSERT_EQ(reviewed->status, 200) << reviewed->body;
  EXPECT_EQ(Body(reviewed)["entry"]["outcome"], "extend");
  EXPECT_EQ(Body(reviewed)["entry"]["reviewed_on"], "2026-01-05");
  EXPECT_EQ(Body(reviewed)["entry"]["reviewed_by"], ada_);
  const auto action = Body(ApiGet(ActionPath(police_action_), manager_));
  EXPECT_EQ(action["action"]["due_on"], "2026-06-30");
  EXPECT_EQ(action["action"]["due_date_changes"], 1);
  ASSERT_EQ(action["reviews"].size(), 1u);
  EXPECT_EQ(action["reviews"][0]["outcome"], "extend");
  EXPECT_EQ(action["reviews"][0]["quarter"], "2025-26-q4");

  // The same entry from the version seen before: told to reload, nothing moves.
  auto stale = extend;
  stale["new_due_on"] = "2026-09-30";
  EXPECT_EQ(ApiPut(entry_path, manager_, stale)->status, 409);
  // The entry under another round's address: as if it did not exist.
  const auto elsewhere = ApiPut("/api/v1/review-rounds/" + std::to_string(round_id + 1000) +
                                    "/entries/" + std::to_string(police_entry["id"].get<int>()),
                                manager_, stale);
  EXPECT_EQ(elsewhere->status, 404);
  EXPECT_EQ(StoredAction(police_action_).due_on, Day("2026-06-30"));
  EXPECT_EQ(StoredAction(police_action_).due_date_changes, 1);

  const auto health_entry = EntryOf(page, health_action_);
  const auto on_track =
      ApiPut(path + "/entries/" + std::to_string(health_entry["id"].get<int>()), manager_,
             {{"version", health_entry["version"]}, {"outcome", "on_track"}});
  ASSERT_EQ(on_track->status, 200) << on_track->body;
  dashboard = Body(ApiGet("/api/v1/actions/dashboard", manager_));
  EXPECT_EQ(dashboard["round"]["id"], round_id);
  EXPECT_TRUE(dashboard["not_reviewed"].empty());

  // Closing with the round's version; afterwards its entries cannot change.
  const auto version = Body(ApiGet(path, manager_))["round"]["version"];
  const auto closed = ApiPost(path + "/close", manager_, {{"version", version}});
  ASSERT_EQ(closed->status, 200) << closed->body;
  EXPECT_EQ(Body(closed)["review_round"]["closed_on"], "2026-01-05");
  EXPECT_EQ(ApiPost(path + "/close", manager_, {{"version", version}})->status, 409);
  page = Body(ApiGet(path, manager_));
  EXPECT_FALSE(page["may_review"].get<bool>());
  const auto late =
      ApiPut(entry_path, manager_,
             {{"version", EntryOf(page, police_action_)["version"]}, {"outcome", "on_track"}});
  EXPECT_EQ(late->status, 409);
  EXPECT_EQ(EntryOf(Body(ApiGet(path, manager_)), police_action_)["outcome"], "extend");

  EXPECT_EQ(CountAudit("review_round.open", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("review_round.review", AuditOutcome::kSuccess), 2);
  EXPECT_EQ(CountAudit("review_round.close", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("review_round.review"), 1);  // the entry under another round
}

TEST_P(ReviewRoundApiTest, BadQuartersAndVersionsAreRefusedNamingTheField) {
  const auto field_of = [&](const json& body) {
    const auto reply = ApiPost("/api/v1/review-rounds", manager_, body);
    EXPECT_EQ(reply->status, 422) << reply->body;
    return Body(reply)["field"];
  };
  EXPECT_EQ(field_of({{"quarter", "2025-q1"}}), "quarter");
  EXPECT_EQ(field_of(json::object()), "quarter");
  EXPECT_EQ(field_of({{"quarter", "2026-27-q1"}}), "quarter");  // a future quarter
  EXPECT_EQ(field_of({{"quarter", 4}}), "quarter");
  EXPECT_TRUE(Body(ApiGet("/api/v1/review-rounds", manager_))["review_rounds"].empty());

  const auto opened = ApiPost("/api/v1/review-rounds", manager_, {{"quarter", "2025-26-q3"}});
  ASSERT_EQ(opened->status, 201) << opened->body;
  const std::string path =
      "/api/v1/review-rounds/" + std::to_string(Body(opened)["review_round"]["id"].get<int>());
  const auto entry = Body(ApiGet(path, manager_))["entries"][0];
  const std::string entry_path = path + "/entries/" + std::to_string(entry["id"].get<int>());
  const auto review_field = [&](const json& body) {
    const auto reply = ApiPut(entry_path, manager_, body);
    EXPECT_EQ(reply->status, 422) << reply->body;
    return Body(reply)["field"];
  };
  EXPECT_EQ(review_field({{"outcome", "on_track"}}), "version");
  EXPECT_EQ(review_field({{"version", entry["version"]}, {"outcome", "shrug"}}), "outcome");
  EXPECT_EQ(review_field({{"version", entry["version"]}, {"outcome", "escalate"}}), "note");
  EXPECT_EQ(review_field({{"version", entry["version"]},
                          {"outcome", "extend"},
                          {"note", "Fictional reason."},
                          {"new_due_on", "2025-01-01"}}),
            "new_due_on");
  EXPECT_EQ(Body(ApiPost(path + "/close", manager_, json::object()))["field"], "version");
  EXPECT_TRUE(
      EntryOf(Body(ApiGet(path, manager_)), entry["action_id"].get<domain::ActionId>())["outcome"]
          .is_null());
}

TEST_P(ReviewRoundApiTest, OnlyTheBusinessUnitReviewsAndOnlyTheManagerOpensAndCloses) {
  const auto lead = Token(police_lead_);
  EXPECT_EQ(ApiGet("/api/v1/review-rounds", lead)->status, 403);
  EXPECT_EQ(ApiGet("/api/v1/actions/dashboard", lead)->status, 403);
  EXPECT_EQ(ApiPost("/api/v1/review-rounds", lead, {{"quarter", "2025-26-q4"}})->status, 403);

  const auto opened = ApiPost("/api/v1/review-rounds", manager_, {{"quarter", "2025-26-q4"}});
  ASSERT_EQ(opened->status, 201) << opened->body;
  const std::string path =
      "/api/v1/review-rounds/" + std::to_string(Body(opened)["review_round"]["id"].get<int>());
  const auto entry = Body(ApiGet(path, manager_))["entries"][0];
  const std::string entry_path = path + "/entries/" + std::to_string(entry["id"].get<int>());
  const json on_track{{"version", entry["version"]}, {"outcome", "on_track"}};

  const auto board = Token(board_);
  const auto round = Body(ApiGet(path, board));
  EXPECT_FALSE(round["may_review"].get<bool>());
  EXPECT_FALSE(round["may_close"].get<bool>());
  EXPECT_EQ(ApiPut(entry_path, board, on_track)->status, 403);
  EXPECT_EQ(ApiPut(entry_path, lead, on_track)->status, 403);
  EXPECT_EQ(ApiPost(path + "/close", board, {{"version", 1}})->status, 403);
  EXPECT_TRUE(
      EntryOf(Body(ApiGet(path, manager_)), entry["action_id"].get<domain::ActionId>())["outcome"]
          .is_null());
  EXPECT_TRUE(Body(ApiGet(path, manager_))["round"]["closed_on"].is_null());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewRoundApiTest);

}  // namespace
}  // namespace assure
