// The budget report's figures for one financial year (doc/figures.md, "Budget figures"): for each
// line and in total the budget, commitments, actuals, the forecast outturn (actuals plus
// commitments) and the variance (budget less forecast: negative is an overspend); the reserves
// carried forward; each partner's share of the contributions, the statutory partners first; and
// the shortfall when review costs overrun their line and take the total over budget. Every amount
// is an exact sum of pence: the totals are the sums of the lines, which are the sums of the
// entries. Pure; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/finance/budget.h"

namespace assure::domain {

struct LineFigures {
  BudgetLine line;
  Pence commitments = 0;
  Pence actuals = 0;
  Pence forecast = 0;      // actuals + commitments
  Pence variance = 0;      // budget - forecast
  Pence review_costs = 0;  // of the entries linked to a case
};

struct PartnerShare {
  AgencyId agency_id = 0;
  bool statutory = false;
  Pence agreed = 0;  // its contributions, extra ones not included
  Pence received = 0;
  Pence extra = 0;                                 // its extra contributions towards a shortfall
  std::optional<std::int64_t> share_basis_points;  // of all partners' agreed contributions
};

struct BudgetReport {
  BudgetYear year;
  std::vector<LineFigures> lines;    // in the order given
  LineFigures total;                 // line.name "Total", line.budget the sum of budgets
  std::vector<PartnerShare> shares;  // statutory partners first, then by agreed (largest first)
  Pence contributions_agreed = 0;    // partners' shares, extra ones not included
  Pence contributions_received = 0;
  Pence extra_contributions = 0;
  Pence reserves_brought_forward = 0;
  // brought forward + every contribution agreed (extra included) - forecast outturn
  Pence reserves_carried_forward = 0;
  // Review lines (independent reviewers) whose forecast is over their budget.
  std::vector<BudgetLineId> review_lines_over;
  // When review lines overrun and the total forecast is over the total budget: the amount over,
  // and what the Executive's extra contributions leave uncovered (never below 0).
  std::optional<Pence> shortfall;
  Pence shortfall_uncovered = 0;
};

// kInvalidInput ("amount") if a sum would overflow (it cannot for amounts within the entry
// limits and fewer than a million entries).
core::Result<BudgetReport> ComputeBudgetReport(BudgetYear year,
                                               const std::vector<BudgetLine>& lines,
                                               const std::vector<LedgerEntry>& entries,
                                               const std::vector<Contribution>& contributions,
                                               const std::vector<AgencyId>& statutory_agencies,
                                               Pence reserves_brought_forward);

}  // namespace assure::domain
