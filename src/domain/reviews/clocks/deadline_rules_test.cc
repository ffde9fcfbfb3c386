#include "domain/reviews/clocks/deadline_rules.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

constexpr const char* kStatutoryCodes[] = {"notification", "rapid_review", "prepublication_notice",
                                           "cspr_publication", "sar_publication"};

// Version `version` of the adult rapid review, of `amount` working days from `from`.
DeadlineRule AdultRapidReview(int version, int amount, std::optional<CivilDate> from) {
  DeadlineRule rule = DeadlineRules{}.Get("adult_rapid_review");
  rule.version = version;
  rule.amount = amount;
  rule.effective_from = from;
  return rule;
}

TEST(DeadlineRulesTest, TheDefaultsAreVersionOneOfEachRuleInForceFromTheBeginning) {
  const DeadlineRules rules;
  EXPECT_EQ(rules.All().size(), 7u);
  for (const DeadlineRule& rule : rules.All()) {
    EXPECT_EQ(rule.version, 1) << rule.code;
    EXPECT_FALSE(rule.effective_from.has_value()) << rule.code;
    EXPECT_FALSE(rule.label.empty()) << rule.code;
    EXPECT_FALSE(rule.basis.empty()) << rule.code;
    EXPECT_FALSE(rule.source.empty()) << rule.code;
    EXPECT_EQ(rules.Versions(rule.code).size(), 1u) << rule.code;
  }
  EXPECT_EQ(rules.Get("notification").amount, 5);
  EXPECT_EQ(rules.Get("rapid_review").amount, 15);
  EXPECT_EQ(rules.Get("adult_rapid_review").amount, 15);
  EXPECT_EQ(rules.Get("cspr_publication").amount, 6);
  EXPECT_EQ(rules.Get("cspr_publication").unit, DeadlineUnit::kCalendarMonths);
  EXPECT_EQ(rules.Get("sar_publication").unit, DeadlineUnit::kCalendarMonths);
  EXPECT_EQ(rules.Get("prepublication_notice").amount, 7);
}

TEST(DeadlineRulesTest, StatutoryRulesAreCertainAndNameTheirLegalSource) {
  const DeadlineRules rules;
  for (const char* code : kStatutoryCodes) {
    EXPECT_TRUE(rules.Get(code).statutory) << code;
    EXPECT_FALSE(rules.Get(code).uncertain) << code;
  }
  EXPECT_NE(rules.Get("notification").source.find("Children Act 2004, s16C(1)"), std::string::npos);
  EXPECT_NE(rules.Get("rapid_review").source.find("Working Together to Safeguard Children 2023"),
            std::string::npos);
  EXPECT_NE(rules.Get("sar_publication").source.find("Care Act 2014"), std::string::npos);
  EXPECT_NE(rules.Get("prepublication_notice").source.find("Secretary of State"),
            std::string::npos);
  // The local rules: the adult rapid review has no statutory timescale, so stays uncertain.
  EXPECT_FALSE(rules.Get("adult_rapid_review").statutory);
  EXPECT_TRUE(rules.Get("adult_rapid_review").uncertain);
  EXPECT_FALSE(rules.Get("agency_response").statutory);
  EXPECT_EQ(rules.Get("agency_response").amount, 0);
}

TEST(DeadlineRulesTest, AnOverrideReplacesOnlyItsOwnRule) {
  DeadlineRule longer = DeadlineRules{}.Get("rapid_review");
  longer.amount = 20;
  longer.version = 2;
  const DeadlineRules rules{{longer}};
  EXPECT_EQ(rules.Get("rapid_review").amount, 20);
  EXPECT_EQ(rules.Get("rapid_review").version, 2);
  EXPECT_EQ(rules.InForceOn("rapid_review", D("2001-01-01")).amount, 20);  // no effective_from
  EXPECT_EQ(rules.Versions("rapid_review").size(), 2u);
  EXPECT_EQ(rules.Get("notification").amount, 5);
  EXPECT_EQ(rules.All().size(), 7u);
}

TEST(DeadlineRulesTest, ARuleOfTheSameVersionReplacesItAndOthersAreKeptInVersionOrder) {
  const DeadlineRules rules{{AdultRapidReview(3, 18, D("2026-03-01")),
                             AdultRapidReview(1, 14, std::nullopt),
                             AdultRapidReview(2, 20, D("2026-02-01"))}};
  const auto versions = rules.Versions("adult_rapid_review");
  ASSERT_EQ(versions.size(), 3u);
  EXPECT_EQ(versions[0].version, 1);
  EXPECT_EQ(versions[0].amount, 14);  // replaced the default
  EXPECT_EQ(versions[1].version, 2);
  EXPECT_EQ(versions[2].version, 3);
  EXPECT_EQ(rules.Get("adult_rapid_review").amount, 18);
}

