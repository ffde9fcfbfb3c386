// FunnelChart: the geometry of a funnel chart (referrals -> rapid reviews -> full reviews), one
// horizontal bar per stage, centred, each as wide as its value is a share of the largest. The
// page template draws it as inline SVG from these numbers (so every label is escaped by the
// template like any other value, and no markup is built in code); the same stages are also shown
// as a table for anyone who cannot see the chart. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace assure::reports {

struct FunnelStage {
  std::string label;  // "Referrals received"
  std::int64_t value = 0;
};

struct FunnelBar {
  std::string label;  // "Referrals received: 21"
  std::int64_t value = 0;
  int x = 0;  // the bar's left edge
  int y = 0;  // the bar's top edge
  int width = 0;
  int height = 0;
  int label_y = 0;  // the baseline of the label, above the bar
};

struct FunnelChart {
  int width = 0;   // the drawing's viewBox width
  int height = 0;  // and height
  std::vector<FunnelBar> bars;
};

inline constexpr int kFunnelWidth = 600;

// The bars of `stages` in order. A stage of value 0 has no bar (width 0) but keeps its label; a
// positive one is at least 4 units wide, so that it shows. Negative values count as 0.
FunnelChart LayOutFunnel(std::span<const FunnelStage> stages, int width = kFunnelWidth);

}  // namespace assure::reports
