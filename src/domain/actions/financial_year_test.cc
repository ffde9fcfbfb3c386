#include "domain/actions/financial_year.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

CivilDate Day(std::string_view text) { return ParseCivilDate(text).value(); }

TEST(FinancialYearTest, QuartersRunFromAprilAndTheFourthEndsInMarchOfTheNextYear) {
  EXPECT_EQ(QuarterOf(Day("2025-04-01")), (Quarter{2025, 1}));
  EXPECT_EQ(QuarterOf(Day("2025-06-30")), (Quarter{2025, 1}));
  EXPECT_EQ(QuarterOf(Day("2025-07-01")), (Quarter{2025, 2}));
  EXPECT_EQ(QuarterOf(Day("2025-09-30")), (Quarter{2025, 2}));
  EXPECT_EQ(QuarterOf(Day("2025-10-01")), (Quarter{2025, 3}));
  EXPECT_EQ(QuarterOf(Day("2025-12-31")), (Quarter{2025, 3}));
  EXPECT_EQ(QuarterOf(Day("2026-01-01")), (Quarter{2025, 4}));
  EXPECT_EQ(QuarterOf(Day("2026-03-31")), (Quarter{2025, 4}));
  EXPECT_EQ(QuarterOf(Day("2026-04-01")), (Quarter{2026, 1}));
}

TEST(FinancialYearTest, EachQuarterHasItsFirstAndLastDay) {
  EXPECT_EQ(FirstDay(Quarter{2025, 1}), Day("2025-04-01"));
  EXPECT_EQ(LastDay(Quarter{2025, 1}), Day("2025-06-30"));
  EXPECT_EQ(FirstDay(Quarter{2025, 2}), Day("2025-07-01"));
  EXPECT_EQ(LastDay(Quarter{2025, 2}), Day("2025-09-30"));
  EXPECT_EQ(FirstDay(Quarter{2025, 3}), Day("2025-10-01"));
  EXPECT_EQ(LastDay(Quarter{2025, 3}), Day("2025-12-31"));
  EXPECT_EQ(FirstDay(Quarter{2025, 4}), Day("2026-01-01"));
  EXPECT_EQ(LastDay(Quarter{2025, 4}), Day("2026-03-31"));
}

TEST(FinancialYearTest, EveryDayFallsInsideItsQuarterAndHalfYear) {
  for (CivilDate day = Day("2023-03-01"); day <= Day("2025-05-01"); day = AddDays(day, 1)) {
    const Quarter quarter = QuarterOf(day);
    EXPECT_LE(FirstDay(quarter), day) << FormatCivilDate(day);
    EXPECT_GE(LastDay(quarter), day) << FormatCivilDate(day);
    const HalfYear half = HalfYearOf(day);
    EXPECT_LE(FirstDay(half), day) << FormatCivilDate(day);
    EXPECT_GE(LastDay(half), day) << FormatCivilDate(day);
    EXPECT_EQ(HalfYearOf(quarter), half) << FormatCivilDate(day);
  }
}

TEST(FinancialYearTest, PreviousAndNextCrossTheYearBoundary) {
  EXPECT_EQ(Next(Quarter{2025, 4}), (Quarter{2026, 1}));
  EXPECT_EQ(Next(Quarter{2025, 1}), (Quarter{2025, 2}));
  EXPECT_EQ(Previous(Quarter{2025, 1}), (Quarter{2024, 4}));
  EXPECT_EQ(Previous(Quarter{2025, 3}), (Quarter{2025, 2}));
  EXPECT_EQ(Next(HalfYear{2025, 2}), (HalfYear{2026, 1}));
  EXPECT_EQ(Next(HalfYear{2025, 1}), (HalfYear{2025, 2}));
  EXPECT_EQ(Previous(HalfYear{2025, 1}), (HalfYear{2024, 2}));
  EXPECT_EQ(Previous(HalfYear{2025, 2}), (HalfYear{2025, 1}));
  // The day after a quarter's last day starts the next quarter.
  for (Quarter q{2024, 1}; q < Quarter{2027, 1}; q = Next(q)) {
    EXPECT_EQ(AddDays(LastDay(q), 1), FirstDay(Next(q))) << FormatQuarter(q);
    EXPECT_EQ(Previous(Next(q)), q) << FormatQuarter(q);
  }
}

