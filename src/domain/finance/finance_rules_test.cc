// Money and the pooled budget's rules: pence shown and read back exactly (a seeded round trip over
// many amounts), sums that refuse to overflow, shares in basis points rounded half up, financial
// year names and days, and every contribution, line and entry rule naming the field at fault,
// corrections included. Fictional data only.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "domain/finance/budget.h"
#include "domain/finance/money.h"

namespace assure::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

constexpr Pence kMin = std::numeric_limits<Pence>::min();
constexpr Pence kMax = std::numeric_limits<Pence>::max();
constexpr BudgetYear k2025{2025};

CivilDate D(int y, unsigned m, unsigned d) { return CivilDate{year{y}, month{m}, day{d}}; }

std::string FieldOf(const core::Status& status) {
  return status.ok() ? "ok" : status.error().field;
}

// The field named when `text` is refused as the field "agreed"; "ok" when it is accepted.
std::string RefusedField(std::string_view text) {
  const auto parsed = ParseMoney("agreed", text);
  if (parsed.ok()) return "ok";
  EXPECT_EQ(parsed.error().code, core::ErrorCode::kInvalidInput) << text;
  return parsed.error().field;
}

TEST(MoneyTest, FormatsPoundsWithThousandsSeparators) {
  EXPECT_EQ(FormatMoney(0), "£0.00");
  EXPECT_EQ(FormatMoney(5), "£0.05");
  EXPECT_EQ(FormatMoney(100), "£1.00");
  EXPECT_EQ(FormatMoney(100000), "£1,000.00");
  EXPECT_EQ(FormatMoney(123456), "£1,234.56");
  EXPECT_EQ(FormatMoney(12345678), "£123,456.78");
  EXPECT_EQ(FormatMoney(100000000), "£1,000,000.00");
  EXPECT_EQ(FormatMoney(kMaxEntryPence), "£10,000,000,000.00");
  EXPECT_EQ(FormatMoney(-1200), "-£12.00");
  EXPECT_EQ(FormatMoney(-123456), "-£1,234.56");
}

TEST(MoneyTest, PlainFormAndTheExtremesOfSixtyFourBits) {
  EXPECT_EQ(FormatMoney(kMax), "£92,233,720,368,547,758.07");
  EXPECT_EQ(FormatMoney(kMin), "-£92,233,720,368,547,758.08");
  EXPECT_EQ(PlainMoney(kMax), "92233720368547758.07");
  EXPECT_EQ(PlainMoney(kMin), "-92233720368547758.08");
  EXPECT_EQ(PlainMoney(0), "0.00");
  EXPECT_EQ(PlainMoney(123456), "1234.56");
  EXPECT_EQ(PlainMoney(-5), "-0.05");
  EXPECT_EQ(PlainMoney(100000000), "1000000.00");
}

struct Accepted {
  std::string_view text;
  Pence pence;
};
constexpr Accepted kAccepted[] = {{"1234.56", 123456}, {"1,234.56", 123456},  {"£1,234", 123400},
                                  {"1234.5", 123450},  {"0.05", 5},           {"0", 0},
                                  {"12", 1200},        {"-12.00", -1200},     {"-£12.00", -1200},
                                  {" 12 ", 1200},      {"12,345.67", 1234567}};
constexpr Accepted kAcceptedLarge[] = {{"123,456,789.01", 12345678901},
                                       {"10,000,000,000", kMaxEntryPence},
                                       {"-10000000000.00", -kMaxEntryPence}};

constexpr std::string_view kRefusedShapes[] = {"",      " ",   "abc",  "1e3",   "£",    "-",
                                               "-£",    "+12", "--12", "£-12",  "12£",  "1 234",
                                               "1.234", "12.", ".5",   "1.2.3", "12.3a"};
constexpr std::string_view kRefusedGroups[] = {"12,34",  "1,2345",   ",123",
                                               "1,,234", "1234,567", "123,"};
constexpr std::string_view kRefusedLarge[] = {"10,000,000,000.01", "10000000001", "-10000000000.01",
                                              "99999999999999999999"};

TEST(MoneyTest, ReadsPoundsAsPeopleTypeThem) {
  for (const auto& accepted :
       {std::span<const Accepted>{kAccepted}, std::span<const Accepted>{kAcceptedLarge}}) {
    for (const auto& [text, pence] : accepted) {
      const auto parsed = ParseMoney("amount", text);
      ASSERT_TRUE(parsed.ok()) << text;
      EXPECT_EQ(*parsed, pence) << text;
    }
  }
}

