#include "reports/funnel_chart.h"

#include <gtest/gtest.h>

#include <vector>

namespace assure::reports {
namespace {

TEST(FunnelChartTest, EachBarIsItsShareOfTheLargestAndCentred) {
  const std::vector<FunnelStage> stages{{"Referrals received", 21},
                                        {"Rapid reviews conducted", 14},
                                        {"Progressed to full review", 4}};
  const auto chart = LayOutFunnel(stages, 600);
  ASSERT_EQ(chart.bars.size(), 3u);
  EXPECT_EQ(chart.bars[0].width, 600);
  EXPECT_EQ(chart.bars[1].width, 400);
  EXPECT_EQ(chart.bars[2].width, 114);  // 4 * 600 / 21, rounded down
  EXPECT_EQ(chart.bars[0].x, 0);
  EXPECT_EQ(chart.bars[1].x, 100);
  EXPECT_EQ(chart.bars[2].x, 243);
  EXPECT_EQ(chart.bars[1].label, "Rapid reviews conducted: 14");
  // Stacked top to bottom, each label above its bar, all inside the drawing.
  EXPECT_LT(chart.bars[0].label_y, chart.bars[0].y);
  EXPECT_GT(chart.bars[1].label_y, chart.bars[0].y + chart.bars[0].height);
  EXPECT_EQ(chart.height, chart.bars[2].y + chart.bars[2].height);
}

TEST(FunnelChartTest, ZeroHasNoBarButKeepsItsLabelAndASmallValueStillShows) {
  const std::vector<FunnelStage> stages{
      {"Referrals received", 1000}, {"Rapid reviews", 1}, {"Full reviews", 0}};
  const auto chart = LayOutFunnel(stages, 600);
  EXPECT_EQ(chart.bars[1].width, 4);
  EXPECT_EQ(chart.bars[2].width, 0);
  EXPECT_EQ(chart.bars[2].label, "Full reviews: 0");
  const auto empty = LayOutFunnel(std::vector<FunnelStage>{{"Referrals received", 0}}, 600);
  EXPECT_EQ(empty.bars[0].width, 0);
  EXPECT_EQ(empty.bars[0].x, 300);
}

}  // namespace
}  // namespace assure::reports
