// Row and Rows: the result of a query, fully read into memory (no cursor stays open).
//
// Cells are addressed by column index in SELECT order. The typed getters say what the caller
// expects; a cell of another type is a bug in the query, not a user error, so it aborts with a
// message naming the column (like Result misuse). Plain values; thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "storage/sql/value.h"

namespace assure::storage::sql {

class Row {
 public:
  Row() = default;
  explicit Row(std::vector<Value> values) : values_(std::move(values)) {}

  std::size_t size() const { return values_.size(); }
  const Value& at(std::size_t column) const;

  bool IsNull(std::size_t column) const;
  std::int64_t Int64(std::size_t column) const;
  double Real(std::size_t column) const;
  const std::string& Text(std::size_t column) const;
  // An integer 0 or 1 (how booleans are stored).
  bool Bool(std::size_t column) const;
  std::optional<std::string> OptionalText(std::size_t column) const;
  std::optional<std::int64_t> OptionalInt64(std::size_t column) const;

 private:
  std::vector<Value> values_;
};

struct Rows {
  std::vector<std::string> columns;
  std::vector<Row> rows;

  bool empty() const { return rows.empty(); }
  std::size_t size() const { return rows.size(); }
  const Row& operator[](std::size_t i) const { return rows[i]; }
  auto begin() const { return rows.begin(); }
  auto end() const { return rows.end(); }
};

}  // namespace assure::storage::sql
