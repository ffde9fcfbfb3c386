#include "domain/reviews/figures/review_activity.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

CivilDate Date(std::string_view text) { return ParseCivilDate(text).value(); }

// Answers each aggregate from fixed values, and remembers the period it was asked about.
class FakeFigures final : public ReviewFiguresRepository {
 public:
  core::Result<TypeCounts> ReferralsReceived(const DatePeriod& period) override {
    asked = period;
    return referrals;
  }
  core::Result<TypeCounts> RapidReviewsCompleted(const DatePeriod&) override {
    return rapid_reviews;
  }
  core::Result<KindCounts> FullReviewsDecided(const DatePeriod&) override {
    if (fail_full_reviews) return core::Error::Unavailable("database gone");
    return kinds;
  }
  core::Result<std::int64_t> NotificationsSent(const DatePeriod&) override { return notifications; }
  core::Result<std::vector<RapidReviewTiming>> RapidReviewTimings(const DatePeriod&) override {
    return timings;
  }
  core::Result<std::vector<NotificationTiming>> NotificationTimings(const DatePeriod&) override {
    return notified;
  }
  core::Result<std::vector<ThemeCount>> ReferralThemes(const DatePeriod&) override {
    return themes;
  }

  std::optional<DatePeriod> asked;
  TypeCounts referrals;
  TypeCounts rapid_reviews;
  KindCounts kinds;
  std::int64_t notifications = 0;
  std::vector<RapidReviewTiming> timings;
  std::vector<NotificationTiming> notified;
  std::vector<ThemeCount> themes;
  bool fail_full_reviews = false;
};

// A child's rapid review completed and sent to the panel the same day.
RapidReviewTiming Child(std::string_view notified, std::string_view completed) {
  return {
      1, CaseType::kChild, Date("2024-12-01"), Date(notified), Date(completed), Date(completed)};
}

TEST(ReviewActivityTest, TheFinancialYearRunsFromAprilToMarch) {
  const auto year = FinancialYearContaining(Date("2019-04-01"));
  EXPECT_EQ(year.from, Date("2019-04-01"));
  EXPECT_EQ(year.to, Date("2020-03-31"));
  EXPECT_EQ(FinancialYearContaining(Date("2020-03-31")).from, Date("2019-04-01"));
  EXPECT_EQ(FinancialYearContaining(Date("2020-04-01")).from, Date("2020-04-01"));
  EXPECT_EQ(FinancialYearContaining(Date("2026-01-15")).to, Date("2026-03-31"));
}

TEST(ReviewActivityTest, APeriodNamesTheFieldThatIsWrong) {
  auto ok = ParsePeriod("2019-04-01", "2020-03-31");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->to, Date("2020-03-31"));
  EXPECT_TRUE(ParsePeriod("2020-03-31", "2020-03-31").ok());  // one day
  EXPECT_EQ(ParsePeriod("", "2020-03-31").error().field, "from");
  EXPECT_EQ(ParsePeriod("2019-02-30", "2020-03-31").error().field, "from");
  EXPECT_EQ(ParsePeriod("2019-04-01", "31/03/2020").error().field, "to");
  EXPECT_EQ(ParsePeriod("2019-04-01", "").error().field, "to");
  const auto backwards = ParsePeriod("2020-04-01", "2020-03-31");
  EXPECT_EQ(backwards.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(backwards.error().field, "to");
}

TEST(ReviewActivityTest, FullReviewsAreCountedByKindNotByCaseType) {
  // The reference partnership's 2019-20: 1 SAR, 2 CSPRs and 1 joint review.
  const auto columns = FullReviewsByColumn({.cspr = 2, .sar = 1, .dhr = 0, .joint = 1});
  EXPECT_EQ(columns.adult, 1);
  EXPECT_EQ(columns.child, 2);
  EXPECT_EQ(columns.joint, 1);
  EXPECT_EQ(columns.dhr, 0);
  EXPECT_EQ(columns.total(), 4);
  EXPECT_EQ(FullReviewColumn(FullReviewKind::kSar), ReviewColumn::kAdult);
  EXPECT_EQ(FullReviewColumn(FullReviewKind::kCspr), ReviewColumn::kChild);
  EXPECT_EQ(FullReviewColumn(FullReviewKind::kJoint), ReviewColumn::kJoint);
}

TEST(ReviewActivityTest, ADhrIsCountedInItsOwnColumnAndNeverAsAnAdultReview) {
  // A DHR is the Community Safety Partnership's review (DVCVA 2004 s9), not a SAR.
  EXPECT_EQ(FullReviewColumn(FullReviewKind::kDhr), ReviewColumn::kDhr);
  EXPECT_NE(FullReviewColumn(FullReviewKind::kDhr), ReviewColumn::kAdult);
  const auto only_dhrs = FullReviewsByColumn({.cspr = 0, .sar = 0, .dhr = 3, .joint = 0});
  EXPECT_EQ(only_dhrs.dhr, 3);
  EXPECT_EQ(only_dhrs.adult, 0);
  EXPECT_EQ(only_dhrs.total(), 0);  // the partnership's own full reviews: none
  const auto mixed = FullReviewsByColumn({.cspr = 2, .sar = 1, .dhr = 2, .joint = 1});
  EXPECT_EQ(mixed.adult, 1);  // the SAR alone
  EXPECT_EQ(mixed.dhr, 2);
  EXPECT_EQ(mixed.total(), 4);
  EXPECT_EQ(mixed.by_type().adult, 1);
  EXPECT_EQ(mixed.by_type().total(), 4);
}

