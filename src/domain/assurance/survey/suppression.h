// Statistical disclosure control for survey results: which groups (agencies) of a published
// table are hidden, as "[c]", so that no published number reveals the answers of fewer people
// than the survey's minimum, directly or by subtracting published numbers from a published total.
//
// The plan is per group, decided from the groups' respondent counts; every cell of a hidden group
// is hidden (survey_results.h also hides a question's totals where they would tell what the
// hidden groups answered). The rule:
//   1. Primary: a group with at least one but fewer than `minimum` respondents is hidden. A group
//      with none shows 0: there is nobody to identify.
//   2. Secondary: the totals across groups are published, so the hidden groups together could
//      be worked out from them (total minus the shown groups). While the hidden groups together
//      have fewer than `minimum` respondents, the shown group with the fewest respondents but at
//      least one (the lowest position on a tie) is hidden too; a group with none would add nobody
//      and stays shown. This also means one group is never hidden alone.
//   3. If no such group is left, so every group with respondents is hidden, and together they
//      still have fewer than `minimum`, the totals are hidden as well (only the groups with no
//      respondents show, as 0).
// Pure; thread-safe.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace assure::domain {

struct SuppressionPlan {
  std::vector<bool> hidden;         // per group, in the order given
  std::vector<bool> under_minimum;  // per group: hidden by rule 1 (the rest by rule 2)
  bool totals_hidden = false;       // rule 3
  bool any_hidden() const;
};

// REQUIRES: minimum >= 1 and every count >= 0.
SuppressionPlan PlanSuppression(std::span<const std::int64_t> respondents, int minimum);

}  // namespace assure::domain
