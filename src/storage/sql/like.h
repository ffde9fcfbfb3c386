// Patterns for LIKE searches that mean the same on both backends. Pure functions; thread-safe.
//
// Write case-insensitive searches as `lower(column) LIKE lower(?) ESCAPE '\'` and build the pattern
// with EscapeLike: it escapes %, _ and \ in what a person typed, so "50%" matches
// only "50%". (SQLite connections run with case_sensitive_like=ON so LIKE itself is
// case-sensitive on both; lower() folds A-Z on both, and other letters only on PostgreSQL.)
#pragma once

#include <string>
#include <string_view>

namespace assure::storage::sql {

// `text` with \, % and _ escaped by a backslash ("%" + EscapeLike(text) + "%": contains it).
std::string EscapeLike(std::string_view text);

}  // namespace assure::storage::sql
