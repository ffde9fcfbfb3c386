// The budget report's figures: a worked year of three lines, the shortfall's two conditions taken
// one at a time, and a property over 200 seeded random years: every figure is an exact sum of the
// entries, to the penny, and the report's identities hold. Fictional data only.
#include "domain/finance/budget_report.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace assure::domain {
namespace {

constexpr BudgetYear k2025{2025};

LedgerEntry Entry(LedgerEntryId id, BudgetLineId line, EntryKind kind, Pence amount,
                  std::optional<CaseId> case_id = std::nullopt,
                  std::optional<LedgerEntryId> corrects = std::nullopt) {
  LedgerEntry entry;
  entry.id = id;
  entry.line_id = line;
  entry.kind = kind;
  entry.on = FirstDay(k2025);
  entry.amount = amount;
  entry.reference = "PO-" + std::to_string(id);
  entry.case_id = case_id;
  entry.corrects = corrects;
  return entry;
}

Contribution Agreed(AgencyId agency, Pence agreed, Pence received = 0, bool extra = false) {
  Contribution contribution;
  contribution.agency_id = agency;
  contribution.agreed = agreed;
  contribution.received = received;
  contribution.extra = extra;
  return contribution;
}

constexpr auto kActual = EntryKind::kActual;
constexpr auto kCommitment = EntryKind::kCommitment;

// Business team £120,000, independent reviewers £30,000 and training £15,000; statutory partners
// 10 and 20 (and 50, which pays nothing this year); £7,500 brought forward.
BudgetReport WorkedExample() {
  const std::vector<BudgetLine> lines{
      {1, LineCategory::kBusinessTeam, "Business team", 12000000},
      {2, LineCategory::kIndependentReviewers, "Independent reviewers", 3000000},
      {3, LineCategory::kTraining, "Training", 1500000}};
  const std::vector<LedgerEntry> entries{
      Entry(1, 1, kActual, 5000000),
      Entry(2, 1, kActual, 4000000),
      Entry(3, 1, kCommitment, 2500000),
      Entry(4, 2, kActual, 1800000, 7),
      Entry(5, 2, kCommitment, 1000000, 8),
      Entry(6, 2, kActual, 300000),
      Entry(7, 2, kActual, -200000, 7, 4),  // a review's invoice corrected
      Entry(8, 3, kCommitment, 600000),
      Entry(9, 3, kActual, 400000),
      Entry(10, 3, kCommitment, -100000, std::nullopt, 8),
      Entry(11, 99, kActual, 99999)};  // a line not in the report: not counted
  const std::vector<Contribution> contributions{
      Agreed(30, 6000000),          Agreed(10, 5000000, 5000000), Agreed(40, 2500000),
      Agreed(20, 2000000, 1000000), Agreed(20, 1000000),          Agreed(30, 200000, 200000, true),
      Agreed(60, 100000, 0, true)};
  auto report = ComputeBudgetReport(k2025, lines, entries, contributions, {10, 20, 50}, 750000);
  EXPECT_TRUE(report.ok());
  return report.ok() ? *report : BudgetReport{};
}

// Actuals, commitments, forecast, variance and review costs.
std::vector<Pence> Figures(const LineFigures& f) {
  return {f.actuals, f.commitments, f.forecast, f.variance, f.review_costs};
}

TEST(BudgetReportTest, WorkedExampleLines) {
  const BudgetReport report = WorkedExample();
  EXPECT_EQ(report.year, k2025);
  ASSERT_EQ(report.lines.size(), 3U);
  EXPECT_EQ(report.lines[0].line.name, "Business team");
  EXPECT_EQ(Figures(report.lines[0]), (std::vector<Pence>{9000000, 2500000, 11500000, 500000, 0}));
  // Actuals £18,000 + £3,000 - £2,000; review costs those linked to cases 7 and 8.
  EXPECT_EQ(report.lines[1].line.id, 2);
  EXPECT_EQ(Figures(report.lines[1]),
            (std::vector<Pence>{1900000, 1000000, 2900000, 100000, 2600000}));
  // Commitments £6,000 less a £1,000 correction.
  EXPECT_EQ(Figures(report.lines[2]), (std::vector<Pence>{400000, 500000, 900000, 600000, 0}));
  EXPECT_EQ(report.total.line.name, "Total");
  EXPECT_EQ(report.total.line.budget, 16500000);
  EXPECT_EQ(Figures(report.total),
            (std::vector<Pence>{11300000, 4000000, 15300000, 1200000, 2600000}));
  EXPECT_TRUE(report.review_lines_over.empty());
  EXPECT_EQ(report.shortfall, std::nullopt);
  EXPECT_EQ(report.shortfall_uncovered, 0);
}

TEST(BudgetReportTest, WorkedExampleSharesAndReserves) {
  const BudgetReport report = WorkedExample();
  EXPECT_EQ(report.contributions_agreed, 16500000);  // extra contributions not included
  EXPECT_EQ(report.contributions_received, 6200000);
  EXPECT_EQ(report.extra_contributions, 300000);
  EXPECT_EQ(report.reserves_carried_forward, 2250000);  // £7,500 + £165,000 + £3,000 - £153,000
  // Statutory 10 and 20 first although 30 agreed more; 60 paid only an extra contribution. The
  // shares, each rounded on its own, make 99.99%.
  using Share = std::tuple<AgencyId, bool, std::optional<std::int64_t>>;
  std::vector<Share> shares;
  for (const PartnerShare& share : report.shares) {
    shares.emplace_back(share.agency_id, share.statutory, share.share_basis_points);
  }
  const std::vector<Share> expected{
      {10, true, 3030}, {20, true, 1818}, {30, false, 3636}, {40, false, 1515}, {60, false, 0}};
  ASSERT_EQ(shares, expected);
  EXPECT_EQ(report.shares[1].agreed, 3000000);  // two contributions of partner 20
  EXPECT_EQ(report.shares[1].received, 1000000);
  EXPECT_EQ(report.shares[2].agreed, 6000000);  // the extra £2,000 kept apart
  EXPECT_EQ(report.shares[2].extra, 200000);
  EXPECT_EQ(report.shares[2].received, 200000);
  EXPECT_EQ(report.shares[4].agreed, 0);
  EXPECT_EQ(report.shares[4].extra, 100000);
}

TEST(BudgetReportTest, EqualSharesAreOrderedByAgencyAndNoContributionsHaveNoShare) {
  auto report = ComputeBudgetReport(
      k2025, {}, {}, {Agreed(7, 100), Agreed(3, 100), Agreed(5, 100), Agreed(9, 200)}, {7}, 0);
  ASSERT_TRUE(report.ok());
  std::vector<AgencyId> order;
  for (const PartnerShare& share : report->shares) order.push_back(share.agency_id);
  EXPECT_EQ(order, (std::vector<AgencyId>{7, 9, 3, 5}));
  report = ComputeBudgetReport(k2025, {}, {}, {Agreed(7, 100, 0, true)}, {}, -5000);
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->shares.size(), 1U);
  EXPECT_EQ(report->shares[0].share_basis_points, std::nullopt);  // nothing agreed to share
  EXPECT_EQ(report->reserves_carried_forward, -4900);
}

