#include "domain/finance/budget_report.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace assure::domain {
namespace {

core::Status Add(Pence& total, Pence amount) {
  const auto sum = AddPence(total, amount);
  if (!sum) return core::Error::InvalidInput("amount", "The total is too large to hold.");
  total = *sum;
  return core::Ok();
}

}  // namespace

core::Result<BudgetReport> ComputeBudgetReport(BudgetYear year,
                                               const std::vector<BudgetLine>& lines,
                                               const std::vector<LedgerEntry>& entries,
                                               const std::vector<Contribution>& contributions,
                                               const std::vector<AgencyId>& statutory_agencies,
                                               Pence reserves_brought_forward) {
  BudgetReport report;
  report.year = year;
  report.reserves_brought_forward = reserves_brought_forward;
  report.total.line.name = "Total";
  std::map<BudgetLineId, std::size_t> index;
  for (const BudgetLine& line : lines) {
    index.emplace(line.id, report.lines.size());
    report.lines.push_back({line, 0, 0, 0, 0, 0});
  }
  for (const LedgerEntry& entry : entries) {
    const auto at = index.find(entry.line_id);
    if (at == index.end()) continue;
    LineFigures& figures = report.lines[at->second];
    ASSURE_TRY(Add(entry.kind == EntryKind::kActual ? figures.actuals : figures.commitments,
                   entry.amount));
    if (entry.case_id) ASSURE_TRY(Add(figures.review_costs, entry.amount));
  }
  for (LineFigures& figures : report.lines) {
    ASSURE_TRY(Add(figures.forecast, figures.actuals));
    ASSURE_TRY(Add(figures.forecast, figures.commitments));
    figures.variance = figures.line.budget - figures.forecast;
    ASSURE_TRY(Add(report.total.line.budget, figures.line.budget));
    ASSURE_TRY(Add(report.total.commitments, figures.commitments));
    ASSURE_TRY(Add(report.total.actuals, figures.actuals));
    ASSURE_TRY(Add(report.total.forecast, figures.forecast));
    ASSURE_TRY(Add(report.total.review_costs, figures.review_costs));
    if (figures.line.category == LineCategory::kIndependentReviewers && figures.variance < 0) {
      report.review_lines_over.push_back(figures.line.id);
    }
  }
  report.total.variance = report.total.line.budget - report.total.forecast;

  const std::set<AgencyId> statutory(statutory_agencies.begin(), statutory_agencies.end());
  std::map<AgencyId, PartnerShare> shares;
  for (const Contribution& contribution : contributions) {
    PartnerShare& share = shares[contribution.agency_id];
    share.agency_id = contribution.agency_id;
    share.statutory = statutory.contains(contribution.agency_id);
    if (contribution.extra) {
      ASSURE_TRY(Add(share.extra, contribution.agreed));
      ASSURE_TRY(Add(report.extra_contributions, contribution.agreed));
    } else {
      ASSURE_TRY(Add(share.agreed, contribution.agreed));
      ASSURE_TRY(Add(report.contributions_agreed, contribution.agreed));
    }
    ASSURE_TRY(Add(share.received, contribution.received));
    ASSURE_TRY(Add(report.contributions_received, contribution.received));
  }
  for (auto& [agency, share] : shares) {
    share.share_basis_points = ShareBasisPoints(share.agreed, report.contributions_agreed);
    report.shares.push_back(share);
  }
  std::sort(report.shares.begin(), report.shares.end(),
            [](const PartnerShare& a, const PartnerShare& b) {
              return std::tuple{!a.statutory, -a.agreed, a.agency_id} <
                     std::tuple{!b.statutory, -b.agreed, b.agency_id};
            });

  Pence income = reserves_brought_forward;
  ASSURE_TRY(Add(income, report.contributions_agreed));
  ASSURE_TRY(Add(income, report.extra_contributions));
  report.reserves_carried_forward = income - report.total.forecast;
  if (!report.review_lines_over.empty() && report.total.variance < 0) {
    report.shortfall = -report.total.variance;
    report.shortfall_uncovered = std::max<Pence>(0, *report.shortfall - report.extra_contributions);
  }
  return report;
}

}  // namespace assure::domain
