#include "cli/utc_day.h"

#include <charconv>
#include <chrono>
#include <string>

namespace assure::cli {

namespace {

bool ParseDigits(std::string_view text, unsigned& out) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc{} && end == text.data() + text.size();
}

}  // namespace

core::Result<core::Instant> ParseUtcDay(std::string_view text, std::string_view field) {
  const auto bad = [&] {
    return core::Error::InvalidInput(std::string{field},
                                     "--" + std::string{field} +
                                         " must be a date as YYYY-MM-DD (e.g. 2026-01-05), not '" +
                                         std::string{text} + "'");
  };
  unsigned year = 0;
  unsigned month = 0;
  unsigned day = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      !ParseDigits(text.substr(0, 4), year) || !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return bad();
  }
  const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(year)},
                                         std::chrono::month{month}, std::chrono::day{day}};
  if (!date.ok()) return bad();
  return core::Instant{std::chrono::sys_days{date}};
}

}  // namespace assure::cli
