#include "http/handlers/json_fields.h"

#include <gtest/gtest.h>

#include "http/handlers/case_api_input.h"
#include "http/handlers/case_query_params.h"

namespace assure::http::handlers {
namespace {

using core::ErrorCode;
using nlohmann::json;

TEST(JsonFieldsTest, ReadsPresentFieldsAndLeavesMissingOrNullOnesEmpty) {
  const json body{{"text", "hello"},    {"date", "2026-01-05"}, {"id", 7},           {"flag", true},
                  {"list", {"a", "b"}}, {"ids", {3, 4}},        {"nothing", nullptr}};
  JsonFields fields(body);
  EXPECT_EQ(fields.Text("text"), "hello");
  EXPECT_EQ(fields.Date("date"), domain::ParseCivilDate("2026-01-05"));
  EXPECT_EQ(fields.Id("id"), 7);
  EXPECT_TRUE(fields.Bool("flag"));
  EXPECT_EQ(fields.Texts("list"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(fields.Ids("ids"), (std::vector<std::int64_t>{3, 4}));
  EXPECT_EQ(fields.Text("nothing"), "");
  EXPECT_EQ(fields.Date("missing"), std::nullopt);
  EXPECT_FALSE(fields.Has("nothing"));
  EXPECT_TRUE(fields.status().ok());
}

TEST(JsonFieldsTest, TheFirstProblemNamesItsFieldInsideArraysAndObjects) {
  const json body{{"subjects", {{{"pseudonym", "Child H"}}, {{"pseudonym", 12}}}},
                  {"date", "2026-02-30"}};
  JsonFields fields(body);
  auto subjects = fields.Objects("subjects");
  ASSERT_EQ(subjects.size(), 2u);
  EXPECT_EQ(subjects[0].Text("pseudonym"), "Child H");
  EXPECT_EQ(subjects[1].Text("pseudonym"), "");
  EXPECT_EQ(fields.Date("date"), std::nullopt);  // a second problem: the first one stays
  const auto status = fields.status();
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(status.error().field, "subjects[1].pseudonym");
}

TEST(JsonFieldsTest, WrongKindsAreRefusedWithoutRepeatingTheValue) {
  for (const json& body : {json{{"date", "2025-02-30"}}, json{{"date", 20250101}}}) {
    JsonFields fields(body);
    fields.Date("date");
    ASSERT_FALSE(fields.status().ok());
    EXPECT_EQ(fields.status().error().field, "date");
    EXPECT_EQ(fields.status().error().message.find("2025"), std::string::npos);
  }
  const json array = json::array();
  JsonFields not_object(array);
  ASSERT_FALSE(not_object.status().ok());
  EXPECT_EQ(not_object.status().error().field, "body");
  const json minus_one{{"id", -1}};
  JsonFields negative(minus_one);
  negative.Id("id");
  EXPECT_EQ(negative.status().error().field, "id");
}

TEST(CaseApiInputTest, AStepNeedsTheVersionAndItsRequiredDate) {
  EXPECT_EQ(VersionFrom(json{{"version", 3}}).value(), 3);
  EXPECT_EQ(VersionFrom(json::object()).error().field, "version");
  EXPECT_EQ(VersionFrom(json{{"version", "3"}}).error().field, "version");
  EXPECT_EQ(NotificationFrom(json{{"version", 1}}).error().field, "sent_on");
  auto notification = NotificationFrom(json{{"sent_on", "2026-01-05"}, {"panel_reference", "P"}});
  ASSERT_TRUE(notification.ok()) << notification.error().message;
  EXPECT_EQ(notification->panel_reference, "P");
  EXPECT_EQ(
      RapidReviewFrom(
          json{{"meeting_on", "2026-01-05"}, {"completed_on", "2026-01-06"}, {"decision", "maybe"}})
          .error()
          .field,
      "decision");
}

TEST(CaseApiInputTest, AReferralNamesSubjectsByIndexForTheirIdentities) {
  auto draft = NewCaseFrom(
      json{{"reference", "CR-2026-001"},
           {"type", "adult"},
           {"subjects", {{{"pseudonym", "Adult K"}}, {{"pseudonym", "Adult L"}}}},
           {"aware_on", "2026-01-02"},
           {"referral", {{"received_on", "2026-01-02"}, {"referrer", "GP"}}},
           {"restricted", {{"identities", {{{"subject", 1}, {"name", "Fictional Name"}}}}}}});
  ASSERT_TRUE(draft.ok()) << draft.error().message;
  EXPECT_EQ(draft->type, domain::CaseType::kAdult);
  ASSERT_EQ(draft->subjects.size(), 2u);
  ASSERT_EQ(draft->restricted.identities.size(), 1u);
  EXPECT_EQ(draft->restricted.identities[0].subject_id, 1);
  EXPECT_EQ(NewCaseFrom(json{{"type", "adult"}}).error().field, "aware_on");
  EXPECT_EQ(NewCaseFrom(json{{"type", "alien"}}).error().field, "type");
}

TEST(CaseQueryParamsTest, ReadsFiltersAndPagingAndNamesABadOne) {
  Request request;
  request.query = "type=joint&state=full_review&theme=neglect&year=2025&q=zebra&page=3&per_page=20";
  auto params = ParseCaseListParams(request);
  ASSERT_TRUE(params.ok()) << params.error().message;
  EXPECT_EQ(params->query.type, domain::CaseType::kJoint);
  EXPECT_EQ(params->query.state, domain::CaseState::kFullReview);
  EXPECT_EQ(params->query.theme, "neglect");
  EXPECT_EQ(params->query.year, 2025);
  EXPECT_EQ(params->query.text, "zebra");
  EXPECT_EQ(params->query.offset, 40);
  EXPECT_EQ(params->query.limit, 20);

  request.query = "";
  EXPECT_EQ(ParseCaseListParams(request)->query.limit, kDefaultCasesPerPage);
  for (const auto& [query, field] :
       std::vector<std::pair<std::string, std::string>>{{"type=alien", "type"},
                                                        {"state=asleep", "state"},
                                                        {"year=25", "year"},
                                                        {"page=0", "page"},
                                                        {"per_page=201", "per_page"}}) {
    request.query = query;
    auto refused = ParseCaseListParams(request);
    ASSERT_FALSE(refused.ok()) << query;
    EXPECT_EQ(refused.error().field, field);
  }
}

}  // namespace
}  // namespace assure::http::handlers
