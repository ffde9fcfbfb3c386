#include "http/common/bar_chart_view.h"

#include <string>
#include <utility>

namespace assure::http {

nlohmann::json BarChartView(std::span<const reports::BarItem> items) {
  const auto chart = reports::LayOutBars(items);
  nlohmann::json bars = nlohmann::json::array();
  std::string description;
  for (const auto& bar : chart.bars) {
    bars.push_back({{"label", bar.label},
                    {"y", std::to_string(bar.y)},
                    {"width", std::to_string(bar.width)},
                    {"height", std::to_string(bar.height)},
                    {"label_y", std::to_string(bar.label_y)},
                    {"fill", bar.fill}});
    description += (description.empty() ? "" : ", ") + bar.label;
  }
  return {{"view_box", "0 0 " + std::to_string(chart.width) + " " + std::to_string(chart.height)},
          {"description", description + "."},
          {"bars", std::move(bars)}};
}

}  // namespace assure::http
