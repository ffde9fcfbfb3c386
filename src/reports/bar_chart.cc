#include "reports/bar_chart.h"

#include <algorithm>
#include <utility>

namespace assure::reports {

namespace {

constexpr int kLabelHeight = 22;  // the label's line, above its bar
constexpr int kBarHeight = 24;
constexpr int kGap = 10;  // below each bar
constexpr int kMinimumBar = 4;

}  // namespace

BarChart LayOutBars(std::span<const BarItem> items, int width) {
  BarChart chart;
  chart.width = width;
  std::int64_t largest = 0;
  for (const BarItem& item : items) largest = std::max(largest, item.value);
  int top = 0;
  for (const BarItem& item : items) {
    Bar bar;
    bar.value = std::max<std::int64_t>(item.value, 0);
    bar.label = item.label + ": " + std::to_string(bar.value);
    bar.fill = item.fill;
    bar.label_y = top + kLabelHeight - 6;
    bar.y = top + kLabelHeight;
    bar.height = kBarHeight;
    if (bar.value > 0 && largest > 0) {
      bar.width = std::max(kMinimumBar, static_cast<int>(bar.value * width / largest));
    }
    chart.bars.push_back(std::move(bar));
    top += kLabelHeight + kBarHeight + kGap;
  }
  chart.height = std::max(top - kGap, 0);
  return chart;
}

}  // namespace assure::reports
