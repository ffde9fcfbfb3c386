#include "domain/london_date.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::sys_days;
using std::chrono::year;

core::Instant Utc(CivilDate date, int hour, int minute = 0) {
  return core::Instant{sys_days{date}} + hours{hour} + minutes{minute};
}

TEST(LondonDateTest, InWinterTheLondonDateIsTheUtcDate) {
  EXPECT_EQ(LondonDate(Utc(year{2025} / 1 / 6, 23, 59)), (year{2025} / 1 / 6));
  EXPECT_EQ(LondonDate(Utc(year{2025} / 1 / 7, 0, 0)), (year{2025} / 1 / 7));
  EXPECT_FALSE(IsBritishSummerTime(Utc(year{2025} / 1 / 6, 12)));
}

TEST(LondonDateTest, InSummerLateUtcEveningIsAlreadyTomorrowInLondon) {
  EXPECT_EQ(LondonDate(Utc(year{2025} / 7 / 14, 22, 59)), (year{2025} / 7 / 14));
  EXPECT_EQ(LondonDate(Utc(year{2025} / 7 / 14, 23, 0)), (year{2025} / 7 / 15));
  // New Year's Eve stays in winter: no summer time at the turn of the year.
  EXPECT_EQ(LondonDate(Utc(year{2024} / 12 / 31, 23, 30)), (year{2024} / 12 / 31));
}

TEST(LondonDateTest, SummerTimeStartsAtOneUtcOnTheLastSundayOfMarch) {
  // 2025: Sunday 30 March.
  EXPECT_FALSE(IsBritishSummerTime(Utc(year{2025} / 3 / 30, 0, 59)));
  EXPECT_TRUE(IsBritishSummerTime(Utc(year{2025} / 3 / 30, 1, 0)));
  EXPECT_EQ(LondonDate(Utc(year{2025} / 3 / 30, 23, 30)), (year{2025} / 3 / 31));
  // The Sunday before is still winter.
  EXPECT_EQ(LondonDate(Utc(year{2025} / 3 / 23, 23, 30)), (year{2025} / 3 / 23));
  // 2024: Sunday 31 March, the month's last day.
  EXPECT_FALSE(IsBritishSummerTime(Utc(year{2024} / 3 / 31, 0, 30)));
  EXPECT_TRUE(IsBritishSummerTime(Utc(year{2024} / 3 / 31, 1, 30)));
}

TEST(LondonDateTest, SummerTimeEndsAtOneUtcOnTheLastSundayOfOctober) {
  // 2025: Sunday 26 October.
  EXPECT_TRUE(IsBritishSummerTime(Utc(year{2025} / 10 / 26, 0, 59)));
  EXPECT_FALSE(IsBritishSummerTime(Utc(year{2025} / 10 / 26, 1, 0)));
  EXPECT_EQ(LondonDate(Utc(year{2025} / 10 / 25, 23, 30)), (year{2025} / 10 / 26));
  EXPECT_EQ(LondonDate(Utc(year{2025} / 10 / 26, 23, 30)), (year{2025} / 10 / 26));
  // 2026: Sunday 25 October.
  EXPECT_TRUE(IsBritishSummerTime(Utc(year{2026} / 10 / 24, 23, 30)));
  EXPECT_FALSE(IsBritishSummerTime(Utc(year{2026} / 10 / 25, 1, 0)));
}

TEST(LondonDateTest, ALondonDayBeginsAtItsOwnMidnight) {
  using std::chrono::hours;
  const auto utc = [](const char* date) {
    return core::Instant{std::chrono::sys_days{*ParseCivilDate(date)}};
  };
  // Winter: midnight GMT is midnight UTC.
  EXPECT_EQ(LondonStartOfDay(*ParseCivilDate("2026-01-05")), utc("2026-01-05"));
  // Summer: midnight BST is 23:00 UTC the day before.
  EXPECT_EQ(LondonStartOfDay(*ParseCivilDate("2026-07-01")), utc("2026-07-01") - hours{1});
  // The day the clocks go forward (29 March 2026) begins in GMT; the next day in BST.
  EXPECT_EQ(LondonStartOfDay(*ParseCivilDate("2026-03-29")), utc("2026-03-29"));
  EXPECT_EQ(LondonStartOfDay(*ParseCivilDate("2026-03-30")), utc("2026-03-30") - hours{1});
  // The day they go back (25 October 2026) begins in BST; the next day in GMT.
  EXPECT_EQ(LondonStartOfDay(*ParseCivilDate("2026-10-25")), utc("2026-10-25") - hours{1});
  EXPECT_EQ(LondonStartOfDay(*ParseCivilDate("2026-10-26")), utc("2026-10-26"));
  // Each start is that day in London, and the instant before it the day before.
  for (const char* day : {"2026-01-05", "2026-03-29", "2026-03-30", "2026-10-25", "2026-10-26"}) {
    const auto start = LondonStartOfDay(*ParseCivilDate(day));
    EXPECT_EQ(LondonDate(start), *ParseCivilDate(day));
    EXPECT_NE(LondonDate(start - std::chrono::seconds{1}), *ParseCivilDate(day));
  }
}

}  // namespace
}  // namespace assure::domain
