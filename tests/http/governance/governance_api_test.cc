// The governance API's bodies through the whole server, on both backends: Ada, the business
// manager, makes a board and a task and finish group under it (a stale version is 409; a kind,
// quorum, name or member's role that is refused is 422 naming it, storing nothing), saves versions
// of its terms of reference and seats its members, one of them as the chair. An agency lead reads
// the structure but makes no body and schedules no meeting; another partnership's meeting and
// body are 404, the refused read audited. The meetings are in meeting_api_test.cc. Fictional data
// only.
#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "domain/governance/body_repository.h"
#include "domain/governance/meetings/meeting_repository.h"
#include "http/governance/governance_api_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

constexpr const char* kBoard = "Fictional Safeguarding Board";

TEST_P(GovernanceApiTest, ABodyIsCreatedWithItsChildAndAStaleVersionIsAConflict) {
  const json board = CreateBody(kBoard, 3, true);
  ASSERT_TRUE(board.is_object());
  EXPECT_EQ(board["kind"], "board");
  EXPECT_EQ(board["quorum_minimum"], 3);
  EXPECT_EQ(board["quorum_statutory_partners"], true);
  EXPECT_TRUE(board["parent_id"].is_null());
  EXPECT_TRUE(board["terms"].is_null());
  EXPECT_TRUE(board["members"].empty());
  EXPECT_EQ(board["version"], 1);

  const json group = Expect(ApiPost("/api/v1/bodies", manager_token_,
                                    {{"name", "Fictional Neglect Task Group"},
                                     {"kind", "task_and_finish_group"},
                                     {"parent_id", IdOf(board)},
                                     {"quorum_minimum", 2}}),
                            201, "body");
  ASSERT_TRUE(group.is_object());
  EXPECT_EQ(group["kind"], "task_and_finish_group");
  EXPECT_EQ(group["parent_id"], IdOf(board));
  EXPECT_EQ(group["quorum_statutory_partners"], false);

  const json read = Expect(ApiGet(BodyPath(IdOf(board)), manager_token_), 200, "body");
  ASSERT_TRUE(read.is_object());
  EXPECT_EQ(read["child_ids"], json::array({IdOf(group)}));
  EXPECT_EQ(read["may_edit"], true);

  json change{{"version", 1},
              {"name", "Fictional Exploitation Subgroup"},
              {"kind", "subgroup"},
              {"parent_id", IdOf(board)},
              {"quorum_minimum", 2}};
  const json changed = Expect(ApiPut(BodyPath(IdOf(group)), manager_token_, change), 200, "body");
  ASSERT_TRUE(changed.is_object());
  EXPECT_EQ(changed["name"], "Fictional Exploitation Subgroup");
  EXPECT_EQ(changed["kind"], "subgroup");
  EXPECT_EQ(changed["version"], 2);

  change["name"] = "Fictional Stale Name";
  const auto stale = ApiPut(BodyPath(IdOf(group)), manager_token_, change);
  ASSERT_TRUE(stale.ok());
  EXPECT_EQ(stale->status, 409) << stale->body;
  EXPECT_EQ(FieldOf(*stale), "version");
  const json list = Expect(ApiGet("/api/v1/bodies", manager_token_), 200, "bodies");
  ASSERT_EQ(list.size(), 2u);
  for (const auto& row : list) EXPECT_NE(row["name"], "Fictional Stale Name");
}

TEST_P(GovernanceApiTest, RefusedInputNamesTheFieldAndStoresNothing) {
  const json base{{"name", kBoard}, {"kind", "board"}, {"quorum_minimum", 3}};
  json unknown_kind = base;
  unknown_kind["kind"] = "committee";
  json no_kind = base;
  no_kind.erase("kind");
  json no_quorum = base;
  no_quorum["quorum_minimum"] = 0;
  json blank_name = base;
  blank_name["name"] = "  ";
  const std::vector<std::pair<json, std::string>> refused_bodies{{unknown_kind, "kind"},
                                                                 {no_kind, "kind"},
                                                                 {no_quorum, "quorum_minimum"},
                                                                 {blank_name, "name"}};
  for (const auto& [body, field] : refused_bodies) {
    const auto refused = ApiPost("/api/v1/bodies", manager_token_, body);
    ASSERT_TRUE(refused.ok());
    EXPECT_EQ(refused->status, 422) << body;
    EXPECT_EQ(FieldOf(*refused), field) << refused->body;
  }
  EXPECT_TRUE(Expect(ApiGet("/api/v1/bodies", manager_token_), 200, "bodies").empty());

  const json board = CreateBody(kBoard, 3);
  const auto unversioned = ApiPut(BodyPath(IdOf(board)), manager_token_, base);
  ASSERT_TRUE(unversioned.ok());
  EXPECT_EQ(unversioned->status, 422) << unversioned->body;
  EXPECT_EQ(FieldOf(*unversioned), "version");
  const auto bad_role =
      ApiPost(BodyPath(IdOf(board), "/members"), manager_token_,
              {{"person", "Fictional Person"}, {"role", "observer"}, {"from_on", "2025-04-01"}});
  ASSERT_TRUE(bad_role.ok());
  EXPECT_EQ(bad_role->status, 422) << bad_role->body;
  EXPECT_EQ(FieldOf(*bad_role), "role");
}

