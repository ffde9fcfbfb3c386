#include "reports/bar_chart.h"

#include <gtest/gtest.h>

#include <vector>

namespace assure::reports {
namespace {

TEST(BarChartTest, EachBarIsItsShareOfTheLargestFromTheLeftEdge) {
  const std::vector<BarItem> items{
      {"In progress", 8, "#1d70b8"}, {"Completed", 6, "#00703c"}, {"Not started", 3, "#505a5f"}};
  const auto chart = LayOutBars(items, 600);
  ASSERT_EQ(chart.bars.size(), 3u);
  EXPECT_EQ(chart.bars[0].width, 600);
  EXPECT_EQ(chart.bars[1].width, 450);
  EXPECT_EQ(chart.bars[2].width, 225);
  for (const Bar& bar : chart.bars) EXPECT_EQ(bar.x, 0);
  EXPECT_EQ(chart.bars[1].label, "Completed: 6");
  EXPECT_EQ(chart.bars[1].fill, "#00703c");
  // Stacked top to bottom, each label above its bar, all inside the drawing.
  EXPECT_LT(chart.bars[0].label_y, chart.bars[0].y);
  EXPECT_GT(chart.bars[1].label_y, chart.bars[0].y + chart.bars[0].height);
  EXPECT_EQ(chart.height, chart.bars[2].y + chart.bars[2].height);
}

TEST(BarChartTest, ZeroHasNoBarButKeepsItsLabelAndASmallValueStillShows) {
  const std::vector<BarItem> items{{"Green", 1000}, {"Amber", 1}, {"Red", 0}, {"Odd", -3}};
  const auto chart = LayOutBars(items, 600);
  EXPECT_EQ(chart.bars[1].width, 4);
  EXPECT_EQ(chart.bars[2].width, 0);
  EXPECT_EQ(chart.bars[2].label, "Red: 0");
  EXPECT_EQ(chart.bars[3].width, 0);
  EXPECT_EQ(chart.bars[3].label, "Odd: 0");
  EXPECT_EQ(LayOutBars(std::vector<BarItem>{{"None", 0}}, 600).bars[0].width, 0);
  EXPECT_EQ(LayOutBars(std::vector<BarItem>{}, 600).height, 0);
}

}  // namespace
}  // namespace assure::reports