TEST(FinancialYearTest, QuartersAreWrittenWithTheFinancialYear) {
  EXPECT_EQ(FormatQuarter(Quarter{2025, 1}), "2025-26 Q1");
  EXPECT_EQ(FormatQuarter(Quarter{1999, 4}), "1999-00 Q4");
  EXPECT_EQ(QuarterSlug(Quarter{2025, 3}), "2025-26-q3");
  EXPECT_EQ(FormatHalfYear(HalfYear{2025, 2}), "2025-26 H2");
  EXPECT_EQ(HalfYearSlug(HalfYear{2009, 1}), "2009-10-h1");
}

TEST(FinancialYearTest, ParsingAcceptsThePageAndUrlFormsOnly) {
  EXPECT_EQ(ParseQuarter("2025-26 Q1"), (Quarter{2025, 1}));
  EXPECT_EQ(ParseQuarter("2025-26-q4"), (Quarter{2025, 4}));
  EXPECT_EQ(ParseQuarter("1999-00 Q2"), (Quarter{1999, 2}));
  for (std::string_view bad :
       {"", "2025-27 Q1", "2025-26 Q0", "2025-26 Q5", "2025-26 q1", "2025-26-Q1", "2025 Q1",
        "2025-q1", " 2025-26 Q1", "2025-26 Q1 ", "2025-26 H1", "1899-00 Q1", "2199-00 Q1",
        "2025-2x Q1", "+025-26 Q1"}) {
    EXPECT_FALSE(ParseQuarter(bad).has_value()) << bad;
  }
  EXPECT_EQ(ParseHalfYear("2025-26 H2"), (HalfYear{2025, 2}));
  EXPECT_EQ(ParseHalfYear("2025-26-h1"), (HalfYear{2025, 1}));
  for (std::string_view bad : {"2025-26 H3", "2025-26 H0", "2025-26 Q1", "2025-26-H1", "2025-h1"}) {
    EXPECT_FALSE(ParseHalfYear(bad).has_value()) << bad;
  }
}

TEST(FinancialYearTest, ParsingReadsBackWhatFormattingWrites) {
  for (Quarter q{2019, 1}; q < Quarter{2022, 1}; q = Next(q)) {
    EXPECT_EQ(ParseQuarter(FormatQuarter(q)), q);
    EXPECT_EQ(ParseQuarter(QuarterSlug(q)), q);
  }
  for (HalfYear h{2019, 1}; h < HalfYear{2022, 1}; h = Next(h)) {
    EXPECT_EQ(ParseHalfYear(FormatHalfYear(h)), h);
    EXPECT_EQ(ParseHalfYear(HalfYearSlug(h)), h);
  }
}

TEST(FinancialYearTest, HalfYearsRunAprilToSeptemberAndOctoberToMarch) {
  EXPECT_EQ(HalfYearOf(Day("2025-09-30")), (HalfYear{2025, 1}));
  EXPECT_EQ(HalfYearOf(Day("2025-10-01")), (HalfYear{2025, 2}));
  EXPECT_EQ(HalfYearOf(Day("2026-03-31")), (HalfYear{2025, 2}));
  EXPECT_EQ(FirstDay(HalfYear{2025, 1}), Day("2025-04-01"));
  EXPECT_EQ(LastDay(HalfYear{2025, 1}), Day("2025-09-30"));
  EXPECT_EQ(FirstDay(HalfYear{2025, 2}), Day("2025-10-01"));
  EXPECT_EQ(LastDay(HalfYear{2025, 2}), Day("2026-03-31"));
  const auto first = QuartersOf(HalfYear{2025, 1});
  EXPECT_EQ(first[0], (Quarter{2025, 1}));
  EXPECT_EQ(first[1], (Quarter{2025, 2}));
  const auto second = QuartersOf(HalfYear{2025, 2});
  EXPECT_EQ(second[0], (Quarter{2025, 3}));
  EXPECT_EQ(second[1], (Quarter{2025, 4}));
}

}  // namespace
}  // namespace assure::domain
