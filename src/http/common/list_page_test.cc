// The case list's one reader of its query parameters, and the links that keep its filters.
#include "http/common/list_page.h"

#include <gtest/gtest.h>

namespace assure::http {
namespace {

TEST(CaseListParamsTest, ReadsFiltersAndPagingAndNamesABadOne) {
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
                                                        {"year=1899", "year"},
                                                        {"year=2200", "year"},
                                                        {"overdue=no", "overdue"},
                                                        {"page=0", "page"},
                                                        {"per_page=201", "per_page"}}) {
    request.query = query;
    auto refused = ParseCaseListParams(request);
    ASSERT_FALSE(refused.ok()) << query;
    EXPECT_EQ(refused.error().field, field);
  }
}

TEST(CaseListParamsTest, TheFiltersComeBackAsTheLinksCarryThem) {
  Request request;
  request.query = "year=2024&overdue=yes&type=adult&q=neglect&page=2";
  auto params = ParseCaseListParams(request);
  ASSERT_TRUE(params.ok()) << params.error().message;
  EXPECT_EQ(QueryString(params->Filters()), "q=neglect&type=adult&year=2024&overdue=yes");
  EXPECT_TRUE(params->overdue);
  EXPECT_EQ(params->page, 2);
}

TEST(SelectTest, OptionsPutAnyFirstAndCheckTheChosenOne) {
  const QueryPairs choices{{"child", "Child"}, {"adult", "Adult"}};
  const auto options = SelectOptions(choices, "adult", "Any type");
  ASSERT_EQ(options.size(), 3u);
  EXPECT_EQ(options[0], nlohmann::json({{"value", ""}, {"label", "Any type"}, {"checked", false}}));
  EXPECT_EQ(options[1]["checked"], false);
  EXPECT_EQ(options[2],
            nlohmann::json({{"value", "adult"}, {"label", "Adult"}, {"checked", true}}));
  EXPECT_EQ(SelectOptions(choices, "", "Any type")[0]["checked"], true);
  EXPECT_EQ(SelectOptions(choices, "alien", "Any type")[0]["checked"], false);  // none checked
}

TEST(SelectTest, AControlSetsEveryKeyThePartialReads) {
  const auto plain = SelectControl("type", "Type", "", "", SelectOptions({}, "", "Any"));
  for (const char* key :
       {"key", "label", "hint", "error", "described_by", "options", "has_groups", "groups"}) {
    EXPECT_TRUE(plain.contains(key)) << key;
  }
  EXPECT_EQ(plain["described_by"], "");
  EXPECT_EQ(plain["has_groups"], false);
  EXPECT_EQ(SelectControl("half", "Half-year", "Which half", "", {})["described_by"], "half-hint");
  EXPECT_EQ(SelectControl("half", "Half-year", "Which half", "Choose one", {})["described_by"],
            "half-hint half-error");
  EXPECT_EQ(SelectControl("half", "Half-year", "", "Choose one", {})["described_by"], "half-error");
}

}  // namespace
}  // namespace assure::http
