#include "domain/finance/budget.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

#include "domain/enum_names.h"
#include "domain/text_rules.h"

namespace assure::domain {
namespace {

constexpr std::array<std::pair<LineCategory, std::string_view>, 7> kCategories{{
    {LineCategory::kBusinessTeam, "business_team"},
    {LineCategory::kChairAndScrutineer, "chair_and_scrutineer"},
    {LineCategory::kIndependentReviewers, "independent_reviewers"},
    {LineCategory::kWebsite, "website"},
    {LineCategory::kProceduresPlatform, "procedures_platform"},
    {LineCategory::kTraining, "training"},
    {LineCategory::kOther, "other"},
}};
constexpr std::array<std::pair<LineCategory, std::string_view>, 7> kCategoryLabels{{
    {LineCategory::kBusinessTeam, "Business team"},
    {LineCategory::kChairAndScrutineer, "Independent chair and scrutineer"},
    {LineCategory::kIndependentReviewers, "Independent reviewers"},
    {LineCategory::kWebsite, "Website"},
    {LineCategory::kProceduresPlatform, "Procedures platform"},
    {LineCategory::kTraining, "Training"},
    {LineCategory::kOther, "Other"},
}};
constexpr std::array<LineCategory, 7> kAllCategories{LineCategory::kBusinessTeam,
                                                     LineCategory::kChairAndScrutineer,
                                                     LineCategory::kIndependentReviewers,
                                                     LineCategory::kWebsite,
                                                     LineCategory::kProceduresPlatform,
                                                     LineCategory::kTraining,
                                                     LineCategory::kOther};

constexpr std::array<std::pair<EntryKind, std::string_view>, 2> kKinds{{
    {EntryKind::kCommitment, "commitment"},
    {EntryKind::kActual, "actual"},
}};

core::Status CheckInYear(std::string_view field, CivilDate day, BudgetYear year) {
  if (!day.ok() || day < FirstDay(year) || LastDay(year) < day) {
    return core::Error::InvalidInput(
        std::string{field},
        "The date must fall in " + BudgetYearName(year) + " (1 April to 31 March).");
  }
  return core::Ok();
}

}  // namespace

std::optional<BudgetYear> ParseBudgetYear(std::string_view text) {
  if (text.size() != 7 || text[4] != '-') return std::nullopt;
  int start = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    start = start * 10 + (text[i] - '0');
  }
  if (text[5] < '0' || text[5] > '9' || text[6] < '0' || text[6] > '9') return std::nullopt;
  const int end = (text[5] - '0') * 10 + (text[6] - '0');
  if (start < 2000 || start > 2098 || end != (start + 1) % 100) return std::nullopt;
  return BudgetYear{start};
}

std::string BudgetYearName(BudgetYear year) {
  const int end = (year.start_year + 1) % 100;
  return std::to_string(year.start_year) + "-" + (end < 10 ? "0" : "") + std::to_string(end);
}

CivilDate FirstDay(BudgetYear year) {
  return CivilDate{std::chrono::year{year.start_year}, std::chrono::April, std::chrono::day{1}};
}

CivilDate LastDay(BudgetYear year) {
  return CivilDate{std::chrono::year{year.start_year + 1}, std::chrono::March,
                   std::chrono::day{31}};
}

BudgetYear BudgetYearOf(CivilDate day) {
  const int year = static_cast<int>(day.year());
  return BudgetYear{day.month() >= std::chrono::April ? year : year - 1};
}

std::string_view LineCategoryName(LineCategory category) {
  return NameOf<LineCategory>(kCategories, category);
}
std::optional<LineCategory> ParseLineCategory(std::string_view name) {
  return ParseName<LineCategory>(kCategories, name);
}
std::string_view LineCategoryLabel(LineCategory category) {
  return NameOf<LineCategory>(kCategoryLabels, category);
}
std::span<const LineCategory> AllLineCategories() { return kAllCategories; }

