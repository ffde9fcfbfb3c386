#include "domain/actions/financial_year.h"

#include <cstdio>
#include <utility>

namespace assure::domain {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2198;  // its financial year ends in 2199, CivilDate's last year

std::optional<int> Digits(std::string_view text) {
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

// "2025-26" followed by " X" and the number ("2025-26 Q1") or "-x" ("2025-26-q1").
std::string Format(int year, char letter, int number) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%04d-%02d %c%d", year, (year + 1) % 100, letter,
                number);
  return buffer.data();
}

// The year and number of "YYYY-YY L#" (upper-case letter) or "YYYY-YY-l#" (lower-case), where
// YY follows YYYY and # is 1..max.
std::optional<std::pair<int, int>> ParsePeriod(std::string_view text, char upper, char lower,
                                               int max) {
  if (text.size() != 10 || text[4] != '-') return std::nullopt;
  const bool display = text[7] == ' ' && text[8] == upper;
  const bool slug = text[7] == '-' && text[8] == lower;
  if (!display && !slug) return std::nullopt;
  const auto year = Digits(text.substr(0, 4));
  const auto next = Digits(text.substr(5, 2));
  const auto number = Digits(text.substr(9, 1));
  if (!year || !next || !number || *year < kFirstYear || *year > kLastYear) return std::nullopt;
  if (*next != (*year + 1) % 100 || *number < 1 || *number > max) return std::nullopt;
  return std::pair{*year, *number};
}

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c == ' ') c = '-';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

// The first day of the financial year starting in `year` plus `months` (0 = 1 April).
CivilDate MonthsIntoYear(int year, int months) {
  return AddMonths(CivilDate{std::chrono::year{year}, std::chrono::April, std::chrono::day{1}},
                   months);
}

}  // namespace

Quarter QuarterOf(CivilDate date) {
  const int year = static_cast<int>(date.year());
  const int month = static_cast<int>(static_cast<unsigned>(date.month()));
  if (month < 4) return Quarter{year - 1, 4};
  return Quarter{year, (month - 4) / 3 + 1};
}

CivilDate FirstDay(const Quarter& quarter) {
  return MonthsIntoYear(quarter.year, 3 * (quarter.number - 1));
}

CivilDate LastDay(const Quarter& quarter) { return AddDays(FirstDay(Next(quarter)), -1); }

Quarter Previous(const Quarter& quarter) {
  if (quarter.number == 1) return Quarter{quarter.year - 1, 4};
  return Quarter{quarter.year, quarter.number - 1};
}

Quarter Next(const Quarter& quarter) {
  if (quarter.number == 4) return Quarter{quarter.year + 1, 1};
  return Quarter{quarter.year, quarter.number + 1};
}

std::string FormatQuarter(const Quarter& quarter) {
  return Format(quarter.year, 'Q', quarter.number);
}

std::string QuarterSlug(const Quarter& quarter) { return Lower(FormatQuarter(quarter)); }

std::optional<Quarter> ParseQuarter(std::string_view text) {
  auto period = ParsePeriod(text, 'Q', 'q', 4);
  if (!period) return std::nullopt;
  return Quarter{period->first, period->second};
}

HalfYear HalfYearOf(CivilDate date) { return HalfYearOf(QuarterOf(date)); }

HalfYear HalfYearOf(const Quarter& quarter) {
  return HalfYear{quarter.year, quarter.number <= 2 ? 1 : 2};
}

CivilDate FirstDay(const HalfYear& half) {
  return MonthsIntoYear(half.year, 6 * (half.number - 1));
}

CivilDate LastDay(const HalfYear& half) { return AddDays(FirstDay(Next(half)), -1); }

HalfYear Previous(const HalfYear& half) {
  if (half.number == 1) return HalfYear{half.year - 1, 2};
  return HalfYear{half.year, 1};
}

HalfYear Next(const HalfYear& half) {
  if (half.number == 2) return HalfYear{half.year + 1, 1};
  return HalfYear{half.year, 2};
}

std::array<Quarter, 2> QuartersOf(const HalfYear& half) {
  const int first = half.number == 1 ? 1 : 3;
  return {Quarter{half.year, first}, Quarter{half.year, first + 1}};
}

std::string FormatHalfYear(const HalfYear& half) { return Format(half.year, 'H', half.number); }

std::string HalfYearSlug(const HalfYear& half) { return Lower(FormatHalfYear(half)); }

std::optional<HalfYear> ParseHalfYear(std::string_view text) {
  auto period = ParsePeriod(text, 'H', 'h', 2);
  if (!period) return std::nullopt;
  return HalfYear{period->first, period->second};
}

}  // namespace assure::domain
