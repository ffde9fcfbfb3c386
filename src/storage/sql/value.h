// Value: one SQL parameter or result cell. NULL, a 64-bit integer, a double, text (UTF-8) or,
// as a parameter only, a Blob of bytes (a {blob} column; read back, it is a std::string of the
// same bytes).
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

// Bytes for a {blob} column (BLOB on SQLite, BYTEA on PostgreSQL).
struct Blob {
  std::string bytes;
};

using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string, Blob>;

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