// Independent reviewers (line 1) and business team (line 2), with £500 of extra contributions.
BudgetReport Overrun(Pence reviewers_budget, Pence reviewers_spent, Pence business_budget,
                     Pence business_spent, Pence extra = 50000) {
  const std::vector<BudgetLine> lines{
      {1, LineCategory::kIndependentReviewers, "Independent reviewers", reviewers_budget},
      {2, LineCategory::kBusinessTeam, "Business team", business_budget}};
  const std::vector<LedgerEntry> entries{
      Entry(1, 1, kActual, reviewers_spent / 2, 4),
      Entry(2, 1, kCommitment, reviewers_spent - reviewers_spent / 2, 5),
      Entry(3, 2, kActual, business_spent)};
  auto report = ComputeBudgetReport(k2025, lines, entries, {Agreed(10, extra, 0, true)}, {10}, 0);
  EXPECT_TRUE(report.ok());
  return report.ok() ? *report : BudgetReport{};
}

TEST(BudgetReportTest, AShortfallNeedsReviewLinesOverAndTheTotalOver) {
  // Reviewers over their line (commitments count), but the total is within budget.
  BudgetReport report = Overrun(1000000, 1200000, 5000000, 3000000);
  EXPECT_EQ(report.lines[0].variance, -200000);  // negative: an overspend
  EXPECT_EQ(report.review_lines_over, (std::vector<BudgetLineId>{1}));
  EXPECT_EQ(report.total.variance, 1800000);
  EXPECT_EQ(report.shortfall, std::nullopt);
  EXPECT_EQ(report.shortfall_uncovered, 0);
  // The total over budget, but not because of reviews.
  report = Overrun(1000000, 900000, 5000000, 6000000);
  EXPECT_TRUE(report.review_lines_over.empty());
  EXPECT_EQ(report.total.variance, -900000);
  EXPECT_EQ(report.shortfall, std::nullopt);
  // Both: £7,000 over in total, £500 of it met by extra contributions.
  report = Overrun(1000000, 2000000, 5000000, 4700000);
  EXPECT_EQ(report.review_lines_over, (std::vector<BudgetLineId>{1}));
  EXPECT_EQ(report.total.variance, -700000);
  EXPECT_EQ(report.shortfall, 700000);
  EXPECT_EQ(report.shortfall_uncovered, 650000);
  EXPECT_EQ(Overrun(1000000, 2000000, 5000000, 4700000, 700000).shortfall_uncovered, 0);
  EXPECT_EQ(Overrun(1000000, 2000000, 5000000, 4700000, 2000000).shortfall_uncovered, 0);
  EXPECT_EQ(Overrun(1000000, 2000000, 5000000, 4700000, 699999).shortfall_uncovered, 1);
}

