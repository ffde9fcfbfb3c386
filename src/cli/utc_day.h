// Parsing of calendar days ("2026-01-05", ISO 8601 extended form, proleptic Gregorian) as the
// instants at which they start in UTC, for command options like `audit export --from`. Pure;
// thread-safe.
#pragma once

#include <string_view>

#include "core/clock.h"
#include "core/result.h"

namespace assure::cli {

// The instant the day begins (00:00 UTC). kInvalidInput on `field` for anything but an existing
// YYYY-MM-DD date.
core::Result<core::Instant> ParseUtcDay(std::string_view text, std::string_view field);

}  // namespace assure::cli
