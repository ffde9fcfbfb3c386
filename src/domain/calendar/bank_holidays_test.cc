#include "domain/calendar/bank_holidays.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

std::vector<std::string> Dates(int year) {
  std::vector<std::string> dates;
  for (const BankHoliday& holiday : EnglandAndWalesBankHolidays(year)) {
    dates.push_back(FormatCivilDate(holiday.date));
  }
  return dates;
}

TEST(BankHolidaysTest, EasterSundayFollowsTheGregorianComputus2000To2035) {
  // Each year's Easter Sunday, as python-dateutil's easter() (an independent implementation) gives.
  const std::vector<std::string> expected{
      "2000-04-23", "2001-04-15", "2002-03-31", "2003-04-20", "2004-04-11", "2005-03-27",
      "2006-04-16", "2007-04-08", "2008-03-23", "2009-04-12", "2010-04-04", "2011-04-24",
      "2012-04-08", "2013-03-31", "2014-04-20", "2015-04-05", "2016-03-27", "2017-04-16",
      "2018-04-01", "2019-04-21", "2020-04-12", "2021-04-04", "2022-04-17", "2023-04-09",
      "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2028-04-16", "2029-04-01",
      "2030-04-21", "2031-04-13", "2032-03-28", "2033-04-17", "2034-04-09", "2035-03-25"};
  for (int year = 2000; year <= 2035; ++year) {
    EXPECT_EQ(FormatCivilDate(EasterSunday(year)), expected[static_cast<std::size_t>(year - 2000)])
        << year;
  }
}

TEST(BankHolidaysTest, AnOrdinaryYearHasItsEightHolidays) {
  EXPECT_EQ(Dates(2025),
            (std::vector<std::string>{"2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05",
                                      "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"}));
  EXPECT_EQ(Dates(2019),
            (std::vector<std::string>{"2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06",
                                      "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"}));
}

TEST(BankHolidaysTest, WeekendHolidaysMoveToSubstituteDays) {
  // New Year's Day on Saturday (2000, 2022) and Sunday (2023); Christmas on Saturday (2021),
  // Sunday (2022) and Friday (2026: Boxing Day on Saturday).
  EXPECT_EQ(Dates(2000).front(), "2000-01-03");
  EXPECT_EQ(Dates(2022).front(), "2022-01-03");
  EXPECT_EQ(Dates(2023).front(), "2023-01-02");
  const auto y2021 = Dates(2021);
  EXPECT_EQ(std::vector<std::string>(y2021.end() - 2, y2021.end()),
            (std::vector<std::string>{"2021-12-27", "2021-12-28"}));
  const auto y2022 = Dates(2022);
  EXPECT_EQ(std::vector<std::string>(y2022.end() - 2, y2022.end()),
            (std::vector<std::string>{"2022-12-26", "2022-12-27"}));
  const auto y2026 = Dates(2026);
  EXPECT_EQ(std::vector<std::string>(y2026.end() - 2, y2026.end()),
            (std::vector<std::string>{"2026-12-25", "2026-12-28"}));
  EXPECT_FALSE(IsEnglandAndWalesBankHoliday(D("2021-12-25")));  // a Saturday
  EXPECT_TRUE(IsEnglandAndWalesBankHoliday(D("2021-12-28")));
}

TEST(BankHolidaysTest, TheOneOffChangesOf2000To2035AreApplied) {
  EXPECT_EQ(Dates(2002), (std::vector<std::string>{"2002-01-01", "2002-03-29", "2002-04-01",
                                                   "2002-05-06", "2002-06-03", "2002-06-04",
                                                   "2002-08-26", "2002-12-25", "2002-12-26"}));
  EXPECT_EQ(Dates(2011), (std::vector<std::string>{"2011-01-03", "2011-04-22", "2011-04-25",
                                                   "2011-04-29", "2011-05-02", "2011-05-30",
                                                   "2011-08-29", "2011-12-26", "2011-12-27"}));
  EXPECT_EQ(Dates(2012), (std::vector<std::string>{"2012-01-02", "2012-04-06", "2012-04-09",
                                                   "2012-05-07", "2012-06-04", "2012-06-05",
                                                   "2012-08-27", "2012-12-25", "2012-12-26"}));
  EXPECT_EQ(Dates(2020),
            (std::vector<std::string>{"2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08",
                                      "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"}));
  EXPECT_EQ(Dates(2022),
            (std::vector<std::string>{"2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02",
                                      "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19",
                                      "2022-12-26", "2022-12-27"}));
  EXPECT_EQ(Dates(2023), (std::vector<std::string>{"2023-01-02", "2023-04-07", "2023-04-10",
                                                   "2023-05-01", "2023-05-08", "2023-05-29",
                                                   "2023-08-28", "2023-12-25", "2023-12-26"}));
}

TEST(BankHolidaysTest, TheMovedHolidaysUsualDatesAreWorkingDays) {
  for (const char* usual : {"2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"}) {
    EXPECT_FALSE(IsEnglandAndWalesBankHoliday(D(usual))) << usual;
  }
}

TEST(BankHolidaysTest, TheMillenniumHolidayIsOutsideTheTable) {
  // 31 December 1999 was a one-off holiday, but the table covers 2000..2035 only.
  EXPECT_FALSE(IsEnglandAndWalesBankHoliday(D("1999-12-31")));
  EXPECT_EQ(Dates(1999).size(), 8u);
}

TEST(BankHolidaysTest, TheChangesTableIsInDateOrderWithinRangeAndEachNamed) {
  const auto changes = BankHolidayChanges();
  ASSERT_EQ(changes.size(), 14u);
  for (std::size_t i = 0; i < changes.size(); ++i) {
    EXPECT_GE(static_cast<int>(changes[i].date.year()), 2000);
    EXPECT_LE(static_cast<int>(changes[i].date.year()), 2035);
    EXPECT_FALSE(changes[i].name.empty());
    if (changes[i].holiday) {
      EXPECT_FALSE(IsWeekend(changes[i].date));
    }
    if (i > 0) {
      EXPECT_LT(changes[i - 1].date, changes[i].date);
    }
  }
}

TEST(BankHolidaysTest, EveryYearHasAtLeastEightWeekdayHolidaysInOrder) {
  for (int year = 1900; year <= 2199; ++year) {
    const auto holidays = EnglandAndWalesBankHolidays(year);
    ASSERT_GE(holidays.size(), 8u) << year;
    for (std::size_t i = 0; i < holidays.size(); ++i) {
      EXPECT_FALSE(IsWeekend(holidays[i].date)) << year;
      EXPECT_EQ(static_cast<int>(holidays[i].date.year()), year);
      if (i > 0) {
        EXPECT_LT(holidays[i - 1].date, holidays[i].date) << year;
      }
    }
  }
  // Beyond the cached years the rules still apply.
  EXPECT_EQ(EnglandAndWalesBankHolidays(2300).size(), 8u);
}

TEST(BankHolidaysTest, HolidaysCarryTheirNames) {
  const auto holidays = EnglandAndWalesBankHolidays(2022);
  EXPECT_EQ(holidays[5].name, "Platinum Jubilee bank holiday");
  EXPECT_EQ(holidays[2].name, "Easter Monday");
}

}  // namespace
}  // namespace assure::domain
