// Quarters and half-years of the financial year (April to March), the periods of the action plan
// cycle: a review round per quarter, a report to the Executive Board per half-year (doc/actions.md,
// "Quarters and half-years").
//
//   2025-26 Q1 = 1 April to 30 June 2025        2025-26 H1 = 1 April to 30 September 2025
//   2025-26 Q2 = 1 July to 30 September 2025    2025-26 H2 = 1 October 2025 to 31 March 2026
//   2025-26 Q3 = 1 October to 31 December 2025
//   2025-26 Q4 = 1 January to 31 March 2026
//
// Written "2025-26 Q1" and "2025-26 H2" on pages; "2025-26-q1" and "2025-26-h2" in URLs (the
// slug keeps the financial year whole, so "2025 Q1" is never mistaken for January 2025).
// Pure functions of plain values; safe to call from any thread.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "domain/actions/action.h"
#include "domain/civil_date.h"

namespace assure::domain {

// Half of the financial year: H1 is April to September, H2 October to March.
struct HalfYear {
  int year = 0;    // the year the financial year starts in
  int number = 1;  // 1 or 2
  friend bool operator==(const HalfYear&, const HalfYear&) = default;
  friend auto operator<=>(const HalfYear&, const HalfYear&) = default;
};

// REQUIRES (for every function taking a Quarter or HalfYear): a period from ParseQuarter,
// ParseHalfYear, QuarterOf or HalfYearOf (number in range, year 1900..2198), or one moved from
// such a period by Previous/Next within those years.

Quarter QuarterOf(CivilDate date);
CivilDate FirstDay(const Quarter& quarter);
CivilDate LastDay(const Quarter& quarter);
Quarter Previous(const Quarter& quarter);           // 2025-26 Q1 -> 2024-25 Q4
Quarter Next(const Quarter& quarter);               // 2025-26 Q4 -> 2026-27 Q1
std::string FormatQuarter(const Quarter& quarter);  // "2025-26 Q1"
std::string QuarterSlug(const Quarter& quarter);    // "2025-26-q1"
// "2025-26 Q1" or "2025-26-q1" exactly (the second year must follow the first; 1999-00 follows
// 1999); nullopt for anything else.
std::optional<Quarter> ParseQuarter(std::string_view text);

HalfYear HalfYearOf(CivilDate date);
HalfYear HalfYearOf(const Quarter& quarter);  // Q1, Q2 -> H1; Q3, Q4 -> H2
CivilDate FirstDay(const HalfYear& half);
CivilDate LastDay(const HalfYear& half);
HalfYear Previous(const HalfYear& half);  // 2025-26 H1 -> 2024-25 H2
HalfYear Next(const HalfYear& half);      // 2025-26 H2 -> 2026-27 H1
std::array<Quarter, 2> QuartersOf(const HalfYear& half);
std::string FormatHalfYear(const HalfYear& half);  // "2025-26 H1"
std::string HalfYearSlug(const HalfYear& half);    // "2025-26-h1"
// "2025-26 H1" or "2025-26-h1" exactly; nullopt for anything else.
std::optional<HalfYear> ParseHalfYear(std::string_view text);

}  // namespace assure::domain
