// The errors both backends give for broken constraints and bad values, so that the same mistake
// reads the same on SQLite and PostgreSQL. Pure functions; thread-safe.
//
// `column` is a column name, `constraint` a CHECK constraint's name (named after the column it
// checks, by the convention of doc/decisions/0002-storage-layer.md). Messages name the column in
// words ("partnership id") and never contain a value.
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

namespace assure::storage::sql {

// kConflict, field = column: "Another record already has this name."
core::Error UniqueViolation(std::string column);
// kInvalidInput, field = column: "The name is required."
core::Error NotNullViolation(std::string column);
// kInvalidInput, field = constraint: "The type has a value that is not allowed."
core::Error CheckViolation(std::string constraint);
// kInvalidInput, field = column when known: a referenced record is missing or still in use.
core::Error ForeignKeyViolation(std::string column);
// kInvalidInput, field = column when known: a value of the wrong type, form or size.
core::Error BadValue(std::string column);

// The last name of a comma-separated column list, unqualified and unquoted:
// "agencies.partnership_id, agencies.name" -> "name"; "partnership_id, \"name\"" -> "name".
std::string LastColumnName(std::string_view columns);

}  // namespace assure::storage::sql
