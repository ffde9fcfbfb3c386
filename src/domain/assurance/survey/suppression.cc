#include "domain/assurance/survey/suppression.h"

#include <algorithm>
#include <optional>

namespace assure::domain {

bool SuppressionPlan::any_hidden() const {
  return std::find(hidden.begin(), hidden.end(), true) != hidden.end();
}

SuppressionPlan PlanSuppression(std::span<const std::int64_t> respondents, int minimum) {
  SuppressionPlan plan;
  plan.hidden.assign(respondents.size(), false);
  plan.under_minimum.assign(respondents.size(), false);
  std::int64_t hidden_total = 0;
  for (std::size_t i = 0; i < respondents.size(); ++i) {
    if (respondents[i] >= 1 && respondents[i] < minimum) {
      plan.hidden[i] = true;
      plan.under_minimum[i] = true;
      hidden_total += respondents[i];
    }
  }
  if (!plan.any_hidden()) return plan;
  while (hidden_total < minimum) {
    // The shown group of fewest respondents, at least one; the first of equals.
    std::optional<std::size_t> next;
    for (std::size_t i = 0; i < respondents.size(); ++i) {
      if (plan.hidden[i] || respondents[i] < 1) continue;
      if (!next || respondents[i] < respondents[*next]) next = i;
    }
    if (!next) {
      plan.totals_hidden = true;  // every group with respondents is hidden already
      break;
    }
    plan.hidden[*next] = true;
    hidden_total += respondents[*next];
  }
  return plan;
}

}  // namespace assure::domain
