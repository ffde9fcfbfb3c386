#include "domain/reviews/clocks/deadline_rules.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace assure::domain {
namespace {

TEST(DeadlineRulesTest, TheDefaultsAreVersionOneOfEachRule) {
  const DeadlineRules rules;
  EXPECT_EQ(rules.All().size(), 7u);
  for (const DeadlineRule& rule : rules.All()) {
    EXPECT_EQ(rule.version, 1) << rule.code;
    EXPECT_FALSE(rule.label.empty()) << rule.code;
    EXPECT_FALSE(rule.basis.empty()) << rule.code;
  }
  EXPECT_EQ(rules.Get("notification").amount, 5);
  EXPECT_EQ(rules.Get("rapid_review").amount, 15);
  EXPECT_EQ(rules.Get("adult_rapid_review").amount, 15);
  EXPECT_EQ(rules.Get("cspr_publication").amount, 6);
  EXPECT_EQ(rules.Get("cspr_publication").unit, DeadlineUnit::kCalendarMonths);
  EXPECT_EQ(rules.Get("sar_publication").unit, DeadlineUnit::kCalendarMonths);
  EXPECT_EQ(rules.Get("prepublication_notice").amount, 7);
}

TEST(DeadlineRulesTest, TheRulesDomainMdMarksCheckAreUncertain) {
  const DeadlineRules rules;
  EXPECT_FALSE(rules.Get("notification").uncertain);
  EXPECT_TRUE(rules.Get("rapid_review").uncertain);
  EXPECT_TRUE(rules.Get("adult_rapid_review").uncertain);
  EXPECT_FALSE(rules.Get("cspr_publication").uncertain);
  EXPECT_TRUE(rules.Get("sar_publication").uncertain);
  EXPECT_TRUE(rules.Get("prepublication_notice").uncertain);
}

TEST(DeadlineRulesTest, AnOverrideReplacesOnlyItsOwnRule) {
  DeadlineRule longer = DeadlineRules{}.Get("rapid_review");
  longer.amount = 20;
  longer.version = 2;
  const DeadlineRules rules{{longer}};
  EXPECT_EQ(rules.Get("rapid_review").amount, 20);
  EXPECT_EQ(rules.Get("rapid_review").version, 2);
  EXPECT_EQ(rules.Get("notification").amount, 5);
  EXPECT_EQ(rules.All().size(), 7u);
}

TEST(DeadlineRulesTest, AnUnknownCodeIsABug) {
  EXPECT_THROW(DeadlineRules{}.Get("no_such_rule"), std::out_of_range);
}

TEST(DeadlineRulesTest, AmountsAreValidatedByUnit) {
  EXPECT_TRUE(ValidateRuleAmount("rapid_review", 20).ok());
  EXPECT_TRUE(ValidateRuleAmount("cspr_publication", 9).ok());
  EXPECT_EQ(ValidateRuleAmount("rapid_review", 0).error().field, "amount");
  EXPECT_EQ(ValidateRuleAmount("rapid_review", 61).error().field, "amount");
  EXPECT_EQ(ValidateRuleAmount("cspr_publication", 25).error().field, "amount");
  EXPECT_EQ(ValidateRuleAmount("no_such_rule", 5).error().field, "code");
  EXPECT_EQ(ValidateRuleAmount("agency_response", 5).error().field, "code");
}

}  // namespace
}  // namespace assure::domain