TEST(DeadlineRulesTest, AClockFollowsTheVersionInForceOnItsStartDate) {
  const DeadlineRules rules{
      {AdultRapidReview(2, 20, D("2026-02-01")), AdultRapidReview(3, 10, D("2026-03-01"))}};
  // Before the first change: version 1, in force from the beginning.
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-01-31")).version, 1);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-01-31")).amount, 15);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2000-01-01")).version, 1);
  // On and after its effective date: version 2, until version 3's.
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-02-01")).version, 2);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-02-28")).amount, 20);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-03-01")).version, 3);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2030-06-30")).amount, 10);
  // The latest version is the highest, whenever it comes into force.
  EXPECT_EQ(rules.Get("adult_rapid_review").version, 3);
  // Other rules are untouched.
  EXPECT_EQ(rules.InForceOn("notification", D("2026-03-01")).version, 1);
}

TEST(DeadlineRulesTest, ALaterVersionInForceFromAnEarlierDateWinsFromThatDate) {
  // Version 3 was set after version 2 but comes into force before it.
  const DeadlineRules rules{
      {AdultRapidReview(2, 20, D("2026-03-01")), AdultRapidReview(3, 10, D("2026-02-01"))}};
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-02-15")).version, 3);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-03-01")).version, 2);
}

TEST(DeadlineRulesTest, OfVersionsInForceFromTheSameDayTheHigherApplies) {
  const DeadlineRules rules{
      {AdultRapidReview(3, 12, D("2026-02-01")), AdultRapidReview(2, 20, D("2026-02-01"))}};
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-02-01")).version, 3);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-02-01")).amount, 12);
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2026-01-31")).version, 1);
}

TEST(DeadlineRulesTest, WhenNoVersionIsInForceYetTheLowestApplies) {
  const DeadlineRules rules{{AdultRapidReview(1, 15, D("2026-01-01"))}};
  EXPECT_EQ(rules.InForceOn("adult_rapid_review", D("2025-12-31")).version, 1);
}

TEST(DeadlineRulesTest, AnUnknownCodeIsABug) {
  EXPECT_THROW(DeadlineRules{}.Get("no_such_rule"), std::out_of_range);
  EXPECT_THROW(DeadlineRules{}.InForceOn("no_such_rule", D("2026-01-01")), std::out_of_range);
}

TEST(DeadlineRulesTest, AmountsAreValidatedByUnit) {
  EXPECT_TRUE(ValidateRuleAmount("adult_rapid_review", 20).ok());
  EXPECT_TRUE(ValidateRuleAmount("adult_rapid_review", 1).ok());
  EXPECT_TRUE(ValidateRuleAmount("adult_rapid_review", 60).ok());
  EXPECT_EQ(ValidateRuleAmount("adult_rapid_review", 0).error().field, "amount");
  EXPECT_EQ(ValidateRuleAmount("adult_rapid_review", 61).error().field, "amount");
  EXPECT_EQ(ValidateRuleAmount("no_such_rule", 5).error().field, "code");
  EXPECT_EQ(ValidateRuleAmount("agency_response", 5).error().field, "code");
}

TEST(DeadlineRulesTest, AStatutoryRuleIsRefusedNamingTheRuleAndItsSource) {
  for (const char* code : kStatutoryCodes) {
    const auto refused = ValidateRuleAmount(code, DeadlineRules{}.Get(code).amount);
    ASSERT_FALSE(refused.ok()) << code;
    EXPECT_EQ(refused.error().code, core::ErrorCode::kInvalidInput) << code;
    EXPECT_EQ(refused.error().field, "code") << code;
    EXPECT_NE(refused.error().message.find(DeadlineRules{}.Get(code).label), std::string::npos);
    EXPECT_NE(refused.error().message.find(DeadlineRules{}.Get(code).source), std::string::npos);
    EXPECT_NE(refused.error().message.find("a partnership cannot change it"), std::string::npos);
  }
}

TEST(DeadlineRulesTest, ANewVersionComesIntoForceTodayOrLater) {
  const CivilDate today = D("2026-01-05");
  EXPECT_TRUE(ValidateRuleChange("adult_rapid_review", 20, today, today).ok());
  EXPECT_TRUE(ValidateRuleChange("adult_rapid_review", 20, D("2026-02-01"), today).ok());
  const auto earlier = ValidateRuleChange("adult_rapid_review", 20, D("2026-01-04"), today);
  ASSERT_FALSE(earlier.ok());
  EXPECT_EQ(earlier.error().field, "effective_from");
  EXPECT_NE(earlier.error().message.find("never reaches back"), std::string::npos);
  // The rule and the amount are checked first.
  EXPECT_EQ(ValidateRuleChange("notification", 6, D("2026-02-01"), today).error().field, "code");
  EXPECT_EQ(ValidateRuleChange("adult_rapid_review", 0, D("2026-01-04"), today).error().field,
            "amount");
}

}  // namespace
}  // namespace assure::domain
