// The governance API's meetings through the whole server, on both backends: Ada schedules a
// board's meetings and records attendance whose quorum is computed (deputies count; with the
// statutory partners rule a statutory partner with no one counted leaves the meeting inquorate;
// a stale version is 409), adds agenda items, writes minutes and records decisions numbered by
// body and year, one making an action of the action plans with the source "meeting". The police
// lead reads a meeting of a body their agency sits on without its restricted items or draft
// minutes, and changes nothing. The attendance figures count each agency in person and by deputy;
// a bad period is 400 naming the parameter. Fictional data only.
#include <gtest/gtest.h>

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "http/governance/governance_api_fixture.h"

namespace assure::testing {
namespace {

using nlohmann::json;

constexpr const char* kBoard = "Fictional Safeguarding Board";

class MeetingApiTest : public GovernanceApiTest {};

TEST_P(MeetingApiTest, AttendanceGivesTheQuorumWithDeputiesCounted) {
  const auto id = IdOf(CreateBody(kBoard, 2));
  const auto police = Seat(id, "Fictional Police Member", police_);
  const auto health = Seat(id, "Fictional Health Member", health_);
  const auto council = Seat(id, "Fictional Council Member", council_);
  const json meeting = Schedule(id, kToday);
  ASSERT_TRUE(meeting.is_object());
  const json before = Expect(ApiGet(MeetingPath(IdOf(meeting)), manager_token_), 200, "meeting");
  ASSERT_TRUE(before.is_object());
  EXPECT_FALSE(before["quorum"]["recorded"].get<bool>());
  ASSERT_EQ(before["attendance"].size(), 3u);
  EXPECT_TRUE(before["attendance"][0]["status"].is_null());

  const auto unnamed =
      Attend(meeting, json::array({Attendee(police, "present"), Attendee(health, "deputy"),
                                   Attendee(council, "apologies")}));
  ASSERT_TRUE(unnamed.ok());
  EXPECT_EQ(unnamed->status, 422) << unnamed->body;
  EXPECT_EQ(FieldOf(*unnamed), "attendance[1].deputy");

  const json marks =
      json::array({Attendee(police, "present"), Attendee(health, "deputy", "Fictional Deputy"),
                   Attendee(council, "apologies")});
  const json recorded = Expect(Attend(meeting, marks), 200, "meeting");
  ASSERT_TRUE(recorded.is_object());
  const json quorum = recorded["quorum"];
  EXPECT_TRUE(quorum["recorded"].get<bool>());
  EXPECT_TRUE(quorum["quorate"].get<bool>());
  EXPECT_EQ(quorum["counted"], 2);
  EXPECT_EQ(quorum["minimum"], 2);
  EXPECT_TRUE(quorum["statutory_missing"].empty());
  ASSERT_EQ(recorded["attendance"].size(), 3u);
  const json& deputy = recorded["attendance"][1];
  EXPECT_EQ(deputy["member_id"], health);
  EXPECT_EQ(deputy["name"], "Fictional Health Member");
  EXPECT_EQ(deputy["agency_id"], health_);
  EXPECT_EQ(deputy["role"], "member");
  EXPECT_EQ(deputy["status"], "deputy");
  EXPECT_EQ(deputy["deputy"], "Fictional Deputy");
  EXPECT_EQ(recorded["attendance"][2]["status"], "apologies");

  const auto stale = Attend(meeting, marks);  // still at the version before the marks
  ASSERT_TRUE(stale.ok());
  EXPECT_EQ(stale->status, 409) << stale->body;
  const json read = Expect(ApiGet(MeetingPath(IdOf(meeting)), manager_token_), 200, "meeting");
  ASSERT_TRUE(read.is_object());
  EXPECT_EQ(read["quorum"], quorum);
}

TEST_P(MeetingApiTest, AStatutoryPartnerWithNoOneCountedLeavesTheMeetingInquorate) {
  MakeStatutory(council_);
  const auto id = IdOf(CreateBody(kBoard, 2, true));
  const auto police = Seat(id, "Fictional Police Member", police_);
  const auto health = Seat(id, "Fictional Health Member", health_);
  const json unseated = Expect(ApiGet(BodyPath(id), manager_token_), 200, "body");
  ASSERT_TRUE(unseated.is_object());
  EXPECT_EQ(unseated["statutory_without_member"], json::array({council_}));
  const auto council = Seat(id, "Fictional Council Member", council_);

  const json meeting = Schedule(id, kToday);
  const json recorded =
      Expect(Attend(meeting, json::array({Attendee(police, "present"),
                                          Attendee(health, "deputy", "Fictional Deputy"),
                                          Attendee(council, "apologies")})),
             200, "meeting");
  ASSERT_TRUE(recorded.is_object());
  EXPECT_EQ(recorded["quorum"]["counted"], 2);
  EXPECT_FALSE(recorded["quorum"]["quorate"].get<bool>());
  EXPECT_EQ(recorded["quorum"]["statutory_missing"], json::array({council_}));
}

TEST_P(MeetingApiTest, DecisionsAreNumberedByYearAndOneMakesAnActionFromTheMeeting) {
  const auto id = IdOf(CreateBody(kBoard, 1));
  Seat(id, "Fictional Police Member", police_);
  const json meeting = Schedule(id, kToday);
  ASSERT_TRUE(meeting.is_object());
  const auto path = MeetingPath(IdOf(meeting), "/decisions");
  const json first = Expect(
      ApiPost(path, manager_token_, {{"text", "Fictional: the board agrees its priorities."}}), 201,
      "decision");
  ASSERT_TRUE(first.is_object());
  EXPECT_EQ(first["reference"], "2026/1");
  EXPECT_EQ(first["year"], 2026);
  EXPECT_EQ(first["number"], 1);
  EXPECT_TRUE(first["action_id"].is_null());

  const json action{{"title", "Fictional: publish the neglect strategy"},
                    {"owner_agency_id", police_},
                    {"lead_name", "Fictional Lead"},
                    {"due_on", "2026-06-30"}};
  json overdue = action;
  overdue["due_on"] = "2025-12-31";
  const auto refused = ApiPost(path, manager_token_, {{"text", "Fictional."}, {"action", overdue}});
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->status, 422) << refused->body;
  EXPECT_EQ(FieldOf(*refused), "action.due_on");
  const auto blank = ApiPost(path, manager_token_, {{"text", ""}});
  ASSERT_TRUE(blank.ok());
  EXPECT_EQ(blank->status, 422) << blank->body;
  EXPECT_EQ(FieldOf(*blank), "text");

