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

#include "reports/bar_chart.h"

namespace assure::reports {

struct FunnelStage {
  std::string label;  // "Referrals received"
  std::int64_t value = 0;
};

// A funnel is a bar chart whose bars are centred (bar_chart.h).
using FunnelChart = BarChart;

inline constexpr int kFunnelWidth = 600;

// The bars of `stages` in order. A stage of value 0 has no bar (width 0) but keeps its label; a
// positive one is at least 4 units wide, so that it shows. Negative values count as 0.
FunnelChart LayOutFunnel(std::span<const FunnelStage> stages, int width = kFunnelWidth);

}  // namespace assure::reports
