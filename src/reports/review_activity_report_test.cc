#include "reports/review_activity_report.h"

#include <gtest/gtest.h>

namespace assure::reports {
namespace {

domain::ReviewActivity TwentyNineteen() {
  domain::ReviewActivity activity;
  activity.period = {*domain::ParseCivilDate("2019-04-01"), *domain::ParseCivilDate("2020-03-31")};
  activity.referrals = {.adult = 11, .child = 10, .joint = 0};
  activity.rapid_reviews = {.adult = 8, .child = 6, .joint = 0};
  activity.full_reviews = {.adult = 1, .child = 2, .joint = 1, .dhr = 1};
  activity.notifications = 10;
  activity.timeliness.assessed = 7;
  activity.timeliness.within = 5;
  activity.timeliness.late = 2;
  activity.timeliness.median_days_late = 2.5;
  activity.themes = {{"=neglect", 3}};
  return activity;
}

TEST(ReviewActivityReportTest, TheRowsAreTheDomainTableInItsOrder) {
  const auto rows = ReviewActivityRows(TwentyNineteen());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].label, "Referrals received");
  EXPECT_EQ(rows[0].key, "referrals");
  EXPECT_EQ(rows[0].counts.total(), 21);
  EXPECT_EQ(rows[1].label, "Rapid reviews conducted");
  EXPECT_EQ(rows[1].counts.total(), 14);
  EXPECT_EQ(rows[2].label, "Progressed to full review");
  EXPECT_EQ(rows[2].counts.joint, 1);
  // The DHR is in its own column: not adult, not in the total, and only for full reviews.
  EXPECT_EQ(rows[2].counts.adult, 1);
  EXPECT_EQ(rows[2].counts.total(), 4);
  ASSERT_TRUE(rows[2].dhr.has_value());
  EXPECT_EQ(*rows[2].dhr, 1);
  EXPECT_FALSE(rows[0].dhr.has_value());
  EXPECT_FALSE(rows[1].dhr.has_value());
  const auto funnel = ReviewActivityFunnel(TwentyNineteen());
  ASSERT_EQ(funnel.size(), 3u);
  EXPECT_EQ(funnel[2].value, 4);
}

TEST(ReviewActivityReportTest, SharesAndDaysAreWrittenForPeople) {
  EXPECT_EQ(FormatShare(5.0 / 7.0), "71.4%");
  EXPECT_EQ(FormatShare(1.0), "100.0%");
  EXPECT_EQ(FormatShare(std::nullopt), "Not applicable");
  EXPECT_EQ(FormatDaysLate(2.0), "2");
  EXPECT_EQ(FormatDaysLate(3.5), "3.5");
  EXPECT_EQ(FormatDaysLate(std::nullopt), "None late");
}

TEST(ReviewActivityReportTest, TheExportHoldsEveryFigureAndNeutralisesATheme) {
  const auto table = ReviewActivityTable(TwentyNineteen());
  const std::string csv = ToCsv(table);
  EXPECT_EQ(csv.find("figure,total,adult,children,joint,dhr\r\n"), 3u);  // after the BOM
  EXPECT_NE(csv.find("Referrals received,21,11,10,0,\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Rapid reviews conducted,14,8,6,0,\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Progressed to full review,4,1,2,1,1\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Period from,2019-04-01,,,,\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Serious incident notifications sent,10,,,,\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Share within the deadline,71.4%,,,,\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Median working days late,2.5,,,,\r\n"), std::string::npos);
  EXPECT_NE(csv.find("Theme: =neglect,3"), std::string::npos);  // not a formula: starts "Theme"
}

}  // namespace
}  // namespace assure::reports
