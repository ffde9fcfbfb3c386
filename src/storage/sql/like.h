// Patterns for LIKE searches that mean the same on both backends. Pure functions; thread-safe.
//
// Write case-insensitive searches as `lower(column) LIKE lower(?) ESCAPE '\'` and pass the pattern
// from one of these functions: they escape %, _ and \ in what a person typed, so "50%" matches
// only "50%". (SQLite connections run with case_sensitive_like=ON so LIKE itself is
// case-sensitive on both; lower() folds A-Z on both, and other letters only on PostgreSQL.)
#pragma once

#include <string>
#include <string_view>

namespace assure::storage::sql {

// `text` with \, % and _ escaped by a backslash.
std::string EscapeLike(std::string_view text);
// Matches values containing `text`.
std::string LikeContains(std::string_view text);
// Matches values starting with `text`.
std::string LikeStartsWith(std::string_view text);

}  // namespace assure::storage::sql
