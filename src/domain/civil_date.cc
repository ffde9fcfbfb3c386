#include "domain/civil_date.h"

#include <array>
#include <charconv>
#include <cstdio>

namespace assure::domain {

namespace {

std::optional<int> Digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

constexpr std::array<const char*, 12> kMonthNames{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

}  // namespace

std::optional<CivilDate> ParseCivilDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto year = Digits(text.substr(0, 4));
  auto month = Digits(text.substr(5, 2));
  auto day = Digits(text.substr(8, 2));
  if (!year || !month || !day || *year < 1900 || *year > 2199) return std::nullopt;
  CivilDate date{std::chrono::year{*year}, std::chrono::month{static_cast<unsigned>(*month)},
                 std::chrono::day{static_cast<unsigned>(*day)}};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string FormatCivilDate(CivilDate date) {
  std::array<char, 16> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer.data();
}

std::string LongCivilDate(CivilDate date) {
  return std::to_string(static_cast<unsigned>(date.day())) + " " +
         kMonthNames[static_cast<unsigned>(date.month()) - 1] + " " +
         std::to_string(static_cast<int>(date.year()));
}

int DaysBetween(CivilDate from, CivilDate to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

CivilDate AddDays(CivilDate date, int days) {
  return CivilDate{std::chrono::sys_days{date} + std::chrono::days{days}};
}

CivilDate AddMonths(CivilDate date, int months) {
  CivilDate moved = date + std::chrono::months{months};
  if (moved.ok()) return moved;
  return CivilDate{moved.year() / moved.month() / std::chrono::last};
}

bool IsWeekend(CivilDate date) {
  std::chrono::weekday weekday{std::chrono::sys_days{date}};
  return weekday == std::chrono::Saturday || weekday == std::chrono::Sunday;
}

}  // namespace assure::domain
