#include "storage/sql/constraint_errors.h"

#include <algorithm>
#include <utility>

namespace assure::storage::sql {
namespace {

std::string InWords(std::string_view name) {
  std::string words{name};
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

}  // namespace

core::Error UniqueViolation(std::string column) {
  std::string message = column.empty() ? "Another record already has these details."
                                       : "Another record already has this " + InWords(column) + ".";
  return core::Error::Conflict(std::move(message), std::move(column));
}

core::Error NotNullViolation(std::string column) {
  std::string message = "The " + InWords(column) + " is required.";
  return core::Error::InvalidInput(std::move(column), std::move(message));
}

core::Error CheckViolation(std::string constraint) {
  std::string message = constraint.empty()
                            ? std::string{"A value is not allowed."}
                            : "The " + InWords(constraint) + " has a value that is not allowed.";
  return core::Error::InvalidInput(std::move(constraint), std::move(message));
}

core::Error ForeignKeyViolation(std::string column) {
  std::string message =
      "The record refers to another record that does not exist, or is still referred to by "
      "other records.";
  return core::Error::InvalidInput(std::move(column), std::move(message));
}

core::Error BadValue(std::string column) {
  std::string message = column.empty()
                            ? std::string{"A value has the wrong type, form or size."}
                            : "The " + InWords(column) + " has the wrong type, form or size.";
  return core::Error::InvalidInput(std::move(column), std::move(message));
}

std::string LastColumnName(std::string_view columns) {
  const std::size_t comma = columns.rfind(',');
  std::string_view last = comma == std::string_view::npos ? columns : columns.substr(comma + 1);
  while (!last.empty() && last.front() == ' ') last.remove_prefix(1);
  while (!last.empty() && last.back() == ' ') last.remove_suffix(1);
  if (const std::size_t dot = last.rfind('.'); dot != std::string_view::npos) {
    last.remove_prefix(dot + 1);
  }
  if (last.size() >= 2 && last.front() == '"' && last.back() == '"') {
    last = last.substr(1, last.size() - 2);
  }
  return std::string{last};
}

}  // namespace assure::storage::sql
