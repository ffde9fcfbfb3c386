#include "reports/funnel_chart.h"

#include <vector>

namespace assure::reports {

FunnelChart LayOutFunnel(std::span<const FunnelStage> stages, int width) {
  std::vector<BarItem> items;
  items.reserve(stages.size());
  for (const FunnelStage& stage : stages) items.push_back({stage.label, stage.value});
  return LayOutBars(items, width,
                    {.label_height = 24, .bar_height = 36, .gap = 12, .centred = true});
}

}  // namespace assure::reports
