// Money: a whole number of pence in a signed 64-bit integer, never floating point, so that every
// total is exact (DOMAIN.md, area 6). Shown as "£1,234.56" (a minus sign before the pound sign
// for a negative amount: "-£12.00"); entered as pounds with up to two decimal places ("1234.56",
// "1,234.5", "£1,234"). Sums that would overflow are refused, never wrapped. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"

namespace assure::domain {

using Pence = std::int64_t;

// The largest amount an entry may hold: £10,000,000,000.00 (a partnership's budget is far less),
// so that sums of many entries stay far from overflow.
inline constexpr Pence kMaxEntryPence = 1'000'000'000'000;

// "£1,234.56", "-£0.05", "£0.00".
std::string FormatMoney(Pence amount);
// "1234.56": the plain form for CSV and spreadsheets (no pound sign, no thousands separators).
std::string PlainMoney(Pence amount);

// Pounds as a person types them: optional "-", optional "£", digits with optional "," thousands
// separators (each group of three), optional "." and one or two decimal digits. Refuses anything
// else, and amounts beyond kMaxEntryPence, with kInvalidInput naming `field`.
core::Result<Pence> ParseMoney(std::string_view field, std::string_view text);

// a + b, or nullopt if it would overflow.
std::optional<Pence> AddPence(Pence a, Pence b);
// The sum of `amounts`, or kInvalidInput naming `field` if it would overflow.
core::Result<Pence> SumPence(std::string_view field, std::span<const Pence> amounts);

// `part` as a share of `whole` in basis points (1/100 of a percent), rounded half up; nullopt when
// `whole` is not positive or the share is absurdly large. 2,500 is 25.00%.
std::optional<std::int64_t> ShareBasisPoints(Pence part, Pence whole);
// "25.00%" for 2,500 basis points.
std::string FormatBasisPoints(std::int64_t basis_points);

}  // namespace assure::domain
