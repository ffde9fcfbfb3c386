// CivilDate: a calendar day with no time or zone (DOMAIN.md: all dates are civil dates in
// Europe/London). Stored and sent as 'YYYY-MM-DD' (doc/decisions/0002-storage-layer.md). Pure;
// thread-safe.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace assure::domain {

using CivilDate = std::chrono::year_month_day;

// Exactly 'YYYY-MM-DD' naming a real day of years 1900..2199; nullopt for anything else.
std::optional<CivilDate> ParseCivilDate(std::string_view text);
std::string FormatCivilDate(CivilDate date);
// "6 January 2025", for pages.
std::string LongCivilDate(CivilDate date);

// Whole days from `from` to `to` (negative when `to` is earlier).
int DaysBetween(CivilDate from, CivilDate to);
CivilDate AddDays(CivilDate date, int days);
// `months` calendar months later; a day past the month's end becomes its last day
// (31 August + 6 months = 28 or 29 February).
CivilDate AddMonths(CivilDate date, int months);
bool IsWeekend(CivilDate date);

}  // namespace assure::domain