TEST(ReviewActivityTest, ARapidReviewDueOnItsFifteenthWorkingDayIsWithinAndADayLaterIsLate) {
  // DOMAIN.md: notification sent Friday 20 December 2024 -> rapid review due 15 January 2025.
  const std::vector<RapidReviewTiming> timings{Child("2024-12-20", "2025-01-15"),
                                               Child("2024-12-20", "2025-01-16")};
  const auto timeliness = ComputeTimeliness(timings, DeadlineRules{}, WorkingCalendar{});
  EXPECT_EQ(timeliness.assessed, 2);
  EXPECT_EQ(timeliness.within, 1);
  EXPECT_EQ(timeliness.late, 1);
  EXPECT_EQ(timeliness.median_days_late, 1.0);
  EXPECT_EQ(timeliness.share_within(), 0.5);
}

TEST(ReviewActivityTest, AnAdultRapidReviewCountsFromTheReferralAndAChildOneNeedsItsNotification) {
  const std::vector<RapidReviewTiming> timings{
      // Referral Monday 6 January 2025: 15 working days later is Monday 27 January.
      {2, CaseType::kAdult, Date("2025-01-06"), std::nullopt, Date("2025-01-27"), std::nullopt},
      {3, CaseType::kAdult, Date("2025-01-06"), std::nullopt, Date("2025-01-30"),
       std::nullopt},  // 3 late
      {4, CaseType::kJoint, Date("2025-01-06"), std::nullopt, Date("2025-01-10"),
       Date("2025-01-10")},
  };
  const auto timeliness = ComputeTimeliness(timings, DeadlineRules{}, WorkingCalendar{});
  EXPECT_EQ(timeliness.assessed, 2);
  EXPECT_EQ(timeliness.within, 1);
  EXPECT_EQ(timeliness.no_start, 1);
  EXPECT_EQ(timeliness.median_days_late, 3.0);
}

TEST(ReviewActivityTest, TheMedianOfAnEvenNumberOfLateOnesIsTheMeanOfTheMiddleTwo) {
  // Due Wednesday 15 January 2025; 1, 2, 5 and 10 working days late.
  const std::vector<RapidReviewTiming> timings{
      Child("2024-12-20", "2025-01-29"), Child("2024-12-20", "2025-01-16"),
      Child("2024-12-20", "2025-01-22"), Child("2024-12-20", "2025-01-17")};
  const auto timeliness = ComputeTimeliness(timings, DeadlineRules{}, WorkingCalendar{});
  EXPECT_EQ(timeliness.late, 4);
  EXPECT_EQ(timeliness.median_days_late, 3.5);
  EXPECT_EQ(timeliness.share_within(), 0.0);
}

TEST(ReviewActivityTest, TimelinessFollowsThePartnershipsCalendarAndRules) {
  // An extra day off on 15 January 2025 moves the due date to the 16th.
  const std::vector<CalendarAdjustment> days_off{{Date("2025-01-15"), true, "Snow"}};
  const std::vector<RapidReviewTiming> timings{Child("2024-12-20", "2025-01-16")};
  EXPECT_EQ(ComputeTimeliness(timings, DeadlineRules{}, WorkingCalendar{days_off}).within, 1);
  // A rule of 20 working days makes it early enough too.
  DeadlineRule longer = DeadlineRules{}.Get("rapid_review");
  longer.amount = 20;
  longer.version = 2;
  EXPECT_EQ(ComputeTimeliness(timings, DeadlineRules{{longer}}, WorkingCalendar{}).within, 1);
  EXPECT_EQ(ComputeTimeliness(timings, DeadlineRules{}, WorkingCalendar{}).within, 0);
}

TEST(ReviewActivityTest, AChildRapidReviewIsJudgedOnTheDaySentToThePanel) {
  // Completed on time (15 January 2025) but sent to the panel on the 17th: 2 working days late.
  RapidReviewTiming sent_late = Child("2024-12-20", "2025-01-15");
  sent_late.sent_to_panel_on = Date("2025-01-17");
  RapidReviewTiming not_sent = Child("2024-12-20", "2025-01-15");
  not_sent.sent_to_panel_on = std::nullopt;
  const std::vector<RapidReviewTiming> timings{sent_late, not_sent};
  const auto timeliness = ComputeTimeliness(timings, DeadlineRules{}, WorkingCalendar{});
  EXPECT_EQ(timeliness.assessed, 1);
  EXPECT_EQ(timeliness.late, 1);
  EXPECT_EQ(timeliness.median_days_late, 2.0);
  EXPECT_EQ(timeliness.no_end, 1);  // not yet sent: not assessed, never judged on a guess
}

