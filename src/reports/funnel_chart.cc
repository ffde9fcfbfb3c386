#include "reports/funnel_chart.h"

#include <algorithm>

namespace assure::reports {

namespace {

constexpr int kLabelHeight = 24;  // the label's line, above its bar
constexpr int kBarHeight = 36;
constexpr int kGap = 12;  // below each bar
constexpr int kMinimumBar = 4;

}  // namespace

FunnelChart LayOutFunnel(std::span<const FunnelStage> stages, int width) {
  FunnelChart chart;
  chart.width = width;
  std::int64_t largest = 0;
  for (const FunnelStage& stage : stages) largest = std::max(largest, stage.value);
  int top = 0;
  for (const FunnelStage& stage : stages) {
    FunnelBar bar;
    bar.value = std::max<std::int64_t>(stage.value, 0);
    bar.label = stage.label + ": " + std::to_string(bar.value);
    bar.label_y = top + kLabelHeight - 6;
    bar.y = top + kLabelHeight;
    bar.height = kBarHeight;
    if (bar.value > 0 && largest > 0) {
      bar.width = std::max(kMinimumBar, static_cast<int>(bar.value * width / largest));
    }
    bar.x = (width - bar.width) / 2;
    chart.bars.push_back(std::move(bar));
    top += kLabelHeight + kBarHeight + kGap;
  }
  chart.height = std::max(top - kGap, 0);
  return chart;
}

}  // namespace assure::reports
