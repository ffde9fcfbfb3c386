// The actions part of the action plans API through the whole server, on both backends: creating,
// listing with filters, reading and changing an action; recording and listing progress updates
// and reading evidence files; an agency lead kept to their own agency's actions (another
// agency's is 404, changes nothing and is audited); two updates from the same version (one wins,
// the other is told to reload); errors naming the field; a board member who reads but may change
// nothing.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <thread>

#include "http/action_api_fixture.h"

namespace assure {
namespace {

using domain::AuditOutcome;
using nlohmann::json;

class ActionApiTest : public testing::ActionApiHttpTest {};

TEST_P(ActionApiTest, CreateListReadAndChangeAnAction) {
  const json draft{
      {"title", "Fictional: a shared escalation policy"},
      {"owner_agency_id", police_},
      {"lead_name", "Fictional Lead"},
      {"due_on", "2026-06-30"},
      {"priority", "high"},
      {"sources", {{{"kind", "board_decision"}, {"label", "Fictional board, December"}}}}};
  const auto created = ApiPost("/api/v1/actions", manager_, draft);
  ASSERT_EQ(created->status, 201) << created->body;
  const auto action = Body(created)["action"];
  const auto id = action["id"].get<domain::ActionId>();
  EXPECT_EQ(created->Header("location"), ActionPath(id));
  EXPECT_EQ(action["status"], "not_started");
  EXPECT_EQ(action["priority"], "high");
  EXPECT_EQ(action["version"], 1);
  EXPECT_EQ(action["sources"][0]["kind"], "board_decision");

  // The list: rated, filtered and paged.
  const auto all = Body(ApiGet("/api/v1/actions", manager_));
  ASSERT_EQ(all["total"], 3);
  EXPECT_EQ(all["actions"][0]["id"], health_action_);  // due first
  EXPECT_EQ(all["actions"][0]["effective_rag"], "green");
  EXPECT_FALSE(all["actions"][0]["rag_disagrees"].get<bool>());
  const auto total = [&](const std::string& query) {
    return Body(ApiGet("/api/v1/actions?" + query, manager_))["total"].get<int>();
  };
  EXPECT_EQ(total("agency=" + std::to_string(police_)), 2);
  EXPECT_EQ(total("case=" + std::to_string(case_a_)), 1);
  EXPECT_EQ(total("source_kind=rapid_review"), 1);
  EXPECT_EQ(total("due_before=2026-03-01"), 1);
  EXPECT_EQ(total("open=true"), 3);
  EXPECT_EQ(total("open=false"), 0);
  EXPECT_EQ(total("status=in_progress"), 0);
  const auto second = Body(ApiGet("/api/v1/actions?per_page=1&page=2", manager_));
  EXPECT_EQ(second["total"], 3);
  ASSERT_EQ(second["actions"].size(), 1u);
  EXPECT_EQ(second["actions"][0]["id"], police_action_);

  // One action with its described sources.
  const auto view = Body(ApiGet(ActionPath(health_action_), manager_));
  EXPECT_EQ(view["action"]["title"], "Fictional: health visitors share concerns the same day");
  EXPECT_EQ(view["sources"][0]["case_reference"], "CR-2025-001");
  EXPECT_EQ(view["sources"][0]["description"], "CR-2025-001, rapid review");
  EXPECT_TRUE(view["updates"].empty());
  EXPECT_TRUE(view["may_update"].get<bool>());
  EXPECT_TRUE(view["may_edit"].get<bool>());
  EXPECT_FALSE(Contains(view.dump(), "Child H"));

  // Changing the plan with the version seen; a second change from the same version is 409.
  const auto edited =
      ApiPut(ActionPath(id), manager_, Plan(1, "Fictional: a revised policy", "2026-07-31"));
  ASSERT_EQ(edited->status, 200) << edited->body;
  EXPECT_EQ(Body(edited)["action"]["version"], 2);
  EXPECT_EQ(Body(edited)["action"]["due_date_changes"], 1);
  const auto stale =
      ApiPut(ActionPath(id), manager_, Plan(1, "Fictional: overwritten", "2026-08-31"));
  EXPECT_EQ(stale->status, 409);
  EXPECT_EQ(Body(stale)["error"], "conflict");
  EXPECT_TRUE(Contains(Body(stale)["message"].get<std::string>(), "reload"));
  const auto stored = StoredAction(id);
  EXPECT_EQ(stored.title, "Fictional: a revised policy");
  EXPECT_EQ(stored.version, 2);
  EXPECT_EQ(CountAudit("action.create", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("action.update", AuditOutcome::kSuccess), 1);
}

TEST_P(ActionApiTest, AnAgencyLeadRecordsAndReadsUpdatesOnTheirOwnActions) {
  const auto lead = Token(police_lead_);
  const auto mine = Body(ApiGet("/api/v1/my-actions", lead));
  ASSERT_EQ(mine["actions"].size(), 1u);
  EXPECT_EQ(mine["actions"][0]["id"], police_action_);
  EXPECT_EQ(Body(ApiGet("/api/v1/actions", lead))["total"], 1);
  EXPECT_EQ(Body(ApiGet("/api/v1/actions?agency=" + std::to_string(health_), lead))["total"], 0);

  const auto path = ActionPath(police_action_) + "/updates";
  const auto recorded = ApiPost(path, lead, Progress(1));
  ASSERT_EQ(recorded->status, 201) << recorded->body;
  const auto answer = Body(recorded);
  EXPECT_EQ(answer["action"]["version"], 2);
  EXPECT_EQ(answer["action"]["status"], "in_progress");
  EXPECT_EQ(answer["action"]["reported_rag"], "amber");
  EXPECT_EQ(answer["update"]["rag"], "amber");
  EXPECT_EQ(answer["update"]["recorded_by"], police_lead_);

  const auto update_id = answer["update"]["id"].get<domain::ActionUpdateId>();
  const auto file = AddEvidence(update_id, "briefing.txt", "Fictional attendance list.\n");
  const auto updates = Body(ApiGet(path, lead))["updates"];
  ASSERT_EQ(updates.size(), 1u);
  EXPECT_EQ(updates[0]["narrative"], "Fictional progress: the first briefing took place.");
  ASSERT_EQ(updates[0]["files"].size(), 1u);
  EXPECT_EQ(updates[0]["files"][0]["file_name"], "briefing.txt");
  const auto href = updates[0]["files"][0]["href"].get<std::string>();
  EXPECT_EQ(href, ActionPath(police_action_) + "/files/" + std::to_string(file));
  const auto bytes = ApiGet(href, lead);
  ASSERT_EQ(bytes->status, 200);
  EXPECT_EQ(bytes->body, "Fictional attendance list.\n");
  EXPECT_TRUE(
      Contains(std::string{bytes->Header("content-disposition").value_or("")}, "attachment"));
  EXPECT_EQ(CountAudit("action.evidence.read", AuditOutcome::kSuccess), 1);
  EXPECT_EQ(CountAudit("action.update.record", AuditOutcome::kSuccess), 1);

  // The lead records progress but does not change the plan.
  const auto edit =
      ApiPut(ActionPath(police_action_), lead, Plan(2, "Fictional: mine", "2026-12-31"));
  EXPECT_EQ(edit->status, 403);
  EXPECT_EQ(StoredAction(police_action_).version, 2);
}

TEST_P(ActionApiTest, AnotherAgencysActionIsNotFoundUnchangedAndAudited) {
  const auto lead = Token(police_lead_);
  const auto path = ActionPath(health_action_);
  const auto read = ApiGet(path, lead);
  EXPECT_EQ(read->status, 404);
  EXPECT_EQ(Body(read)["error"], "not_found");
  EXPECT_FALSE(Contains(read->body, "health visitors"));
  EXPECT_EQ(ApiGet(path + "/updates", lead)->status, 404);
  const auto update = ApiPost(path + "/updates", lead, Progress(1));
  EXPECT_EQ(update->status, 404);
  EXPECT_EQ(Body(update)["message"], "There is no such action.");
  const auto edit = ApiPut(path, lead, Plan(1, "Fictional: taken over", "2026-12-31"));
  EXPECT_EQ(edit->status, 404);
  // Exactly as an action that does not exist.
  EXPECT_EQ(Body(ApiGet(ActionPath(health_action_ + 1000), lead))["message"],
            Body(read)["message"]);

  const auto stored = StoredAction(health_action_);
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.title, "Fictional: health visitors share concerns the same day");
  EXPECT_TRUE(StoredUpdates(health_action_).empty());
  EXPECT_EQ(CountAudit("action.read"), 3);  // two reads of the other agency's, one of none
  EXPECT_EQ(CountAudit("action.update.record"), 1);
  EXPECT_EQ(CountAudit("action.update"), 1);
  EXPECT_EQ(CountAudit("action.update.record", AuditOutcome::kSuccess), 0);
}

TEST_P(ActionApiTest, OfTwoUpdatesFromTheSameVersionOneWinsAndTheOtherIsToldToReload) {
  const auto lead = Token(health_lead_);
  const auto path = ActionPath(health_action_) + "/updates";
  core::Result<testing::HttpReply> first = core::Error::Internal("not sent");
  core::Result<testing::HttpReply> second = core::Error::Internal("not sent");
  {
    std::thread a([&] { first = ApiPost(path, lead, Progress(1, "green")); });
    std::thread b([&] { second = ApiPost(path, manager_, Progress(1, "red")); });
    a.join();
    b.join();
  }
  ASSERT_TRUE(first.ok() && second.ok());
  std::vector<int> statuses{first->status, second->status};
  std::sort(statuses.begin(), statuses.end());
  EXPECT_EQ(statuses, (std::vector<int>{201, 409}));
  const auto& loser = first->status == 409 ? *first : *second;
  EXPECT_EQ(Body(loser)["message"], "Someone else changed this action; reload it and try again.");

  const auto updates = StoredUpdates(health_action_);
  ASSERT_EQ(updates.size(), 1u);
  const auto stored = StoredAction(health_action_);
  EXPECT_EQ(stored.version, 2);
  const auto& winner = first->status == 201 ? *first : *second;
  EXPECT_EQ(Body(winner)["update"]["id"], updates[0].id);
}

TEST_P(ActionApiTest, BadInputIsRefusedNamingTheFieldAndChangesNothing) {
  const auto path = ActionPath(police_action_) + "/updates";
  const auto field_of = [&](const json& body) {
    const auto reply = ApiPost(path, manager_, body);
    EXPECT_EQ(reply->status, 422) << reply->body;
    EXPECT_FALSE(Contains(reply->body, "2026-02-30"));
    return Body(reply)["field"];
  };
  auto body = Progress(1);
  body.erase("version");
  EXPECT_EQ(field_of(body), "version");
  body = Progress(1, "purple");
  EXPECT_EQ(field_of(body), "rag");
  body = Progress(1);
  body["on"] = "2026-02-30";
  EXPECT_EQ(field_of(body), "on");
  body = Progress(1);
  body["narrative"] = " ";
  EXPECT_EQ(field_of(body), "narrative");
  body = Progress(1);
  body["status"] = "completed";
  EXPECT_EQ(field_of(body), "evidence");
  body = Progress(1);
  body["file"] = {{"name", "a.txt"}};
  EXPECT_EQ(field_of(body), "file");

  const auto create_field = [&](const json& changes) {
    json draft{{"title", "Fictional: refused"},
               {"owner_agency_id", police_},
               {"lead_name", "Fictional Lead"},
               {"due_on", "2026-06-30"},
               {"sources", {{{"kind", "national_review"}, {"label", "Fictional"}}}}};
    draft.update(changes);
    const auto reply = ApiPost("/api/v1/actions", manager_, draft);
    EXPECT_EQ(reply->status, 422) << reply->body;
    return Body(reply)["field"];
  };
  EXPECT_EQ(create_field({{"sources", {{{"kind", "rumour"}}}}}), "sources[0].kind");
  EXPECT_EQ(create_field({{"sources", json::array()}}), "sources");
  EXPECT_EQ(create_field({{"due_on", nullptr}}), "due_on");
  EXPECT_EQ(create_field({{"priority", "urgent"}}), "priority");
  EXPECT_EQ(create_field({{"owner_agency_id", police_ + 1000}}), "owner_agency_id");
  EXPECT_EQ(create_field({{"title", ""}}), "title");
  auto plan = Plan(1, "Fictional: no priority", "2026-06-30");
  plan.erase("priority");
  const auto put = ApiPut(ActionPath(police_action_), manager_, plan);
  EXPECT_EQ(put->status, 422);
  EXPECT_EQ(Body(put)["field"], "priority");

  const auto filter = ApiGet("/api/v1/actions?status=lost", manager_);
  EXPECT_EQ(filter->status, 422);
  EXPECT_EQ(Body(filter)["field"], "status");
  EXPECT_EQ(Body(ApiGet("/api/v1/actions?due_before=soon", manager_))["field"], "due_before");
  EXPECT_EQ(Body(ApiGet("/api/v1/actions?open=maybe", manager_))["field"], "open");

  EXPECT_EQ(StoredAction(police_action_).version, 1);
  EXPECT_TRUE(StoredUpdates(police_action_).empty());
  EXPECT_EQ(Body(ApiGet("/api/v1/actions", manager_))["total"], 2);
}

TEST_P(ActionApiTest, ABoardMemberReadsButMayChangeNothing) {
  const auto board = Token(board_);
  EXPECT_EQ(Body(ApiGet("/api/v1/actions", board))["total"], 2);
  const auto view = Body(ApiGet(ActionPath(police_action_), board));
  EXPECT_FALSE(view["may_update"].get<bool>());
  EXPECT_FALSE(view["may_edit"].get<bool>());
  EXPECT_EQ(ApiGet("/api/v1/actions/dashboard", board)->status, 200);
  EXPECT_EQ(ApiGet("/api/v1/review-rounds", board)->status, 200);

  const auto create =
      ApiPost("/api/v1/actions", board, Plan(1, "Fictional: board's", "2026-06-30"));
  EXPECT_EQ(create->status, 403);
  EXPECT_EQ(Body(create)["error"], "forbidden");
  EXPECT_EQ(ApiPost(ActionPath(police_action_) + "/updates", board, Progress(1))->status, 403);
  EXPECT_EQ(ApiPut(ActionPath(police_action_), board, Plan(1, "Fictional", "2026-06-30"))->status,
            403);
  EXPECT_EQ(ApiPost("/api/v1/review-rounds", board, {{"quarter", "2025-26-q4"}})->status, 403);
  EXPECT_EQ(ApiGet("/api/v1/my-actions", board)->status, 403);

  EXPECT_EQ(StoredAction(police_action_).version, 1);
  EXPECT_TRUE(StoredUpdates(police_action_).empty());
  EXPECT_EQ(Body(ApiGet("/api/v1/actions", manager_))["total"], 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ActionApiTest);

}  // namespace
}  // namespace assure
