#include "storage/sql/row.h"

#include <cstdio>
#include <cstdlib>

namespace assure::storage::sql {
namespace {

[[noreturn]] void TypeMismatch(std::size_t column, const char* expected, const Value& value) {
  static constexpr const char* kTypes[] = {"NULL", "integer", "real", "text"};
  std::fprintf(stderr, "assure: Row misuse: column %zu holds %s, read as %s\n", column,
               kTypes[value.index()], expected);
  std::abort();
}

template <typename T>
const T& Get(const Value& value, std::size_t column, const char* expected) {
  if (const T* cell = std::get_if<T>(&value)) return *cell;
  TypeMismatch(column, expected, value);
}

}  // namespace

const Value& Row::at(std::size_t column) const {
  if (column >= values_.size()) {
    std::fprintf(stderr, "assure: Row misuse: column %zu of a row of %zu\n", column,
                 values_.size());
    std::abort();
  }
  return values_[column];
}

bool Row::IsNull(std::size_t column) const {
  return std::holds_alternative<std::nullptr_t>(at(column));
}

std::int64_t Row::Int64(std::size_t column) const {
  return Get<std::int64_t>(at(column), column, "integer");
}

double Row::Real(std::size_t column) const { return Get<double>(at(column), column, "real"); }

const std::string& Row::Text(std::size_t column) const {
  return Get<std::string>(at(column), column, "text");
}

bool Row::Bool(std::size_t column) const {
  const std::int64_t value = Get<std::int64_t>(at(column), column, "boolean (integer 0 or 1)");
  if (value != 0 && value != 1) TypeMismatch(column, "boolean (integer 0 or 1)", at(column));
  return value == 1;
}

std::optional<std::string> Row::OptionalText(std::size_t column) const {
  if (IsNull(column)) return std::nullopt;
  return Text(column);
}

std::optional<std::int64_t> Row::OptionalInt64(std::size_t column) const {
  if (IsNull(column)) return std::nullopt;
  return Int64(column);
}

}  // namespace assure::storage::sql
