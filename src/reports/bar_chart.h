// BarChart: the geometry of a horizontal bar chart, one bar per category (a board report's
// actions by status, or by RAG rating), all from the same left edge, each as long as its value
// is a share of the largest. As with funnel_chart.h, the page template draws it as inline SVG
// from these numbers (every label escaped by the template, no markup built in code), and the
// page shows the same numbers as a table for anyone who cannot see the chart. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace assure::reports {

struct BarItem {
  std::string label;  // "Completed"
  std::int64_t value = 0;
  std::string fill = "#1d70b8";  // the bar's colour, "#rrggbb"
};

struct Bar {
  std::string label;  // "Completed: 12"
  std::int64_t value = 0;
  std::string fill;
  int x = 0;  // the bar's left edge (always 0)
  int y = 0;  // the bar's top edge
  int width = 0;
  int height = 0;
  int label_y = 0;  // the baseline of the label, above the bar
};

struct BarChart {
  int width = 0;   // the drawing's viewBox width
  int height = 0;  // and height
  std::vector<Bar> bars;
};

inline constexpr int kBarChartWidth = 600;

// The height of each row's parts, in viewBox units: the label's line above its bar, the bar,
// and the gap below it. And whether bars start at the left edge or are centred (a funnel).
struct BarLayout {
  int label_height = 22;
  int bar_height = 24;
  int gap = 10;
  bool centred = false;
};

// The bars of `items` in order. A value of 0 has no bar (width 0) but keeps its label; a
// positive one is at least 4 units long, so that it shows. Negative values count as 0.
BarChart LayOutBars(std::span<const BarItem> items, int width = kBarChartWidth,
                    const BarLayout& layout = {});

}  // namespace assure::reports