TEST(BudgetReportTest, SpendingExactlyTheBudgetIsNotAnOverrun) {
  BudgetReport report = Overrun(1000000, 1000000, 5000000, 5000000);
  EXPECT_TRUE(report.review_lines_over.empty());
  EXPECT_EQ(report.total.variance, 0);
  EXPECT_EQ(report.shortfall, std::nullopt);
  report = Overrun(1000000, 1000001, 5000000, 4999999);  // reviewers over, total exactly on
  EXPECT_EQ(report.review_lines_over, (std::vector<BudgetLineId>{1}));
  EXPECT_EQ(report.shortfall, std::nullopt);
  report = Overrun(1000000, 1000001, 5000000, 5000000);
  EXPECT_EQ(report.shortfall, 1);
  // A line of another category is never a review line, whatever its name.
  auto other = ComputeBudgetReport(k2025, {{1, LineCategory::kOther, "Independent reviewers", 100}},
                                   {Entry(1, 1, kActual, 200, 4)}, {}, {}, 0);
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->review_lines_over.empty());
  EXPECT_EQ(other->shortfall, std::nullopt);
}

TEST(BudgetReportTest, SumsThatWouldOverflowAreRefused) {
  const Pence big = std::numeric_limits<Pence>::max() / 2 + 1;
  const auto report =
      ComputeBudgetReport(k2025, {{1, LineCategory::kTraining, "Training", 0}},
                          {Entry(1, 1, kActual, big), Entry(2, 1, kActual, big)}, {}, {}, 0);
  ASSERT_FALSE(report.ok());
  EXPECT_EQ(report.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(report.error().field, "amount");
}

struct RandomYear {
  BudgetYear year;
  std::vector<BudgetLine> lines;
  std::vector<LedgerEntry> entries;
  std::vector<Contribution> contributions;
  std::vector<AgencyId> statutory;
  Pence brought_forward = 0;
};

Pence Uniform(std::mt19937_64& random, Pence low, Pence high) {
  return std::uniform_int_distribution<Pence>{low, high}(random);
}

std::size_t Index(std::mt19937_64& random, std::size_t size) {
  return static_cast<std::size_t>(Uniform(random, 0, static_cast<Pence>(size) - 1));
}

constexpr BudgetLineId kNoLine = 99999;  // some entries name a line not in the report

RandomYear MakeYear(std::mt19937_64& random) {
  RandomYear y;
  y.year = BudgetYear{static_cast<int>(Uniform(random, 2000, 2098))};
  const auto categories = AllLineCategories();
  const Pence line_count = Uniform(random, 1, 20);
  const Pence entry_count = Uniform(random, 0, 2000);
  // Budgets around what the entries spend on a line, so that about half the lines overrun.
  const Pence typical = std::max<Pence>(100, entry_count * 4000000 / line_count);
  for (Pence i = 0; i < line_count; ++i) {
    y.lines.push_back({100 + 7 * i, categories[Index(random, categories.size())],
                       "Line " + std::to_string(i), Uniform(random, 0, 2 * typical)});
  }
  const int days = DaysBetween(FirstDay(y.year), LastDay(y.year));
  std::map<LedgerEntryId, Pence> standing;  // each original with its corrections so far
  std::vector<LedgerEntryId> originals;
  y.entries.reserve(static_cast<std::size_t>(entry_count));
  for (LedgerEntryId id = 1; id <= entry_count; ++id) {
    LedgerEntry entry;
    entry.id = id;
    entry.on = AddDays(FirstDay(y.year), static_cast<int>(Uniform(random, 0, days)));
    entry.reference = "INV-" + std::to_string(id);
    const Pence roll = Uniform(random, 0, 99);
    std::optional<LedgerEntryId> corrects;  // a fifth correct an original, a few of them upwards
    if (roll < 20 && !originals.empty()) {
      const LedgerEntryId pick = originals[Index(random, originals.size())];
      if (roll < 3 || standing[pick] > 0) corrects = pick;
    }
    if (corrects) {
      const LedgerEntryId corrected = *corrects;
      const LedgerEntry& original = y.entries[static_cast<std::size_t>(corrected - 1)];
      entry.line_id = original.line_id;
      entry.kind = original.kind;
      entry.case_id = original.case_id;
      entry.corrects = corrected;
      entry.amount =
          roll < 3 ? Uniform(random, 1, 100000) : -Uniform(random, 1, standing[corrected]);
      standing[corrected] += entry.amount;
    } else {
      entry.line_id = roll < 23 ? kNoLine : y.lines[Index(random, y.lines.size())].id;
      entry.kind = Uniform(random, 0, 1) == 0 ? kActual : kCommitment;
      entry.amount = Uniform(random, 1, 10000000);  // up to £100,000
      if (Uniform(random, 0, 2) == 0) entry.case_id = Uniform(random, 1, 40);
      standing[id] = entry.amount;
      originals.push_back(id);
    }
    const core::Status valid = ValidateEntry(entry, y.year, y.entries);
    if (!valid.ok()) ADD_FAILURE() << "entry " << id << ": " << valid.error().message;
    y.entries.push_back(entry);
  }
  const Pence agencies = Uniform(random, 0, 8);
  for (AgencyId agency = 1; agency <= agencies; ++agency) {
    if (Uniform(random, 0, 1) == 0) y.statutory.push_back(agency);
    for (Pence n = Uniform(random, 1, 3); n > 0; --n) {
      y.contributions.push_back(Agreed(agency, Uniform(random, 1, 20000000),
                                       Uniform(random, 0, 1000000), Uniform(random, 0, 5) == 0));
    }
  }
  y.brought_forward = Uniform(random, -100000000, 100000000);
  return y;
}

struct Sums {
  Pence actuals = 0;
  Pence commitments = 0;
  Pence review_costs = 0;
};

TEST(BudgetReportPropertyTest, EveryFigureIsTheSumOfItsEntriesToThePenny) {
  std::mt19937_64 random{20260331};
  std::map<std::pair<bool, bool>, int> seen;  // years by (review lines over, total over)
  for (int trial = 0; trial < 200; ++trial) {
    const RandomYear y = MakeYear(random);
    const auto computed = ComputeBudgetReport(y.year, y.lines, y.entries, y.contributions,
                                              y.statutory, y.brought_forward);
    ASSERT_TRUE(computed.ok()) << trial;
    const BudgetReport& report = *computed;
    SCOPED_TRACE("trial " + std::to_string(trial));
    // Each line's figures, summed independently entry by entry.
    std::map<BudgetLineId, Sums> sums;
    for (const LedgerEntry& entry : y.entries) {
      Sums& line = sums[entry.line_id];
      (entry.kind == kActual ? line.actuals : line.commitments) += entry.amount;
      if (entry.case_id) line.review_costs += entry.amount;
    }
    ASSERT_EQ(report.lines.size(), y.lines.size());
    LineFigures total;
    for (std::size_t i = 0; i < y.lines.size(); ++i) {
      const LineFigures& line = report.lines[i];
      ASSERT_EQ(line.line.id, y.lines[i].id);
      const Sums& sum = sums[line.line.id];
      const Pence forecast = sum.actuals + sum.commitments;
      EXPECT_EQ(Figures(line), (std::vector<Pence>{sum.actuals, sum.commitments, forecast,
                                                   line.line.budget - forecast, sum.review_costs}));
      EXPECT_GE(std::min(line.actuals, line.commitments), 0);  // no entry corrected below 0
      total.line.budget += line.line.budget;
      total.actuals += line.actuals;
      total.commitments += line.commitments;
      total.forecast += line.forecast;
      total.review_costs += line.review_costs;
    }
    total.variance = total.line.budget - total.forecast;
    EXPECT_EQ(report.total.line.budget, total.line.budget);
    EXPECT_EQ(Figures(report.total), Figures(total));
    EXPECT_EQ(report.total.forecast, report.total.actuals + report.total.commitments);
    Pence all_entries = 0;
    for (const LedgerEntry& entry : y.entries) all_entries += entry.amount;
    EXPECT_EQ(report.total.forecast + sums[kNoLine].actuals + sums[kNoLine].commitments,
              all_entries);
    // Contributions, shares and reserves.
    Pence agreed = 0;
    Pence extra = 0;
    Pence received = 0;
    for (const Contribution& c : y.contributions) {
      (c.extra ? extra : agreed) += c.agreed;
      received += c.received;
    }
    EXPECT_EQ(report.contributions_agreed, agreed);
    EXPECT_EQ(report.extra_contributions, extra);
    EXPECT_EQ(report.contributions_received, received);
    EXPECT_EQ(report.reserves_carried_forward,
              y.brought_forward + agreed + extra - report.total.forecast);
    Pence share_agreed = 0;
    Pence share_extra = 0;
    std::int64_t basis_points = 0;
    const std::set<AgencyId> statutory(y.statutory.begin(), y.statutory.end());
    for (std::size_t i = 0; i < report.shares.size(); ++i) {
      const PartnerShare& share = report.shares[i];
      share_agreed += share.agreed;
      share_extra += share.extra;
      EXPECT_EQ(share.statutory, statutory.contains(share.agency_id));
      if (agreed > 0) basis_points += share.share_basis_points.value_or(-1000000);
    }
    EXPECT_EQ(share_agreed, agreed);
    // Statutory partners first, then the largest agreed first, then by agency.
    EXPECT_TRUE(std::is_sorted(report.shares.begin(), report.shares.end(), [](auto& a, auto& b) {
      return std::tuple{!a.statutory, -a.agreed, a.agency_id} <
             std::tuple{!b.statutory, -b.agreed, b.agency_id};
    }));
    EXPECT_EQ(share_extra, extra);
    if (agreed > 0) {  // each share is rounded by at most half a basis point
      EXPECT_LE(std::abs(basis_points - 10000),
                static_cast<std::int64_t>(report.shares.size()) / 2);
    }
    // The shortfall.
    std::vector<BudgetLineId> over;
    for (const LineFigures& line : report.lines) {
      if (line.line.category == LineCategory::kIndependentReviewers && line.variance < 0) {
        over.push_back(line.line.id);
      }
    }
    EXPECT_EQ(report.review_lines_over, over);
    ++seen[{!over.empty(), report.total.variance < 0}];
    if (!over.empty() && report.total.variance < 0) {
      EXPECT_EQ(report.shortfall, -report.total.variance);
      EXPECT_EQ(report.shortfall_uncovered, std::max<Pence>(0, -report.total.variance - extra));
    } else {
      EXPECT_EQ(report.shortfall, std::nullopt);
      EXPECT_EQ(report.shortfall_uncovered, 0);
    }
  }
  for (const bool reviews_over : {false, true}) {  // every case of the shortfall's rule was met
    EXPECT_GT((seen[{reviews_over, false}]), 5);
    EXPECT_GT((seen[{reviews_over, true}]), 5);
  }
}

}  // namespace
}  // namespace assure::domain
