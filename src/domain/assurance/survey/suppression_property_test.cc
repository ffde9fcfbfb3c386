// Properties of the suppression plan over many generated tables (a fixed seed, so every run checks
// the same tables): no small group shown, no hidden cell an adversary can work out from the
// published totals, and nothing hidden that the rule did not need. Then a few worked examples.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/survey/suppression.h"

namespace assure::domain {
namespace {

constexpr std::size_t kOptions = 4;

// One group's row of a 4-option question: respondents, then each option's count.
struct Row {
  std::int64_t respondents = 0;
  std::vector<std::int64_t> cells;
};

std::int64_t Uniform(std::mt19937& random, std::int64_t low, std::int64_t high) {
  return std::uniform_int_distribution<std::int64_t>{low, high}(random);
}

// Respondent counts biased towards small groups, where suppression happens.
std::int64_t RandomRespondents(std::mt19937& random) {
  switch (random() % 4) {
    case 0:
      return 0;
    case 1:
    case 2:
      return Uniform(random, 1, 15);
    default:
      return Uniform(random, 0, 40);
  }
}

// Single choice: each respondent picks one option, so the cells sum to the respondents. Multiple
// choice: each option is picked by up to every respondent.
Row RandomRow(std::mt19937& random, std::int64_t respondents, bool multiple) {
  Row row{respondents, std::vector<std::int64_t>(kOptions, 0)};
  if (multiple) {
    for (std::int64_t& cell : row.cells) cell = Uniform(random, 0, respondents);
  } else {
    for (std::int64_t k = 0; k < respondents; ++k) ++row.cells[random() % kOptions];
  }
  return row;
}

// The published table: column 0 the respondents, then each option; nullopt where hidden.
struct Published {
  std::vector<std::vector<std::optional<std::int64_t>>> groups;
  std::vector<std::optional<std::int64_t>> totals;
};

Published Publish(const std::vector<Row>& rows, const SuppressionPlan& plan) {
  Published table;
  table.totals.assign(kOptions + 1, std::int64_t{0});
  for (std::size_t g = 0; g < rows.size(); ++g) {
    std::vector<std::int64_t> values{rows[g].respondents};
    values.insert(values.end(), rows[g].cells.begin(), rows[g].cells.end());
    std::vector<std::optional<std::int64_t>> shown;
    for (std::size_t c = 0; c < values.size(); ++c) {
      *table.totals[c] += values[c];
      shown.push_back(plan.hidden[g] ? std::nullopt : std::optional<std::int64_t>{values[c]});
    }
    table.groups.push_back(std::move(shown));
  }
  if (plan.totals_hidden) table.totals.assign(kOptions + 1, std::nullopt);
  return table;
}

// What an adversary learns by subtracting the shown cells from a shown total: fails if a hidden
// cell is worked out, or if the hidden respondents together come to fewer than `minimum`.
void ExpectNothingDerivable(const Published& table, int minimum, const std::string& context) {
  for (std::size_t c = 0; c < table.totals.size(); ++c) {
    if (!table.totals[c]) continue;
    std::int64_t rest = *table.totals[c];
    std::size_t unknown = 0;
    for (const auto& group : table.groups) {
      if (group[c]) {
        rest -= *group[c];
      } else {
        ++unknown;
      }
    }
    EXPECT_NE(unknown, 1u) << "column " << c << " derivable: " << context;
    if (c == 0 && unknown > 0) {
      EXPECT_GE(rest, minimum) << "hidden respondents derivable: " << context;
    }
  }
}

std::string Describe(const std::vector<std::int64_t>& respondents, int minimum) {
  std::string text = "minimum " + std::to_string(minimum) + ", respondents";
  for (const std::int64_t count : respondents) text += " " + std::to_string(count);
  return text;
}

std::int64_t HiddenTotal(const std::vector<std::int64_t>& respondents,
                         const std::vector<bool>& hidden) {
  std::int64_t total = 0;
  for (std::size_t g = 0; g < respondents.size(); ++g) {
    if (hidden[g]) total += respondents[g];
  }
  return total;
}

void CheckPlan(const std::vector<Row>& rows, int minimum) {
  std::vector<std::int64_t> respondents;
  for (const Row& row : rows) respondents.push_back(row.respondents);
  const SuppressionPlan plan = PlanSuppression(respondents, minimum);
  const std::string context = Describe(respondents, minimum);
  ASSERT_EQ(plan.hidden.size(), rows.size()) << context;
  ASSERT_EQ(plan.under_minimum.size(), rows.size()) << context;

  const std::int64_t hidden_total = HiddenTotal(respondents, plan.hidden);
  std::size_t hidden_with_respondents = 0;
  for (std::size_t g = 0; g < rows.size(); ++g) {
    const std::int64_t count = respondents[g];
    const bool small = count >= 1 && count < minimum;
    // (a) no small group shown; rule 1 marks exactly the small groups.
    EXPECT_EQ(plan.under_minimum[g], small) << context;
    if (small) {
      EXPECT_TRUE(plan.hidden[g]) << context;
    }
    if (plan.hidden[g] && count > 0) ++hidden_with_respondents;
    // (e) a large group is hidden only when the hidden set would fall short without it.
    if (plan.hidden[g] && count >= minimum && !plan.totals_hidden) {
      EXPECT_LT(hidden_total - count, minimum)
          << "group " << g << " hidden needlessly: " << context;
      // And it is the cheapest choice: no shown group with respondents is smaller, or as small
      // and earlier.
      for (std::size_t s = 0; s < rows.size(); ++s) {
        if (plan.hidden[s] || respondents[s] == 0) continue;
        EXPECT_TRUE(respondents[s] > count || (respondents[s] == count && s > g))
            << "group " << s << " was the smaller choice: " << context;
      }
    }
  }
  EXPECT_EQ(plan.any_hidden(), hidden_with_respondents > 0) << context;
  if (!plan.totals_hidden && plan.any_hidden()) {
    // (b) the hidden groups together reach the minimum, so no one group is hidden alone.
    EXPECT_GE(hidden_total, minimum) << context;
    EXPECT_GE(hidden_with_respondents, 2u) << context;
  }
  if (plan.totals_hidden) {
    // (d) totals go only when every group with respondents is hidden and still falls short.
    for (std::size_t g = 0; g < rows.size(); ++g) {
      EXPECT_EQ(plan.hidden[g], respondents[g] > 0) << context;
    }
    EXPECT_LT(hidden_total, minimum) << context;
  }
  // (c) the adversary.
  ExpectNothingDerivable(Publish(rows, plan), minimum, context);
}

TEST(SuppressionPropertyTest, HoldsForRandomTables) {
  std::mt19937 random{20250611};
  for (int round = 0; round < 20000; ++round) {
    const auto groups = static_cast<std::size_t>(Uniform(random, 1, 8));
    const auto minimum = static_cast<int>(Uniform(random, 5, 15));
    const bool multiple = round % 2 == 1;
    std::vector<Row> rows;
    for (std::size_t g = 0; g < groups; ++g) {
      rows.push_back(RandomRow(random, RandomRespondents(random), multiple));
    }
    CheckPlan(rows, minimum);
    if (testing::Test::HasFailure()) return;  // one counterexample is enough to read
  }
}

TEST(SuppressionPropertyTest, EveryPlanOfUpToFourSmallGroupsHolds) {
  // Exhaustive over counts 0..12 for up to four groups at minimum 10, where every rule meets.
  for (std::size_t groups = 1; groups <= 4; ++groups) {
    std::vector<std::int64_t> counts(groups, 0);
    while (true) {
      std::vector<Row> rows;
      for (const std::int64_t count : counts) {
        rows.push_back({count, std::vector<std::int64_t>(kOptions, count / 2)});
      }
      CheckPlan(rows, 10);
      if (testing::Test::HasFailure()) return;
      std::size_t g = 0;
      while (g < groups && ++counts[g] > 12) counts[g++] = 0;
      if (g == groups) break;
    }
  }
}

std::vector<bool> HiddenOf(const std::vector<std::int64_t>& respondents, int minimum) {
  return PlanSuppression(respondents, minimum).hidden;
}

TEST(SuppressionExampleTest, OneSmallGroupAlsoHidesTheSmallestLargeOne) {
  const std::vector<std::int64_t> respondents{30, 3, 12, 25, 12};
  const SuppressionPlan plan = PlanSuppression(respondents, 10);
  EXPECT_EQ(plan.hidden, (std::vector<bool>{false, true, true, false, false}));  // the first 12
  EXPECT_EQ(plan.under_minimum, (std::vector<bool>{false, true, false, false, false}));
  EXPECT_FALSE(plan.totals_hidden);
  EXPECT_TRUE(plan.any_hidden());
}

TEST(SuppressionExampleTest, NoSmallGroupsHidesNothing) {
  const SuppressionPlan plan = PlanSuppression(std::vector<std::int64_t>{10, 40, 11}, 10);
  EXPECT_EQ(plan.hidden, (std::vector<bool>{false, false, false}));
  EXPECT_FALSE(plan.totals_hidden);
  EXPECT_FALSE(plan.any_hidden());
}

TEST(SuppressionExampleTest, SmallGroupsThatTogetherReachTheMinimumHideOnlyThemselves) {
  const SuppressionPlan plan = PlanSuppression(std::vector<std::int64_t>{4, 6, 9}, 10);
  EXPECT_EQ(plan.hidden, (std::vector<bool>{true, true, true}));
  EXPECT_FALSE(plan.totals_hidden);
  EXPECT_EQ(HiddenOf({4, 6, 50}, 10), (std::vector<bool>{true, true, false}));
}

TEST(SuppressionExampleTest, SmallGroupsUnderTheMinimumTogetherHideTheTotals) {
  const SuppressionPlan plan = PlanSuppression(std::vector<std::int64_t>{2, 0, 3}, 10);
  EXPECT_EQ(plan.hidden, (std::vector<bool>{true, false, true}));
  EXPECT_TRUE(plan.totals_hidden);
  EXPECT_TRUE(PlanSuppression(std::vector<std::int64_t>{7}, 10).totals_hidden);
}

TEST(SuppressionExampleTest, GroupsOfNoRespondentsShow) {
  const SuppressionPlan none = PlanSuppression(std::vector<std::int64_t>{0, 0, 20}, 10);
  EXPECT_FALSE(none.any_hidden());
  EXPECT_FALSE(none.totals_hidden);
  // A group of none is never picked by rule 2: it would add nobody to the hidden total.
  EXPECT_EQ(HiddenOf({0, 5, 0, 30}, 10), (std::vector<bool>{false, true, false, true}));
  EXPECT_TRUE(PlanSuppression(std::vector<std::int64_t>{}, 10).hidden.empty());
}

}  // namespace
}  // namespace assure::domain