std::string_view EntryKindName(EntryKind kind) { return NameOf<EntryKind>(kKinds, kind); }
std::optional<EntryKind> ParseEntryKind(std::string_view name) {
  return ParseName<EntryKind>(kKinds, name);
}

core::Status ValidateContribution(const Contribution& contribution, BudgetYear year) {
  if (contribution.agency_id <= 0) {
    return core::Error::InvalidInput("agency_id", "Choose the partner agency.");
  }
  if (contribution.agreed <= 0 || contribution.agreed > kMaxEntryPence) {
    return core::Error::InvalidInput("agreed", "Enter the amount agreed, more than £0.00.");
  }
  if (contribution.received < 0 || contribution.received > kMaxEntryPence) {
    return core::Error::InvalidInput("received",
                                     "The amount received must be from £0.00 to £10,000,000,000.");
  }
  if (contribution.received > 0 && !contribution.received_on) {
    return core::Error::InvalidInput("received_on", "Enter the date the money was received.");
  }
  if (contribution.received_on && contribution.received == 0) {
    return core::Error::InvalidInput("received", "Enter the amount received on that date.");
  }
  if (contribution.invoiced_on && contribution.received_on &&
      *contribution.received_on < *contribution.invoiced_on) {
    return core::Error::InvalidInput("received_on",
                                     "The money cannot be received before it was invoiced.");
  }
  if (contribution.invoiced_on) {
    // Invoices may go out before the year starts (in the spring budget round), not after it.
    if (LastDay(year) < *contribution.invoiced_on) {
      return core::Error::InvalidInput("invoiced_on", "The invoice date is after the year.");
    }
  }
  return ValidateLongText("note", contribution.note, 500, /*required=*/false);
}

core::Status ValidateBudgetLine(const BudgetLine& line) {
  ASSURE_TRY(ValidateName("name", line.name));
  if (line.budget < 0 || line.budget > kMaxEntryPence) {
    return core::Error::InvalidInput("budget", "The budget must be from £0.00 to £10,000,000,000.");
  }
  return core::Ok();
}

core::Status ValidateEntry(const LedgerEntry& entry, BudgetYear year,
                           const std::vector<LedgerEntry>& existing) {
  ASSURE_TRY(CheckInYear("on", entry.on, year));
  if (entry.amount == 0 || entry.amount > kMaxEntryPence || entry.amount < -kMaxEntryPence) {
    return core::Error::InvalidInput("amount", "Enter an amount other than £0.00.");
  }
  ASSURE_TRY(ValidateName("reference", entry.reference));
  std::size_t characters = 0;
  for (std::string_view rest = entry.reference; !rest.empty(); ++characters) {
    rest.remove_prefix(std::max<std::size_t>(1, PrintableCharacterLength(rest)));
  }
  if (characters > 60) {
    return core::Error::InvalidInput("reference", "A reference is at most 60 characters.");
  }
  ASSURE_TRY(ValidateLongText("description", entry.description, 500, /*required=*/false));
  if (!entry.corrects) {
    if (entry.amount < 0) {
      return core::Error::InvalidInput(
          "amount", "A negative amount corrects an earlier entry: choose the entry it corrects.");
    }
    return core::Ok();
  }
  const LedgerEntry* original = nullptr;
  Pence standing = 0;  // the original with every correction of it so far
  for (const LedgerEntry& other : existing) {
    if (other.id == *entry.corrects) original = &other;
    if (other.id == *entry.corrects || other.corrects == entry.corrects) standing += other.amount;
  }
  if (original == nullptr || original->line_id != entry.line_id || original->kind != entry.kind ||
      original->corrects) {
    return core::Error::InvalidInput(
        "corrects", "Choose an original entry of the same line and kind to correct.");
  }
  if (original->case_id != entry.case_id) {
    return core::Error::InvalidInput(
        "case_id", "A correction names the same review as the entry it corrects.");
  }
  if (standing + entry.amount < 0) {
    return core::Error::InvalidInput("amount", "A correction cannot take an entry below £0.00.");
  }
  return core::Ok();
}

}  // namespace assure::domain