TEST(ReviewActivityTest, ANotificationIsDueFiveWorkingDaysAfterBecomingAwareOrUnknown) {
  // Aware Monday 6 January 2025: due Monday 13 January.
  const std::vector<NotificationTiming> timings{
      {1, Date("2025-01-06"), Date("2025-01-13")},
      {2, Date("2025-01-06"), Date("2025-01-15")},  // 2 working days late
      {3, std::nullopt, Date("2025-01-08")},        // aware date not recorded
  };
  const auto timeliness =
      ComputeNotificationTimeliness(timings, DeadlineRules{}, WorkingCalendar{});
  EXPECT_EQ(timeliness.assessed, 2);
  EXPECT_EQ(timeliness.within, 1);
  EXPECT_EQ(timeliness.late, 1);
  EXPECT_EQ(timeliness.median_days_late, 2.0);
  EXPECT_EQ(timeliness.no_start, 1);
}

TEST(ReviewActivityTest, EachRapidReviewIsJudgedByTheRuleVersionInForceOnItsStartDate) {
  // Version 2 of the adult rule, 20 working days, in force from 1 February 2025.
  DeadlineRule longer = DeadlineRules{}.Get("adult_rapid_review");
  longer.version = 2;
  longer.amount = 20;
  longer.effective_from = Date("2025-02-01");
  const DeadlineRules rules{{longer}};
  // Both completed 18 working days after their referral: the one referred before the change
  // keeps the 15 days it started with (late); the one referred after it gets 20 (within).
  const std::vector<RapidReviewTiming> timings{
      {1, CaseType::kAdult, Date("2025-01-06"), std::nullopt, Date("2025-01-30"), std::nullopt},
      {2, CaseType::kAdult, Date("2025-02-03"), std::nullopt, Date("2025-02-27"), std::nullopt},
  };
  const auto timeliness = ComputeTimeliness(timings, rules, WorkingCalendar{});
  EXPECT_EQ(timeliness.late, 1);
  EXPECT_EQ(timeliness.within, 1);
  EXPECT_EQ(timeliness.median_days_late, 3.0);
}

TEST(ReviewActivityTest, NoRapidReviewsMeansNoShareAndNoMedian) {
  const auto timeliness = ComputeTimeliness({}, DeadlineRules{}, WorkingCalendar{});
  EXPECT_EQ(timeliness.assessed, 0);
  EXPECT_FALSE(timeliness.share_within().has_value());
  EXPECT_FALSE(timeliness.median_days_late.has_value());
}

TEST(ReviewActivityTest, EveryFigureOfThePeriodComesFromItsOneFunction) {
  FakeFigures figures;
  figures.referrals = {.adult = 11, .child = 10, .joint = 0};
  figures.rapid_reviews = {.adult = 8, .child = 6, .joint = 0};
  figures.kinds = {.cspr = 2, .sar = 1, .dhr = 1, .joint = 1};
  figures.notifications = 9;
  figures.timings = {Child("2024-12-20", "2025-01-15")};
  figures.notified = {{1, Date("2024-12-16"), Date("2024-12-20")},
                      {2, std::nullopt, Date("2025-01-02")}};
  figures.themes = {{"neglect", 4}, {"exploitation", 2}};
  const DatePeriod period{Date("2019-04-01"), Date("2020-03-31")};
  auto activity = ComputeReviewActivity(figures, period, DeadlineRules{}, WorkingCalendar{});
  ASSERT_TRUE(activity.ok()) << activity.error().message;
  EXPECT_EQ(figures.asked->from, period.from);
  EXPECT_EQ(activity->period.to, period.to);
  EXPECT_EQ(activity->referrals.total(), 21);
  EXPECT_EQ(activity->rapid_reviews.total(), 14);
  EXPECT_EQ(activity->full_reviews.joint, 1);
  EXPECT_EQ(activity->full_reviews.adult, 1);  // the SAR; the DHR is not an adult review
  EXPECT_EQ(activity->full_reviews.dhr, 1);
  EXPECT_EQ(activity->full_reviews.total(), 4);
  EXPECT_EQ(activity->notifications, 9);
  EXPECT_EQ(activity->timeliness.within, 1);
  EXPECT_EQ(activity->notification_timeliness.within, 1);
  EXPECT_EQ(activity->notification_timeliness.no_start, 1);
  ASSERT_EQ(activity->themes.size(), 2u);
  EXPECT_EQ(activity->themes[0].theme, "neglect");
}

TEST(ReviewActivityTest, AFailingAggregateFailsTheWholeAndIsNotHalfAnswered) {
  FakeFigures figures;
  figures.fail_full_reviews = true;
  auto activity = ComputeReviewActivity(figures, {Date("2019-04-01"), Date("2020-03-31")},
                                        DeadlineRules{}, WorkingCalendar{});
  ASSERT_FALSE(activity.ok());
  EXPECT_EQ(activity.error().code, core::ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace assure::domain
