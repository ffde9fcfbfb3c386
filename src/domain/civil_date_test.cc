#include "domain/civil_date.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

TEST(CivilDateTest, ParsesAndFormatsIsoDates) {
  auto date = ParseCivilDate("2024-02-29");
  ASSERT_TRUE(date.has_value());
  EXPECT_EQ(*date, (year{2024} / 2 / 29));
  EXPECT_EQ(FormatCivilDate(*date), "2024-02-29");
  EXPECT_EQ(LongCivilDate(*date), "29 February 2024");
}

TEST(CivilDateTest, RefusesAnythingButARealIsoDay) {
  for (const char* text : {"2023-02-29", "2025-13-01", "2025-1-01", "25-01-01", "2025/01/01",
                           "2025-01-01T00:00", "", "abcd-ef-gh", "1899-12-31", "2025-00-10"}) {
    EXPECT_FALSE(ParseCivilDate(text).has_value()) << text;
  }
}

TEST(CivilDateTest, AddsMonthsClampingToTheMonthsEnd) {
  EXPECT_EQ(AddMonths(year{2025} / 8 / 31, 6), (year{2026} / 2 / 28));
  EXPECT_EQ(AddMonths(year{2023} / 8 / 31, 6), (year{2024} / 2 / 29));
  EXPECT_EQ(AddMonths(year{2025} / 1 / 15, 6), (year{2025} / 7 / 15));
  EXPECT_EQ(AddMonths(year{2025} / 9 / 30, 6), (year{2026} / 3 / 30));
}

TEST(CivilDateTest, CountsDaysAndWeekends) {
  EXPECT_EQ(DaysBetween(year{2024} / 12 / 20, year{2025} / 1 / 15), 26);
  EXPECT_EQ(DaysBetween(year{2025} / 1 / 15, year{2024} / 12 / 20), -26);
  EXPECT_EQ(AddDays(year{2024} / 12 / 31, 1), (year{2025} / 1 / 1));
  EXPECT_TRUE(IsWeekend(year{2025} / 1 / 4));
  EXPECT_TRUE(IsWeekend(year{2025} / 1 / 5));
  EXPECT_FALSE(IsWeekend(year{2025} / 1 / 6));
}

}  // namespace
}  // namespace assure::domain
