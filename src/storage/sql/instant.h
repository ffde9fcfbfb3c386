// Instants as the storage layer keeps them: TEXT in core::FormatInstant form
// ("2026-01-05T09:00:00.000000Z"; fixed width, so text order is time order on both engines), and
// back. Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/clock.h"
#include "core/result.h"
#include "storage/sql/row.h"
#include "storage/sql/value.h"

namespace assure::storage::sql {

Value InstantValue(core::Instant instant);
Value OptionalInstantValue(const std::optional<core::Instant>& instant);

// The instant written by core::FormatInstant as `text`; nullopt for any other text (even another
// spelling of the same instant), so FormatInstant(*ParseInstant(t)) == t.
std::optional<core::Instant> ParseInstant(std::string_view text);

// Column `column` of `row` as an instant: kInternal if it holds text of another form (a damaged
// row: the message names the column, never the value).
core::Result<core::Instant> InstantAt(const Row& row, std::size_t column, std::string_view name);
// The same for a column that may be NULL.
core::Result<std::optional<core::Instant>> OptionalInstantAt(const Row& row, std::size_t column,
                                                             std::string_view name);

}  // namespace assure::storage::sql