  const json second = Expect(
      ApiPost(path, manager_token_,
              {{"text", "Fictional: the police will publish the strategy."}, {"action", action}}),
      201, "decision");
  ASSERT_TRUE(second.is_object());
  EXPECT_EQ(second["reference"], "2026/2");  // nothing refused took a number
  ASSERT_TRUE(second["action_id"].is_number_integer()) << second;
  const auto action_id = second["action_id"].get<std::int64_t>();

  const auto made = ApiGet("/api/v1/actions/" + std::to_string(action_id), manager_token_);
  ASSERT_TRUE(made.ok());
  ASSERT_EQ(made->status, 200) << made->body;
  const json seen = json::parse(made->body);
  EXPECT_EQ(seen["action"]["title"], "Fictional: publish the neglect strategy");
  EXPECT_EQ(seen["action"]["owner_agency_id"], police_);
  EXPECT_EQ(seen["action"]["due_on"], "2026-06-30");
  ASSERT_EQ(seen["sources"].size(), 1u);
  EXPECT_EQ(seen["sources"][0]["kind"], "meeting");
  EXPECT_EQ(seen["sources"][0]["ref_id"], IdOf(meeting));

  const json read = Expect(ApiGet(MeetingPath(IdOf(meeting)), manager_token_), 200, "meeting");
  ASSERT_TRUE(read.is_object());
  ASSERT_EQ(read["decisions"].size(), 2u);
  EXPECT_EQ(read["decisions"][1]["action_id"], action_id);
}

TEST_P(MeetingApiTest, ALeadReadsTheMeetingWithoutRestrictedItemsOrDraftMinutes) {
  const auto id = IdOf(CreateBody(kBoard, 1));
  Seat(id, "Fictional Police Member", police_);
  const auto meeting_id = IdOf(Schedule(id, kToday));
  ASSERT_GT(meeting_id, 0);
  const json open = Expect(ApiPost(MeetingPath(meeting_id, "/items"), manager_token_,
                                   {{"title", "Fictional: the annual report"},
                                    {"owner", "Business manager"},
                                    {"restricted", false}}),
                           201, "item");
  ASSERT_TRUE(open.is_object());
  EXPECT_EQ(open["position"], 1);
  Expect(ApiPost(MeetingPath(meeting_id, "/items"), manager_token_,
                 {{"title", "Fictional: a case for discussion"}, {"restricted", true}}),
         201, "item");

  const auto version =
      VersionOf(Expect(ApiGet(MeetingPath(meeting_id), manager_token_), 200, "meeting"));
  const auto blank = ApiPut(MeetingPath(meeting_id, "/minutes"), manager_token_,
                            {{"version", version}, {"text", ""}});
  ASSERT_TRUE(blank.ok());
  EXPECT_EQ(blank->status, 422) << blank->body;
  EXPECT_EQ(FieldOf(*blank), "text");
  const json minuted = Expect(ApiPut(MeetingPath(meeting_id, "/minutes"), manager_token_,
                                     {{"version", version}, {"text", "Fictional draft minutes."}}),
                              200, "meeting");
  ASSERT_TRUE(minuted.is_object());
  EXPECT_EQ(minuted["minutes"]["state"], "draft");
  EXPECT_EQ(minuted["minutes"]["text"], "Fictional draft minutes.");

  const json seen = Expect(ApiGet(MeetingPath(meeting_id), lead_token_), 200, "meeting");
  ASSERT_TRUE(seen.is_object());
  ASSERT_EQ(seen["agenda"].size(), 1u);
  EXPECT_EQ(seen["agenda"][0]["title"], "Fictional: the annual report");
  EXPECT_EQ(seen["minutes"]["state"], "draft");
  EXPECT_TRUE(seen["minutes"]["text"].is_null());
  EXPECT_EQ(seen["may_edit"], false);
  const json listed =
      Expect(ApiGet("/api/v1/meetings?body=" + std::to_string(id), lead_token_), 200, "meetings");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["id"], meeting_id);

