#include "reports/bar_chart.h"

#include <algorithm>
#include <utility>

namespace assure::reports {

namespace {

constexpr int kMinimumBar = 4;

}  // namespace

BarChart LayOutBars(std::span<const BarItem> items, int width, const BarLayout& layout) {
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
    bar.label_y = top + layout.label_height - 6;
    bar.y = top + layout.label_height;
    bar.height = layout.bar_height;
    if (bar.value > 0 && largest > 0) {
      bar.width = std::max(kMinimumBar, static_cast<int>(bar.value * width / largest));
    }
    if (layout.centred) bar.x = (width - bar.width) / 2;
    chart.bars.push_back(std::move(bar));
    top += layout.label_height + layout.bar_height + layout.gap;
  }
  chart.height = std::max(top - layout.gap, 0);
  return chart;
}

}  // namespace assure::reports