TEST(MoneyTest, RefusesAnythingElseNamingTheFieldGiven) {
  using Texts = std::span<const std::string_view>;
  for (const Texts refused : {Texts{kRefusedShapes}, Texts{kRefusedGroups}, Texts{kRefusedLarge}}) {
    for (const std::string_view text : refused) EXPECT_EQ(RefusedField(text), "agreed") << text;
  }
  const auto budget = ParseMoney("budget", "1.234");
  ASSERT_FALSE(budget.ok());
  EXPECT_EQ(budget.error().field, "budget");
  EXPECT_FALSE(budget.error().message.empty());
}

// Every amount an entry may hold reads back from both of its shown forms: each of -£10.00 to
// £10.00, the limits, and 10,000 seeded random amounts (a quarter of them under £1,000).
TEST(MoneyTest, BothFormsReadBackExactlyOverManyAmounts) {
  std::vector<Pence> amounts{kMaxEntryPence, -kMaxEntryPence, kMaxEntryPence - 1};
  for (Pence pence = -1000; pence <= 1000; ++pence) amounts.push_back(pence);
  std::mt19937_64 random{20250401};
  std::uniform_int_distribution<Pence> any{-kMaxEntryPence, kMaxEntryPence};
  std::uniform_int_distribution<Pence> small{-100000, 100000};
  for (int i = 0; i < 10000; ++i) amounts.push_back(i % 4 == 0 ? small(random) : any(random));
  for (const Pence amount : amounts) {
    const auto plain = ParseMoney("amount", PlainMoney(amount));
    ASSERT_TRUE(plain.ok()) << PlainMoney(amount);
    ASSERT_EQ(*plain, amount) << PlainMoney(amount);
    const auto shown = ParseMoney("amount", FormatMoney(amount));
    ASSERT_TRUE(shown.ok()) << FormatMoney(amount);
    ASSERT_EQ(*shown, amount) << FormatMoney(amount);
    // The shown form is the plain form with a pound sign and separators.
    std::string digits;
    for (const char c : FormatMoney(amount)) {
      if (c != ',') digits += c;
    }
    ASSERT_EQ(digits,
              (amount < 0 ? "-£" + PlainMoney(amount).substr(1) : "£" + PlainMoney(amount)));
  }
}

