// The pure rules of recurring learning: points of a rapid review's learning, financial years
// (and reading those a person asked for), grouping, the facts of a group and their order, the
// themes by year, and the grouping of the fixture when nothing is missed (the database's search
// is tested on both backends in recurring_service_test.cc).
#include "domain/learning/recurring/recurring_learning.h"

#include <gtest/gtest.h>

#include <iostream>
#include <optional>
#include <string>

#include "domain/learning/recurring/recurring_groups.h"
#include "domain/learning/recurring/recurring_test_support.h"
#include "domain/learning/recurring/recurring_themes.h"

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

LearningItem Item(CaseId case_id, std::int64_t id, const std::string& text,
                  std::vector<LearningAction> actions = {}) {
  return {LearningSource::kRecommendation, id, case_id, static_cast<int>(id), text, actions};
}

LearningAction Done(ActionId id, const char* on) { return {id, ActionStatus::kCompleted, D(on)}; }

TEST(LearningPointsTest, EachNonEmptyLineWithoutItsBulletOrNumber) {
  EXPECT_EQ(LearningPoints("- Record the child's voice.\n\n* Share with the GP\r\n"
                           "  2) Safe sleep advice  \n\xE2\x80\xA2 Bruising protocol\n12. Twelve"),
            (std::vector<std::string>{"Record the child's voice.", "Share with the GP",
                                      "Safe sleep advice", "Bruising protocol", "Twelve"}));
  EXPECT_EQ(LearningPoints("2 children were seen."),
            (std::vector<std::string>{"2 children were seen."}));
  EXPECT_TRUE(LearningPoints(" \n-\n").empty());
}

TEST(FinancialYearTest, AprilToMarchNamedByBothYears) {
  EXPECT_EQ(FinancialYearOf(D("2024-03-31")), 2023);
  EXPECT_EQ(FinancialYearOf(D("2024-04-01")), 2024);
  EXPECT_EQ(FinancialYearName(2023), "2023-24");
  EXPECT_EQ(FinancialYearName(1999), "1999-00");
  EXPECT_TRUE((YearRange{2023, 2023}).Contains(D("2024-03-31")));
  EXPECT_FALSE((YearRange{2023, 2023}).Contains(D("2024-04-01")));
  EXPECT_TRUE((YearRange{std::nullopt, std::nullopt}).Contains(D("1990-01-01")));
}

