#include "storage/sql/instant.h"

#include <chrono>
#include <string>

namespace assure::storage::sql {
namespace {

constexpr std::size_t kLength = 27;  // "2026-01-05T09:00:00.000000Z"

// The decimal number in text[begin, begin + digits), or -1 if any character is not a digit.
std::int64_t Digits(std::string_view text, std::size_t begin, std::size_t digits) {
  std::int64_t value = 0;
  for (std::size_t i = begin; i < begin + digits; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

}  // namespace

Value InstantValue(core::Instant instant) { return core::FormatInstant(instant); }

Value OptionalInstantValue(const std::optional<core::Instant>& instant) {
  if (instant) return core::FormatInstant(*instant);
  return nullptr;
}

std::optional<core::Instant> ParseInstant(std::string_view text) {
  if (text.size() != kLength || text[4] != '-' || text[7] != '-' || text[10] != 'T' ||
      text[13] != ':' || text[16] != ':' || text[19] != '.' || text[26] != 'Z') {
    return std::nullopt;
  }
  const std::int64_t year = Digits(text, 0, 4);
  const std::int64_t month = Digits(text, 5, 2);
  const std::int64_t day = Digits(text, 8, 2);
  const std::int64_t hour = Digits(text, 11, 2);
  const std::int64_t minute = Digits(text, 14, 2);
  const std::int64_t second = Digits(text, 17, 2);
  const std::int64_t micros = Digits(text, 20, 6);
  if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 ||
      second < 0 || second > 59 || micros < 0) {
    return std::nullopt;
  }
  const std::chrono::year_month_day date{std::chrono::year{static_cast<int>(year)},
                                         std::chrono::month{static_cast<unsigned>(month)},
                                         std::chrono::day{static_cast<unsigned>(day)}};
  if (!date.ok()) return std::nullopt;
  const core::Instant instant = std::chrono::sys_days{date} + std::chrono::hours{hour} +
                                std::chrono::minutes{minute} + std::chrono::seconds{second} +
                                std::chrono::microseconds{micros};
  if (core::FormatInstant(instant) != text) return std::nullopt;
  return instant;
}

core::Result<core::Instant> InstantAt(const Row& row, std::size_t column, std::string_view name) {
  auto instant = ParseInstant(row.Text(column));
  if (!instant) {
    return core::Error::Internal("The stored " + std::string{name} +
                                 " is not an instant in the expected form.");
  }
  return *instant;
}

core::Result<std::optional<core::Instant>> OptionalInstantAt(const Row& row, std::size_t column,
                                                             std::string_view name) {
  if (row.IsNull(column)) return std::optional<core::Instant>{};
  ASSURE_ASSIGN_OR_RETURN(auto instant, InstantAt(row, column, name));
  return std::optional<core::Instant>{instant};
}

}  // namespace assure::storage::sql