  const auto changed = ApiPut(MeetingPath(meeting_id, "/minutes"), lead_token_,
                              {{"version", VersionOf(minuted)}, {"text", "Fictional."}});
  ASSERT_TRUE(changed.ok());
  EXPECT_EQ(changed->status, 403) << changed->body;
  const auto bad_from = ApiGet("/api/v1/meetings?from=2026-13-01", manager_token_);
  ASSERT_TRUE(bad_from.ok());
  EXPECT_EQ(bad_from->status, 422) << bad_from->body;
  EXPECT_EQ(FieldOf(*bad_from), "from");
}

TEST_P(MeetingApiTest, AttendanceFiguresCountEachAgencyInPersonAndByDeputy) {
  const auto id = IdOf(CreateBody(kBoard, 1));
  const auto police = Seat(id, "Fictional Police Member", police_);
  const auto health = Seat(id, "Fictional Health Member", health_);
  Expect(Attend(Schedule(id, "2025-12-01"),
                json::array(
                    {Attendee(police, "present"), Attendee(health, "deputy", "Fictional Deputy")})),
         200, "meeting");
  Expect(Attend(Schedule(id, kToday),
                json::array({Attendee(police, "apologies"), Attendee(health, "present")})),
         200, "meeting");

  const auto read =
      ApiGet("/api/v1/reports/attendance?from=2025-09-01&to=2026-03-31", manager_token_);
  ASSERT_TRUE(read.ok());
  ASSERT_EQ(read->status, 200) << read->body;
  const json report = Parse(*read);
  EXPECT_EQ(report["from"], "2025-09-01");
  EXPECT_EQ(report["to"], "2026-03-31");
  EXPECT_EQ(report["meetings"], 2);
  ASSERT_EQ(report["figures"].size(), 2u) << report;
  for (const auto& figure : report["figures"]) {
    EXPECT_EQ(figure["body_id"], id);
    EXPECT_EQ(figure["body"], kBoard);
    EXPECT_EQ(figure["expected"], 2);
    EXPECT_EQ(figure["in_person"], 1);
    if (figure["agency_id"] == police_) {
      EXPECT_EQ(figure["agency"], "Northshire Police");
      EXPECT_EQ(figure["by_deputy"], 0);
      EXPECT_EQ(figure["percent"], 50);
    } else {
      EXPECT_EQ(figure["agency_id"], health_);
      EXPECT_EQ(figure["agency"], "Northshire ICB");
      EXPECT_EQ(figure["by_deputy"], 1);
      EXPECT_EQ(figure["percent"], 100);
    }
  }

  for (const auto& [query, field] : std::vector<std::pair<std::string, std::string>>{
           {"to=2026-03-31", "from"}, {"from=2025-09-01&to=2026-02-30", "to"}}) {
    const auto bad = ApiGet("/api/v1/reports/attendance?" + query, manager_token_);
    ASSERT_TRUE(bad.ok());
    EXPECT_EQ(bad->status, 400) << query << ": " << bad->body;
    EXPECT_EQ(FieldOf(*bad), field) << bad->body;
  }
  const auto lead = ApiGet("/api/v1/reports/attendance?from=2025-09-01&to=2026-03-31", lead_token_);
  ASSERT_TRUE(lead.ok());
  EXPECT_EQ(lead->status, 403) << lead->body;
}

ASSURE_INSTANTIATE_BACKEND_TESTS(MeetingApiTest);

}  // namespace
}  // namespace assure::testing
