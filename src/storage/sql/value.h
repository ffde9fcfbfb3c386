// Value: one SQL parameter or result cell. NULL, a 64-bit integer, a double or text (UTF-8).
//
// Booleans are stored as integers 0/1, instants as FormatInstant text, civil dates as
// 'YYYY-MM-DD' text (doc/decisions/0002-storage-layer.md). Plain value type; thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace assure::storage::sql {

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// Helpers for the conversions the variant does not make by itself.
inline Value Text(std::string_view text) { return std::string{text}; }
inline Value Bool(bool value) { return std::int64_t{value ? 1 : 0}; }
inline Value OptionalText(const std::optional<std::string>& text) {
  if (text) return *text;
  return nullptr;
}
inline Value OptionalInt64(std::optional<std::int64_t> value) {
  if (value) return *value;
  return nullptr;
}

}  // namespace assure::storage::sql