TEST(MoneyTest, AddingRefusesToOverflow) {
  EXPECT_EQ(AddPence(2, 3), 5);
  EXPECT_EQ(AddPence(kMax, kMin), -1);
  EXPECT_EQ(AddPence(kMax - 1, 1), kMax);
  EXPECT_EQ(AddPence(kMax, 1), std::nullopt);
  EXPECT_EQ(AddPence(kMin, -1), std::nullopt);
  EXPECT_EQ(AddPence(kMax, kMax), std::nullopt);
  EXPECT_EQ(*SumPence("total", std::vector<Pence>{}), 0);
  EXPECT_EQ(*SumPence("total", std::vector<Pence>{100, -50, 25}), 75);
  EXPECT_EQ(*SumPence("total", std::vector<Pence>{kMax - 10, 10}), kMax);
  const auto overflow = SumPence("total", std::vector<Pence>{kMax - 10, 5, 6});
  ASSERT_FALSE(overflow.ok());
  EXPECT_EQ(overflow.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(overflow.error().field, "total");
  EXPECT_FALSE(SumPence("spent", std::vector<Pence>{kMin, -1}).ok());
}

TEST(MoneyTest, SharesInBasisPointsRoundHalfUp) {
  EXPECT_EQ(ShareBasisPoints(1, 3), 3333);
  EXPECT_EQ(ShareBasisPoints(2, 3), 6667);
  EXPECT_EQ(ShareBasisPoints(1, 8), 1250);
  EXPECT_EQ(ShareBasisPoints(1, 4), 2500);
  EXPECT_EQ(ShareBasisPoints(0, 100), 0);
  EXPECT_EQ(ShareBasisPoints(100, 100), 10000);
  EXPECT_EQ(ShareBasisPoints(150, 100), 15000);
  EXPECT_EQ(ShareBasisPoints(1, 20000), 1);          // 0.5 rounds up
  EXPECT_EQ(ShareBasisPoints(3, 20000), 2);          // 1.5 rounds up
  EXPECT_EQ(ShareBasisPoints(1, 20001), 0);          // just under 0.5 rounds down
  EXPECT_EQ(ShareBasisPoints(19999, 20000), 10000);  // 9999.5 rounds up
  EXPECT_EQ(ShareBasisPoints(500000000, 1650000000), 3030);
  EXPECT_EQ(ShareBasisPoints(1, 0), std::nullopt);
  EXPECT_EQ(ShareBasisPoints(1, -3), std::nullopt);
  // Wholes so large that remainder * 20,000 would overflow 64 bits.
  EXPECT_EQ(ShareBasisPoints(kMax / 3, kMax), 3333);
  EXPECT_EQ(ShareBasisPoints(kMax / 2, kMax), 5000);
  EXPECT_EQ(ShareBasisPoints(kMax - 1, kMax), 10000);
  EXPECT_EQ(ShareBasisPoints(kMaxEntryPence / 8, kMaxEntryPence), 1250);
}

TEST(MoneyTest, FormatsBasisPointsAsAPercentage) {
  EXPECT_EQ(FormatBasisPoints(2500), "25.00%");
  EXPECT_EQ(FormatBasisPoints(3333), "33.33%");
  EXPECT_EQ(FormatBasisPoints(10000), "100.00%");
  EXPECT_EQ(FormatBasisPoints(5), "0.05%");
  EXPECT_EQ(FormatBasisPoints(-125), "-1.25%");
}

TEST(BudgetYearTest, ReadsAndNamesFinancialYears) {
  EXPECT_EQ(ParseBudgetYear("2025-26"), BudgetYear{2025});
  EXPECT_EQ(ParseBudgetYear("2009-10"), BudgetYear{2009});
  EXPECT_EQ(ParseBudgetYear("2000-01"), BudgetYear{2000});
  EXPECT_EQ(ParseBudgetYear("2098-99"), BudgetYear{2098});
  for (const std::string_view text :
       {"2025-27", "2025/26", "1999-00", "2099-00", "2025-2026", "25-26", "", "2025-26 ",
        " 2025-26", "2O25-26", "2025-2a", "2025-25", "2024-26", "-2025-26"}) {
    EXPECT_EQ(ParseBudgetYear(text), std::nullopt) << text;
  }
  EXPECT_EQ(BudgetYearName(BudgetYear{2025}), "2025-26");
  EXPECT_EQ(BudgetYearName(BudgetYear{2009}), "2009-10");
  for (int start = 2000; start <= 2098; ++start) {
    EXPECT_EQ(ParseBudgetYear(BudgetYearName(BudgetYear{start})), BudgetYear{start});
  }
  EXPECT_LT(BudgetYear{2024}, BudgetYear{2025});
}

TEST(BudgetYearTest, RunsFromTheFirstOfAprilToTheThirtyFirstOfMarch) {
  EXPECT_EQ(FirstDay(k2025), D(2025, 4, 1));
  EXPECT_EQ(LastDay(k2025), D(2026, 3, 31));
  EXPECT_EQ(BudgetYearOf(D(2026, 3, 31)), k2025);
  EXPECT_EQ(BudgetYearOf(D(2026, 4, 1)), BudgetYear{2026});
  EXPECT_EQ(BudgetYearOf(D(2025, 4, 1)), k2025);
  EXPECT_EQ(BudgetYearOf(D(2025, 3, 31)), BudgetYear{2024});
  EXPECT_EQ(BudgetYearOf(D(2026, 1, 1)), k2025);
  for (int start = 2000; start <= 2098; ++start) {
    EXPECT_EQ(BudgetYearOf(FirstDay(BudgetYear{start})), BudgetYear{start});
    EXPECT_EQ(BudgetYearOf(LastDay(BudgetYear{start})), BudgetYear{start});
  }
}

TEST(BudgetNamesTest, CategoriesAndKindsReadBothWays) {
  ASSERT_EQ(AllLineCategories().size(), 7U);
  for (const LineCategory category : AllLineCategories()) {
    EXPECT_EQ(ParseLineCategory(LineCategoryName(category)), category);
    EXPECT_FALSE(LineCategoryLabel(category).empty());
  }
  EXPECT_EQ(LineCategoryName(LineCategory::kIndependentReviewers), "independent_reviewers");
  EXPECT_EQ(LineCategoryName(LineCategory::kProceduresPlatform), "procedures_platform");
  EXPECT_EQ(LineCategoryLabel(LineCategory::kChairAndScrutineer),
            "Independent chair and scrutineer");
  EXPECT_EQ(ParseLineCategory("Website"), std::nullopt);
  for (const EntryKind kind : {EntryKind::kCommitment, EntryKind::kActual}) {
    EXPECT_EQ(ParseEntryKind(EntryKindName(kind)), kind);
  }
  EXPECT_EQ(EntryKindName(EntryKind::kCommitment), "commitment");
  EXPECT_EQ(ParseEntryKind("Actual"), std::nullopt);
}

Contribution ValidContribution() {
  Contribution contribution;
  contribution.agency_id = 10;
  contribution.agreed = 5000000;
  return contribution;
}

TEST(ContributionTest, NamesTheFieldAtFault) {
  Contribution c = ValidContribution();
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "ok");
  c.agency_id = 0;
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "agency_id");
  for (const Pence agreed : {Pence{0}, Pence{-1}, kMaxEntryPence + 1}) {
    c = ValidContribution();
    c.agreed = agreed;
    EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "agreed") << agreed;
  }
  c.agreed = kMaxEntryPence;
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "ok");
  for (const Pence received : {Pence{-1}, kMaxEntryPence + 1}) {
    c = ValidContribution();
    c.received = received;
    c.received_on = D(2025, 5, 1);
    EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "received") << received;
  }
  c = ValidContribution();
  c.received = 100;
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "received_on");
  c.received = 0;
  c.received_on = D(2025, 5, 1);
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "received");
  c.received = 4000000;  // less than agreed is allowed
  c.invoiced_on = D(2025, 5, 2);
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "received_on");
  c.invoiced_on = D(2025, 5, 1);
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "ok");
  c = ValidContribution();
  c.invoiced_on = D(2025, 2, 1);  // in the spring budget round, before the year
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "ok");
  c.invoiced_on = LastDay(k2025);
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "ok");
  c.invoiced_on = D(2026, 4, 1);
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "invoiced_on");
  c = ValidContribution();
  c.note = std::string(500, 'n');
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "ok");
  c.note = std::string(501, 'n');
  EXPECT_EQ(FieldOf(ValidateContribution(c, k2025)), "note");
}

