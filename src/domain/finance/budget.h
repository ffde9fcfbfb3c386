// The pooled budget (DOMAIN.md, area 6) of one financial year (April to March, "2025-26"): the
// partners' contributions, the budget lines by category, and the dated entries against each line
// (commitments and actual spending), some of them the cost of a review linked to its case. Nothing
// is deleted: a wrong entry is reversed by a correcting one (a negative amount naming the entry it
// corrects). Amounts are pence (money.h). Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/finance/money.h"
#include "domain/ids.h"

namespace assure::domain {

using BudgetLineId = std::int64_t;
using LedgerEntryId = std::int64_t;
using ContributionId = std::int64_t;

// The financial year starting on 1 April of `start_year`: "2025-26".
struct BudgetYear {
  int start_year = 0;
  friend bool operator==(const BudgetYear&, const BudgetYear&) = default;
  friend auto operator<=>(const BudgetYear&, const BudgetYear&) = default;
};
// "2025-26" (the second part is the next year's last two digits); nullopt for anything else,
// or years outside 2000..2098.
std::optional<BudgetYear> ParseBudgetYear(std::string_view text);
std::string BudgetYearName(BudgetYear year);
CivilDate FirstDay(BudgetYear year);  // 1 April
CivilDate LastDay(BudgetYear year);   // 31 March of the next year
BudgetYear BudgetYearOf(CivilDate day);

// The budget's usual categories; any other line is "other", named by the line's own name.
enum class LineCategory {
  kBusinessTeam,
  kChairAndScrutineer,
  kIndependentReviewers,
  kWebsite,
  kProceduresPlatform,
  kTraining,
  kOther,  // named by the line's own name
};
// "business_team", "chair_and_scrutineer", "independent_reviewers", "website",
// "procedures_platform", "training", "other".
std::string_view LineCategoryName(LineCategory category);
std::optional<LineCategory> ParseLineCategory(std::string_view name);
std::string_view LineCategoryLabel(LineCategory category);  // "Independent chair and scrutineer"
std::span<const LineCategory> AllLineCategories();

struct Contribution {
  ContributionId id = 0;
  AgencyId agency_id = 0;
  Pence agreed = 0;  // > 0
  std::optional<CivilDate> invoiced_on;
  std::optional<CivilDate> received_on;
  Pence received = 0;  // 0 until received; may differ from agreed
  // An extra contribution the Executive agreed to meet a shortfall (not the partner's share).
  bool extra = false;
  std::string note;
};

struct BudgetLine {
  BudgetLineId id = 0;
  LineCategory category = LineCategory::kOther;
  std::string name;  // 1..200 characters, unique within the year
  Pence budget = 0;  // >= 0
};

enum class EntryKind { kCommitment, kActual };
std::string_view EntryKindName(EntryKind kind);  // "commitment", "actual"
std::optional<EntryKind> ParseEntryKind(std::string_view name);

struct LedgerEntry {
  LedgerEntryId id = 0;
  BudgetLineId line_id = 0;
  EntryKind kind = EntryKind::kActual;
  CivilDate on;
  Pence amount = 0;                       // not 0; negative only to correct an earlier entry
  std::string reference;                  // invoice or order number: 1..60 characters
  std::string description;                // up to 500 characters
  std::optional<CaseId> case_id;          // the review whose cost it is
  std::optional<LedgerEntryId> corrects;  // the entry it reverses or corrects
};

// Fields "agency_id", "agreed", "received", "received_on", "invoiced_on".
core::Status ValidateContribution(const Contribution& contribution, BudgetYear year);
// Fields "name", "budget".
core::Status ValidateBudgetLine(const BudgetLine& line);
// Fields "on" (within the year), "amount", "reference", "description", "corrects" (a correcting
// entry names an entry of the same line and kind and does not take it below zero).
core::Status ValidateEntry(const LedgerEntry& entry, BudgetYear year,
                           const std::vector<LedgerEntry>& existing);

}  // namespace assure::domain