TEST(FinancialYearTest, ARangeOutOfBoundsOrBackwardsNamesItsField) {
  EXPECT_TRUE(ValidateYearRange({2021, 2025}).ok());
  EXPECT_TRUE(ValidateYearRange({std::nullopt, std::nullopt}).ok());
  EXPECT_EQ(ValidateYearRange({1899, std::nullopt}).error().field, "from");
  EXPECT_EQ(ValidateYearRange({std::nullopt, 2199}).error().field, "to");
  const auto backwards = ValidateYearRange({2025, 2021});
  EXPECT_EQ(backwards.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(backwards.error().field, "to");
}

TEST(FinancialYearTest, TheYearsAskedForAreReadAndABadOneNamesItsField) {
  const auto both = ParseYearRange("2021", "2025");
  ASSERT_TRUE(both.ok());
  EXPECT_EQ(both->from, 2021);
  EXPECT_EQ(both->to, 2025);
  // A missing or empty end is open.
  const auto open = ParseYearRange(std::nullopt, "");
  ASSERT_TRUE(open.ok());
  EXPECT_FALSE(open->from.has_value());
  EXPECT_FALSE(open->to.has_value());
  EXPECT_FALSE(ParseYearRange("2023", std::nullopt)->to.has_value());
  // Not a year: the field named, with how to give one.
  for (const char* text : {"2023-24", "20244", "+2023", " 2023", "abcd", "-190"}) {
    const auto bad = ParseYearRange(text, std::nullopt);
    ASSERT_FALSE(bad.ok()) << text;
    EXPECT_EQ(bad.error().code, core::ErrorCode::kInvalidInput) << text;
    EXPECT_EQ(bad.error().field, "from") << text;
    EXPECT_EQ(ParseYearRange(std::nullopt, text).error().field, "to") << text;
  }
  EXPECT_NE(ParseYearRange("x", std::nullopt).error().message.find("2023 for 2023-24"),
            std::string::npos);
  // Out of range, at each bound.
  EXPECT_TRUE(ParseYearRange("1900", "2198").ok());
  EXPECT_EQ(ParseYearRange("1899", std::nullopt).error().field, "from");
  EXPECT_EQ(ParseYearRange(std::nullopt, "2199").error().field, "to");
  // The first end's problem is named before the last's.
  EXPECT_EQ(ParseYearRange("1899", "x").error().field, "from");
  // The last before the first.
  const auto backwards = ParseYearRange("2025", "2021");
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(backwards.error().field, "to");
  EXPECT_EQ(backwards.error().message, "The last financial year cannot be before the first.");
  EXPECT_TRUE(ParseYearRange("2023", "2023").ok());
}

TEST(GroupSummaryTest, NamesTheCasesAsASentence) {
  EXPECT_EQ(GroupSummary({"NS-2021-03"}), "recommended in NS-2021-03");
  EXPECT_EQ(GroupSummary({"NS-2021-03", "NS-2023-07"}), "recommended in NS-2021-03 and NS-2023-07");
  EXPECT_EQ(GroupSummary({"NS-2021-03", "NS-2023-07", "NS-2025-12"}),
            "recommended in NS-2021-03, NS-2023-07 and NS-2025-12");
}

TEST(GroupSimilarTest, JoinsDifferentCasesTransitivelyAndNeverACaseWithItself) {
  const std::vector<LearningItem> items{Item(1, 1, "a"), Item(2, 2, "b"), Item(3, 3, "c"),
                                        Item(1, 4, "d"), Item(4, 5, "e")};
  const std::vector<WeightedTerms> weights{
      {{"voic", 1.0}, {"recor", 1.0}},   // 0
      {{"voic", 1.0}, {"recor", 1.0}},   // 1: like 0
      {{"recor", 1.0}, {"visit", 1.0}},  // 2: half like 1 (0.5)
      {{"voic", 1.0}, {"recor", 1.0}},   // 3: like 0, but the same case
      {{"sleep", 1.0}}};                 // 4: like nothing
  const std::vector<std::pair<std::size_t, std::size_t>> pairs{{0, 1}, {1, 2}, {0, 3}, {3, 4}};
  EXPECT_EQ(GroupSimilar(items, weights, pairs, 0.5),
            (std::vector<std::vector<std::size_t>>{{0, 1, 2}}));
  EXPECT_EQ(GroupSimilar(items, weights, pairs, 0.6),
            (std::vector<std::vector<std::size_t>>{{0, 1}}));
  // 3 is like 1 too: the same case twice in one group is fine once another case joins them.
  const std::vector<std::pair<std::size_t, std::size_t>> more{{0, 1}, {1, 3}};
  EXPECT_EQ(GroupSimilar(items, weights, more, 0.6),
            (std::vector<std::vector<std::size_t>>{{0, 1, 3}}));
  // Only pairs offered are compared.
  EXPECT_TRUE(GroupSimilar(items, weights, {}, 0.1).empty());
}

class GroupFactsTest : public ::testing::Test {
 protected:
  GroupFactsTest() {
    cases_ = {{1, "NS-2021-03", D("2021-07-01"), {}},
              {2, "NS-2023-07", D("2023-10-04"), {}},
              {3, "NS-2025-12", D("2026-01-21"), {}}};
    for (const ReviewedCase& reviewed : cases_) by_id_[reviewed.id] = &reviewed;
  }

  LearningGroup Make(const std::vector<LearningItem>& items) {
    std::vector<std::size_t> all(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) all[i] = i;
    return MakeGroup(items, all, by_id_, briefings_);
  }

  std::vector<ReviewedCase> cases_;
  std::map<CaseId, const ReviewedCase*> by_id_;
  std::vector<PublishedBriefing> briefings_;
};

TEST_F(GroupFactsTest, CasesByDecisionDateAndTheSummaryFacts) {
  const LearningGroup group =
      Make({Item(3, 30, "c", {Done(7, "2026-03-01")}), Item(1, 10, "a", {Done(5, "2022-02-01")}),
            Item(2, 20, "b", {Done(6, "2024-01-10")})});
  EXPECT_EQ(group.cases, (std::vector<std::string>{"NS-2021-03", "NS-2023-07", "NS-2025-12"}));
  EXPECT_EQ(group.items.front().item.record_id, 10);
  EXPECT_TRUE(group.all_actions_completed);
  // Done by February 2022, back in October 2023.
  EXPECT_TRUE(group.recurred_after_completion);
  EXPECT_EQ(group.recurred_on, D("2023-10-04"));
}

TEST_F(GroupFactsTest, ItRecursAfterCompletionOnlyWhenEverythingBeforeWasDoneInTime) {
  // Completed after the later review was decided: not a recurrence after completion.
  EXPECT_FALSE(Make({Item(1, 10, "a", {Done(5, "2023-11-01")}), Item(2, 20, "b")})
                   .recurred_after_completion);
  // An earlier piece with no action at all.
  EXPECT_FALSE(Make({Item(1, 10, "a"), Item(2, 20, "b")}).recurred_after_completion);
  // One earlier action still in progress, another completed.
  const LearningGroup open =
      Make({Item(1, 10, "a", {Done(5, "2022-01-01"), {6, ActionStatus::kInProgress, {}}}),
            Item(2, 20, "b")});
  EXPECT_FALSE(open.recurred_after_completion);
  EXPECT_FALSE(open.all_actions_completed);
  // The first review's actions were done before the second was decided: that is the recurrence,
  // whatever became of the second's actions since.
  const LearningGroup later =
      Make({Item(1, 10, "a", {Done(5, "2022-01-01")}),
            Item(2, 20, "b", {{6, ActionStatus::kNotStarted, {}}}), Item(3, 30, "c")});
  EXPECT_TRUE(later.recurred_after_completion);  // NS-2023-07 came after the first was done
  EXPECT_EQ(later.recurred_on, D("2023-10-04"));
  EXPECT_FALSE(later.all_actions_completed);
  // Without any action, nothing is "all completed".
  EXPECT_FALSE(Make({Item(1, 10, "a"), Item(2, 20, "b")}).all_actions_completed);
}

TEST_F(GroupFactsTest, NamesThePublishedBriefingsLinkingItsCasesOrRecommendations) {
  briefings_ = {{1, "Voice of the child", D("2022-03-01"), {}, {}, {10}},
                {2, "Safe sleep", D("2022-04-01"), {}, {99}, {}},
                {3, "Lessons from NS-2023-07", D("2024-02-01"), {}, {2}, {}}};
  const LearningGroup group = Make({Item(1, 10, "a"), Item(2, 20, "b")});
  ASSERT_EQ(group.briefings.size(), 2u);
  EXPECT_EQ(group.briefings[0].title, "Voice of the child");
  EXPECT_EQ(group.briefings[1].id, 3);
}

TEST_F(GroupFactsTest, RecurredAfterCompletionFirstThenMoreCasesThenTheLatest) {
  const LearningGroup recurred =
      Make({Item(1, 10, "a", {Done(5, "2022-01-01")}), Item(2, 20, "b")});
  const LearningGroup three = Make({Item(1, 11, "a"), Item(2, 21, "b"), Item(3, 31, "c")});
  const LearningGroup older = Make({Item(1, 12, "a"), Item(2, 22, "b")});
  const LearningGroup newer = Make({Item(2, 23, "b"), Item(3, 33, "c")});
  std::vector<LearningGroup> groups{older, newer, three, recurred};
  RankGroups(groups);
  EXPECT_EQ(groups[0].items.front().item.record_id, 10);
  EXPECT_EQ(groups[1].items.front().item.record_id, 11);
  EXPECT_EQ(groups[2].items.front().item.record_id, 23);
  EXPECT_EQ(groups[3].items.front().item.record_id, 12);
}

TEST(ThemesByYearTest, CountsReviewsAndBriefingsPerFinancialYearAndSaysWhatRecurs) {
  const std::vector<ReviewedCase> cases{
      {1, "NS-2021-03", D("2021-07-01"), {"neglect", "domestic abuse"}},
      {2, "NS-2022-01", D("2022-03-31"), {"neglect"}},  // still 2021-22
      {3, "NS-2023-07", D("2023-10-04"), {"neglect", "not on the list"}},
      {4, "NS-2023-08", D("2023-11-04"), {"exploitation"}}};
  const std::vector<PublishedBriefing> briefings{
      {1, "Neglect", D("2022-06-01"), {"neglect"}, {}, {}}};
  const auto themes = ThemesByYear({"domestic abuse", "exploitation", "neglect", "self-neglect"},
                                   cases, briefings, {std::nullopt, std::nullopt});
  ASSERT_EQ(themes.size(), 4u);
  EXPECT_EQ(themes[0].theme, "neglect");
  EXPECT_TRUE(themes[0].recurs);
  ASSERT_EQ(themes[0].years.size(), 3u);
  EXPECT_EQ(themes[0].years[0].year, 2021);
  EXPECT_EQ(themes[0].years[0].reviews, 2);
  EXPECT_EQ(themes[0].years[1].year, 2022);
  EXPECT_EQ(themes[0].years[1].reviews, 0);
  EXPECT_EQ(themes[0].years[1].briefings, 1);
  EXPECT_EQ(themes[0].years[2].reviews, 1);
  // One year each: equal, so by name; a theme with nothing has no years.
  EXPECT_EQ(themes[1].theme, "domestic abuse");
  EXPECT_FALSE(themes[1].recurs);
  EXPECT_EQ(themes[2].theme, "exploitation");
  EXPECT_EQ(themes[3].theme, "self-neglect");
  EXPECT_TRUE(themes[3].years.empty());

  const auto recent = ThemesByYear({"neglect"}, cases, briefings, {2023, std::nullopt});
  ASSERT_EQ(recent[0].years.size(), 1u);
  EXPECT_FALSE(recent[0].recurs);
}

// The fixture grouped with every pair offered: what the rules alone give. The same grouping must
// come out of either database (recurring_service_test.cc).
TEST(RecurringFixtureTest, GroupsTheFixtureAsAPersonWould) {
  const auto rows = recurring_fixture::Load();
  ASSERT_EQ(rows.size(), 68u);
  const RecurringInputs inputs = recurring_fixture::Inputs(rows);
  auto learning = BuildRecurringLearning(inputs, recurring_fixture::EveryRecord(inputs.records));
  ASSERT_TRUE(learning.ok()) << learning.error().message;
  const auto score = recurring_fixture::ScoreOf(rows, learning->groups);
  std::cout << "recurring (every pair): precision " << score.precision << " recall " << score.recall
            << " (" << score.right_pairs << " right of " << score.found_pairs << " found, "
            << score.expected_pairs << " expected)\n";
  EXPECT_GE(score.precision, 0.8);
  EXPECT_GE(score.recall, 0.8);
  EXPECT_DOUBLE_EQ(learning->threshold, kSimilarityThreshold);
}

}  // namespace
}  // namespace assure::domain