TEST(BudgetLineTest, NamesTheFieldAtFault) {
  BudgetLine line{1, LineCategory::kTraining, "Training", 1500000};
  for (const Pence budget :
       {Pence{0}, Pence{1500000}, kMaxEntryPence, Pence{-1}, kMaxEntryPence + 1}) {
    line.budget = budget;
    EXPECT_EQ(FieldOf(ValidateBudgetLine(line)),
              budget < 0 || budget > kMaxEntryPence ? "budget" : "ok");
  }
  line.budget = 1500000;
  for (const std::string& name : {std::string{}, std::string{"  "}, std::string{" Training"},
                                  std::string(201, 'x'), std::string{"Train\ning"}}) {
    line.name = name;
    EXPECT_EQ(FieldOf(ValidateBudgetLine(line)), "name") << name;
  }
  line.name = std::string(200, 'x');
  EXPECT_EQ(FieldOf(ValidateBudgetLine(line)), "ok");
}

LedgerEntry Entry(LedgerEntryId id, BudgetLineId line, EntryKind kind, Pence amount,
                  std::optional<LedgerEntryId> corrects = std::nullopt) {
  LedgerEntry entry;
  entry.id = id;
  entry.line_id = line;
  entry.kind = kind;
  entry.on = D(2025, 6, 1);
  entry.amount = amount;
  entry.reference = "INV-" + std::to_string(id);
  entry.corrects = corrects;
  return entry;
}

std::string EntryField(const LedgerEntry& entry, const std::vector<LedgerEntry>& existing = {}) {
  return FieldOf(ValidateEntry(entry, k2025, existing));
}

