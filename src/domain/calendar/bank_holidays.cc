#include "domain/calendar/bank_holidays.h"

#include <algorithm>
#include <array>

namespace assure::domain {

namespace {

using std::chrono::April;
using std::chrono::August;
using std::chrono::December;
using std::chrono::January;
using std::chrono::June;
using std::chrono::last;
using std::chrono::May;
using std::chrono::Monday;
using std::chrono::Saturday;
using std::chrono::September;
using std::chrono::Sunday;
using std::chrono::weekday;
using std::chrono::year;

constexpr CivilDate Date(int y, std::chrono::month m, unsigned d) {
  return CivilDate{year{y}, m, std::chrono::day{d}};
}

// Sources: the Banking and Financial Dealings Act 1971, s1(3) (a holiday may be appointed or
// moved by royal proclamation), the proclamations published in The London Gazette for each year,
// and GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays; its JSON feed covers 2018
// onwards). Each entry follows those published dates as known when the table was written; no
// feed is read at build or run time. The Millennium holiday of Friday 31 December
// 1999 lies outside this table's range (2000..2035). No change for 2024..2035 had been proclaimed
// when the table was written: a later one is added here, in doc/deadlines.md and in
// tests/scenarios/deadlines/one_off_holidays.txt when it is.
constexpr std::array kChanges = std::to_array<BankHolidayChange>({
    // 2002, Golden Jubilee of Queen Elizabeth II: the spring bank holiday moved from Monday
    // 27 May to Tuesday 4 June, and Monday 3 June was an extra bank holiday.
    {Date(2002, May, 27), false, "Spring bank holiday (moved to 4 June)"},
    {Date(2002, June, 3), true, "Golden Jubilee bank holiday"},
    {Date(2002, June, 4), true, "Spring bank holiday"},
    // 2011: Friday 29 April, the wedding of Prince William and Catherine Middleton.
    {Date(2011, April, 29), true, "Royal wedding"},
    // 2012, Diamond Jubilee: the spring bank holiday moved from Monday 28 May to Monday 4 June,
    // and Tuesday 5 June was an extra bank holiday.
    {Date(2012, May, 28), false, "Spring bank holiday (moved to 4 June)"},
    {Date(2012, June, 4), true, "Spring bank holiday"},
    {Date(2012, June, 5), true, "Queen's Diamond Jubilee"},
    // 2020: the early May bank holiday moved from Monday 4 May to Friday 8 May, the 75th
    // anniversary of VE Day.
    {Date(2020, May, 4), false, "Early May bank holiday (moved to 8 May)"},
    {Date(2020, May, 8), true, "Early May bank holiday (VE Day)"},
    // 2022, Platinum Jubilee: the spring bank holiday moved from Monday 30 May to Thursday
    // 2 June, and Friday 3 June was an extra bank holiday; Monday 19 September was the day of
    // the State Funeral of Queen Elizabeth II.
    {Date(2022, May, 30), false, "Spring bank holiday (moved to 2 June)"},
    {Date(2022, June, 2), true, "Spring bank holiday"},
    {Date(2022, June, 3), true, "Platinum Jubilee bank holiday"},
    {Date(2022, September, 19), true, "Bank Holiday for the State Funeral of Queen Elizabeth II"},
    // 2023: Monday 8 May, the coronation of King Charles III.
    {Date(2023, May, 8), true, "Bank holiday for the coronation of King Charles III"},
});

// The first `wd` of month `m` of year `y`, and the last.
CivilDate First(int y, std::chrono::month m, weekday wd) {
  return CivilDate{std::chrono::sys_days{year{y} / m / wd[1]}};
}
CivilDate Last(int y, std::chrono::month m, weekday wd) {
  return CivilDate{std::chrono::sys_days{year{y} / m / wd[last]}};
}

weekday WeekdayOf(CivilDate date) { return weekday{std::chrono::sys_days{date}}; }

// The recurring holidays (Banking and Financial Dealings Act 1971, Schedule 1, as amended: the
// early May holiday since 1978), with substitute days as GOV.UK lists them.
std::vector<BankHoliday> Recurring(int y) {
  std::vector<BankHoliday> days;
  // New Year's Day: on a Saturday or Sunday, the Monday after.
  CivilDate new_year = Date(y, January, 1);
  if (WeekdayOf(new_year) == Saturday) {
    new_year = AddDays(new_year, 2);
  } else if (WeekdayOf(new_year) == Sunday) {
    new_year = AddDays(new_year, 1);
  }
  days.push_back({new_year, "New Year's Day"});
  const CivilDate easter = EasterSunday(y);
  days.push_back({AddDays(easter, -2), "Good Friday"});
  days.push_back({AddDays(easter, 1), "Easter Monday"});
  days.push_back({First(y, May, Monday), "Early May bank holiday"});
  days.push_back({Last(y, May, Monday), "Spring bank holiday"});
  days.push_back({Last(y, August, Monday), "Summer bank holiday"});
  // Christmas Day and Boxing Day: Saturday 25 moves both to Monday 27 and Tuesday 28; Sunday 25
  // leaves Boxing Day on Monday 26 and moves Christmas to Tuesday 27; Friday 25 moves Boxing Day
  // to Monday 28.
  const CivilDate christmas = Date(y, December, 25);
  const weekday christmas_day = WeekdayOf(christmas);
  if (christmas_day == Saturday) {
    days.push_back({Date(y, December, 27), "Christmas Day"});
    days.push_back({Date(y, December, 28), "Boxing Day"});
  } else if (christmas_day == Sunday) {
    days.push_back({Date(y, December, 26), "Boxing Day"});
    days.push_back({Date(y, December, 27), "Christmas Day"});
  } else if (christmas_day == std::chrono::Friday) {
    days.push_back({christmas, "Christmas Day"});
    days.push_back({Date(y, December, 28), "Boxing Day"});
  } else {
    days.push_back({christmas, "Christmas Day"});
    days.push_back({Date(y, December, 26), "Boxing Day"});
  }
  return days;
}

std::vector<BankHoliday> Compute(int y) {
  std::vector<BankHoliday> days = Recurring(y);
  for (const BankHolidayChange& change : kChanges) {
    if (static_cast<int>(change.date.year()) != y) continue;
    std::erase_if(days, [&](const BankHoliday& day) { return day.date == change.date; });
    if (change.holiday) days.push_back({change.date, change.name});
  }
  std::sort(days.begin(), days.end(),
            [](const BankHoliday& a, const BankHoliday& b) { return a.date < b.date; });
  return days;
}

constexpr int kFirstCachedYear = 1900;
constexpr int kLastCachedYear = 2199;

const std::vector<BankHoliday>* Cached(int y) {
  static const std::vector<std::vector<BankHoliday>> kYears = [] {
    std::vector<std::vector<BankHoliday>> years;
    years.reserve(kLastCachedYear - kFirstCachedYear + 1);
    for (int each = kFirstCachedYear; each <= kLastCachedYear; ++each) {
      years.push_back(Compute(each));
    }
    return years;
  }();
  if (y < kFirstCachedYear || y > kLastCachedYear) return nullptr;
  return &kYears[static_cast<std::size_t>(y - kFirstCachedYear)];
}

}  // namespace

std::span<const BankHolidayChange> BankHolidayChanges() { return kChanges; }

CivilDate EasterSunday(int y) {
  const int a = y % 19;
  const int b = y / 100;
  const int c = y % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return CivilDate{year{y}, std::chrono::month{static_cast<unsigned>(month)},
                   std::chrono::day{static_cast<unsigned>(day)}};
}

std::vector<BankHoliday> EnglandAndWalesBankHolidays(int y) {
  if (const auto* cached = Cached(y)) return *cached;
  return Compute(y);
}

bool IsEnglandAndWalesBankHoliday(CivilDate date) {
  const int y = static_cast<int>(date.year());
  const auto check = [&](const std::vector<BankHoliday>& days) {
    return std::any_of(days.begin(), days.end(),
                       [&](const BankHoliday& day) { return day.date == date; });
  };
  if (const auto* cached = Cached(y)) return check(*cached);
  return check(Compute(y));
}

}  // namespace assure::domain