TEST_P(GovernanceApiTest, TermsOfReferenceAreVersionedAndTheChairIsAMember) {
  const auto id = IdOf(CreateBody(kBoard, 2));
  ASSERT_GT(id, 0);
  const json first =
      Expect(ApiPost(BodyPath(id, "/terms"), manager_token_,
                     {{"text", "# Purpose\n\nFictional terms."}, {"review_on", "2027-01-31"}}),
             201, "terms");
  ASSERT_TRUE(first.is_object());
  EXPECT_EQ(first["number"], 1);
  EXPECT_EQ(first["review_on"], "2027-01-31");
  EXPECT_EQ(first["saved_on"], kToday);
  const json second = Expect(
      ApiPost(BodyPath(id, "/terms"), manager_token_, {{"text", "Fictional terms, revised."}}), 201,
      "terms");
  ASSERT_TRUE(second.is_object());
  EXPECT_EQ(second["number"], 2);
  EXPECT_EQ(second["review_on"], "2027-01-05");  // a year on when no date is given
  const auto blank = ApiPost(BodyPath(id, "/terms"), manager_token_, {{"text", ""}});
  ASSERT_TRUE(blank.ok());
  EXPECT_EQ(blank->status, 422) << blank->body;
  EXPECT_EQ(FieldOf(*blank), "text");
  const json history = Expect(ApiGet(BodyPath(id, "/terms"), manager_token_), 200, "terms");
  ASSERT_EQ(history.size(), 2u);
  EXPECT_EQ(history[0]["number"], 2);
  EXPECT_EQ(history[1]["number"], 1);

  const auto chair = Seat(id, "Fictional Chair", police_);
  const auto vice = Seat(id, "Fictional Vice", health_);
  const json ended = Expect(ApiPut(BodyPath(id, "/members/" + std::to_string(vice)), manager_token_,
                                   {{"person", "Fictional Vice"},
                                    {"post", "Fictional head of safeguarding"},
                                    {"agency_id", health_},
                                    {"role", "deputy"},
                                    {"from_on", "2025-04-01"},
                                    {"to_on", "2025-12-31"}}),
                            200, "member");
  ASSERT_TRUE(ended.is_object());
  EXPECT_EQ(ended["role"], "deputy");
  EXPECT_EQ(ended["to_on"], "2025-12-31");

  const auto version = VersionOf(Expect(ApiGet(BodyPath(id), manager_token_), 200, "body"));
  const json chaired = Expect(ApiPut(BodyPath(id), manager_token_,
                                     {{"version", version},
                                      {"name", kBoard},
                                      {"kind", "board"},
                                      {"quorum_minimum", 2},
                                      {"chair_id", chair}}),
                              200, "body");
  ASSERT_TRUE(chaired.is_object());
  EXPECT_EQ(chaired["chair_id"], chair);
  const json read = Expect(ApiGet(BodyPath(id), manager_token_), 200, "body");
  ASSERT_TRUE(read.is_object());
  EXPECT_EQ(read["terms"]["number"], 2);
  ASSERT_EQ(read["members"].size(), 2u);
  EXPECT_EQ(read["members"][0]["name"], "Fictional Chair");
  EXPECT_EQ(read["members"][0]["agency"], "Northshire Police");
}

TEST_P(GovernanceApiTest, AnAgencyLeadReadsTheStructureButMakesNoBody) {
  const auto made = ApiPost("/api/v1/bodies", lead_token_,
                            {{"name", kBoard}, {"kind", "board"}, {"quorum_minimum", 2}});
  ASSERT_TRUE(made.ok());
  EXPECT_TRUE(made->status == 403 || made->status == 404) << made->status << ": " << made->body;
  EXPECT_TRUE(Expect(ApiGet("/api/v1/bodies", lead_token_), 200, "bodies").empty());
  const auto id = IdOf(CreateBody(kBoard, 2));
  const auto scheduled = ApiPost("/api/v1/meetings", lead_token_,
                                 {{"body_id", id}, {"held_on", kToday}, {"location", "Online"}});
  ASSERT_TRUE(scheduled.ok());
  EXPECT_EQ(scheduled->status, 403) << scheduled->body;
  EXPECT_EQ(Expect(ApiGet("/api/v1/bodies", lead_token_), 200, "bodies").size(), 1u);
}

TEST_P(GovernanceApiTest, AnotherPartnershipsMeetingIsNotFound) {
  const auto south = t_->AddPartnership("southshire", "Southshire Safeguarding Partnership");
  auto seeded = t_->store().Write([&](domain::Transaction& tx) -> core::Result<domain::Meeting> {
    domain::BodyContent content;
    content.name = "Fictional Southshire Board";
    content.kind = domain::BodyKind::kBoard;
    auto body = tx.bodies(south).Create(content);
    if (!body.ok()) return body.error();
    domain::MeetingContent meeting;
    meeting.held_on = Day(kToday);
    meeting.location = "Fictional Hall";
    return tx.meetings(south).Create(body->id, meeting);
  });
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;

  const auto read = ApiGet(MeetingPath(seeded->id), manager_token_);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->status, 404) << read->body;
  EXPECT_EQ(CountAudit("governance.meeting.read"), 1);
  const auto decided =
      ApiPost(MeetingPath(seeded->id, "/decisions"), manager_token_, {{"text", "Fictional."}});
  ASSERT_TRUE(decided.ok());
  EXPECT_EQ(decided->status, 404) << decided->body;
  const auto attended = ApiPut(MeetingPath(seeded->id, "/attendance"), manager_token_,
                               {{"version", 1}, {"attendance", json::array()}});
  ASSERT_TRUE(attended.ok());
  EXPECT_EQ(attended->status, 404) << attended->body;
  const auto body = ApiGet(BodyPath(seeded->body_id), manager_token_);
  ASSERT_TRUE(body.ok());
  EXPECT_EQ(body->status, 404) << body->body;
  EXPECT_TRUE(Expect(ApiGet("/api/v1/meetings", manager_token_), 200, "meetings").empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(GovernanceApiTest);

}  // namespace
}  // namespace assure::testing