TEST(LedgerEntryTest, NamesTheFieldAtFault) {
  LedgerEntry e = Entry(0, 1, EntryKind::kActual, 10000);
  EXPECT_EQ(EntryField(e), "ok");
  for (const CivilDate on : {D(2025, 3, 31), D(2026, 4, 1), D(2025, 2, 30), D(2030, 6, 1)}) {
    e.on = on;
    EXPECT_EQ(EntryField(e), "on");
  }
  e.on = FirstDay(k2025);
  EXPECT_EQ(EntryField(e), "ok");
  e.on = LastDay(k2025);
  EXPECT_EQ(EntryField(e), "ok");
  for (const Pence amount : {Pence{0}, kMaxEntryPence + 1, -kMaxEntryPence - 1, kMin, kMax}) {
    e.amount = amount;
    EXPECT_EQ(EntryField(e), "amount") << amount;
  }
  e.amount = kMaxEntryPence;
  EXPECT_EQ(EntryField(e), "ok");
  e.amount = -100;  // negative only to correct an entry
  EXPECT_EQ(EntryField(e), "amount");
  e.amount = 100;
  for (const std::string& reference :
       {std::string{}, std::string{" INV-1"}, std::string(61, 'R'), std::string{"INV\n1"}}) {
    e.reference = reference;
    EXPECT_EQ(EntryField(e), "reference") << reference;
  }
  e.reference = std::string(60, 'R');
  EXPECT_EQ(EntryField(e), "ok");
  e.description = std::string(500, 'd') + "\n";
  EXPECT_EQ(EntryField(e), "description");
  e.description = "Invoice for two days' training.\nPaid by BACS.";
  EXPECT_EQ(EntryField(e), "ok");
  e.description = std::string(1, '\x07');
  EXPECT_EQ(EntryField(e), "description");
}

// Line 1: actual 1 (£100.00, already corrected by -£40.00 in 4 and +£5.00 in 6), commitment 2
// (£50.00, corrected by -£10.00 in 5); line 2: actual 3 (£70.00).
std::vector<LedgerEntry> Existing() {
  return {Entry(1, 1, EntryKind::kActual, 10000),        Entry(2, 1, EntryKind::kCommitment, 5000),
          Entry(3, 2, EntryKind::kActual, 7000),         Entry(4, 1, EntryKind::kActual, -4000, 1),
          Entry(5, 1, EntryKind::kCommitment, -1000, 2), Entry(6, 1, EntryKind::kActual, 500, 1)};
}

TEST(LedgerEntryTest, ACorrectionNamesAnOriginalOfTheSameLineAndKind) {
  const std::vector<LedgerEntry> existing = Existing();
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -500, 1), existing), "ok");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, 900, 1), existing), "ok");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kCommitment, -4000, 2), existing), "ok");
  EXPECT_EQ(EntryField(Entry(0, 2, EntryKind::kActual, -7000, 3), existing), "ok");
  // No such entry; another line; another kind; a correction rather than an original.
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -500, 99), existing), "corrects");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -500, 1), {}), "corrects");
  EXPECT_EQ(EntryField(Entry(0, 2, EntryKind::kActual, -500, 1), existing), "corrects");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kCommitment, -500, 1), existing), "corrects");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -500, 4), existing), "corrects");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, 500, 6), existing), "corrects");
  // The other rules still apply to a correction.
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, 0, 1), existing), "amount");
  LedgerEntry late = Entry(0, 1, EntryKind::kActual, -500, 1);
  late.on = D(2026, 4, 1);
  EXPECT_EQ(EntryField(late, existing), "on");
}

TEST(LedgerEntryTest, ACorrectionCannotTakeItsEntryBelowZero) {
  const std::vector<LedgerEntry> existing = Existing();
  // Entry 1 stands at £100.00 - £40.00 + £5.00 = £65.00.
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -6500, 1), existing), "ok");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -6501, 1), existing), "amount");
  // Entry 2 stands at £40.00: the corrections of entry 1 do not count against it.
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kCommitment, -4000, 2), existing), "ok");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kCommitment, -4001, 2), existing), "amount");
  // Entry 3 has no corrections: it stands at its own amount.
  EXPECT_EQ(EntryField(Entry(0, 2, EntryKind::kActual, -7001, 3), existing), "amount");
  // Once fully reversed, nothing more may be taken off it.
  std::vector<LedgerEntry> reversed = existing;
  reversed.push_back(Entry(7, 1, EntryKind::kActual, -6500, 1));
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, -1, 1), reversed), "amount");
  EXPECT_EQ(EntryField(Entry(0, 1, EntryKind::kActual, 1, 1), reversed), "ok");
}

}  // namespace
}  // namespace assure::domain
