// The context of an inline SVG bar chart in a page template (reports/bar_chart.h lays it out):
// {"view_box", "description" (every bar's label, for the chart's <desc>), "bars": [{"label", "y",
// "width", "height", "label_y", "fill"}]}. The template draws it and shows the same numbers as a
// table. Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <span>

#include "reports/bar_chart.h"

namespace assure::http {

nlohmann::json BarChartView(std::span<const reports::BarItem> items);

}  // namespace assure::http
