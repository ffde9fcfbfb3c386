// SplitSql: cuts SQL text into code and the parts that are not code (string literals, quoted
// identifiers, comments), so that rewriters touch only code. Pure function; thread-safe.
//
// Understands '...' (with '' inside), E'...' (with backslash escapes), "..." (with ""), PostgreSQL
// dollar quoting ($$...$$, $tag$...$tag$), -- line comments and nested /* */ comments. An
// unterminated literal or comment runs to the end of the text (the database reports the error).
#pragma once

#include <functional>
#include <string_view>

namespace assure::storage::sql {

// Calls `piece(text, is_code)` for consecutive pieces that together are exactly `sql`.
void SplitSql(std::string_view sql, const std::function<void(std::string_view, bool)>& piece);

}  // namespace assure::storage::sql
