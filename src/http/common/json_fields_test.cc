#include "http/common/json_fields.h"

#include <gtest/gtest.h>

namespace assure::http {
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

TEST(JsonFieldsTest, AVersionIsAPositiveIntegerNamedVersion) {
  EXPECT_EQ(VersionFrom(json{{"version", 3}}).value(), 3);
  EXPECT_EQ(VersionFrom(json::object()).error().field, "version");
  EXPECT_EQ(VersionFrom(json{{"version", "3"}}).error().field, "version");
  EXPECT_EQ(VersionFrom(json{{"version", 0}}).error().field, "version");
}

}  // namespace
}  // namespace assure::http
