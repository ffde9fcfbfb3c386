#include "domain/finance/money.h"

#include <limits>

namespace assure::domain {
namespace {

std::string GroupThousands(std::uint64_t pounds) {
  std::string digits = std::to_string(pounds);
  std::string out;
  const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
  out.append(digits, 0, first);
  for (std::size_t i = first; i < digits.size(); i += 3) {
    out += ',';
    out.append(digits, i, 3);
  }
  return out;
}

std::uint64_t Magnitude(Pence amount) {
  // The magnitude of INT64_MIN does not fit an int64; it does fit a uint64.
  return amount < 0 ? static_cast<std::uint64_t>(-(amount + 1)) + 1U
                    : static_cast<std::uint64_t>(amount);
}

std::string TwoDigits(std::uint64_t value) {
  return value < 10 ? "0" + std::to_string(value) : std::to_string(value);
}

core::Error Refused(std::string_view field) {
  return core::Error::InvalidInput(
      std::string{field},
      "Enter an amount in pounds, such as 1234.56 or 1,234.56, up to £10,000,000,000.");
}

}  // namespace

std::string FormatMoney(Pence amount) {
  const std::uint64_t magnitude = Magnitude(amount);
  return std::string{amount < 0 ? "-" : ""} + "\xC2\xA3" + GroupThousands(magnitude / 100U) + "." +
         TwoDigits(magnitude % 100U);
}

std::string PlainMoney(Pence amount) {
  const std::uint64_t magnitude = Magnitude(amount);
  return std::string{amount < 0 ? "-" : ""} + std::to_string(magnitude / 100U) + "." +
         TwoDigits(magnitude % 100U);
}

core::Result<Pence> ParseMoney(std::string_view field, std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  bool negative = false;
  if (!text.empty() && text.front() == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  constexpr std::string_view kPound = "\xC2\xA3";
  if (text.substr(0, kPound.size()) == kPound) text.remove_prefix(kPound.size());
  const std::size_t point = text.find('.');
  const std::string_view whole = text.substr(0, point);
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view{} : text.substr(point + 1);
  if (whole.empty() ||
      (point != std::string_view::npos && (fraction.empty() || fraction.size() > 2))) {
    return Refused(field);
  }
  // Digits, perhaps in groups of three separated by commas (the first group 1 to 3 digits).
  std::uint64_t pounds = 0;
  std::size_t group = 0;
  std::size_t groups = 0;
  for (const char c : whole) {
    if (c == ',') {
      if (group == 0 || group > 3 || (groups > 0 && group != 3)) return Refused(field);
      ++groups;
      group = 0;
      continue;
    }
    if (c < '0' || c > '9') return Refused(field);
    ++group;
    pounds = pounds * 10U + static_cast<std::uint64_t>(c - '0');
    if (pounds > static_cast<std::uint64_t>(kMaxEntryPence / 100)) return Refused(field);
  }
  if (group == 0 || (groups > 0 && group != 3)) return Refused(field);
  std::uint64_t pence = 0;
  for (const char c : fraction) {
    if (c < '0' || c > '9') return Refused(field);
  }
  if (fraction.size() == 1) pence = static_cast<std::uint64_t>(fraction[0] - '0') * 10U;
  if (fraction.size() == 2) {
    pence = static_cast<std::uint64_t>(fraction[0] - '0') * 10U +
            static_cast<std::uint64_t>(fraction[1] - '0');
  }
  const std::uint64_t total = pounds * 100U + pence;
  if (total > static_cast<std::uint64_t>(kMaxEntryPence)) return Refused(field);
  const auto amount = static_cast<Pence>(total);
  return negative ? -amount : amount;
}

std::optional<Pence> AddPence(Pence a, Pence b) {
  Pence sum = 0;
  if (__builtin_add_overflow(a, b, &sum)) return std::nullopt;
  return sum;
}

core::Result<Pence> SumPence(std::string_view field, std::span<const Pence> amounts) {
  Pence total = 0;
  for (const Pence amount : amounts) {
    const auto next = AddPence(total, amount);
    if (!next) {
      return core::Error::InvalidInput(std::string{field}, "The total is too large to hold.");
    }
    total = *next;
  }
  return total;
}

std::optional<std::int64_t> ShareBasisPoints(Pence part, Pence whole) {
  if (whole <= 0) return std::nullopt;
  const bool negative = part < 0;
  const std::uint64_t magnitude = Magnitude(part);
  auto divisor = static_cast<std::uint64_t>(whole);
  const std::uint64_t quotient = magnitude / divisor;
  std::uint64_t remainder = magnitude % divisor;
  // remainder * 20,000 overflows only for wholes beyond £9 trillion: halve both until it fits.
  std::uint64_t scaled = 0;
  while (__builtin_mul_overflow(remainder, std::uint64_t{20000}, &scaled)) {
    remainder /= 2U;
    divisor /= 2U;
  }
  std::uint64_t basis = 0;
  if (__builtin_mul_overflow(quotient, std::uint64_t{10000}, &basis) ||
      basis > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max() / 2)) {
    return std::nullopt;  // a share beyond any real budget's
  }
  basis += (scaled + divisor) / (2U * divisor);
  const auto value = static_cast<std::int64_t>(basis);
  return negative ? -value : value;
}

std::string FormatBasisPoints(std::int64_t basis_points) {
  const std::uint64_t magnitude = Magnitude(basis_points);
  return std::string{basis_points < 0 ? "-" : ""} + std::to_string(magnitude / 100U) + "." +
         TwoDigits(magnitude % 100U) + "%";
}

}  // namespace assure::domain
