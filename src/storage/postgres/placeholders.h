// RewritePlaceholders: turns the repositories' `?` placeholders into PostgreSQL's $1..$n.
// Pure function; thread-safe. See doc/decisions/0003-placeholder-style.md.
//
// A `?` inside a string literal ('...', E'...', $$...$$), a quoted identifier ("...") or a comment
// is left alone. PostgreSQL's jsonb operators ?, ?| and ?& cannot be written: use the functions
// jsonb_exists, jsonb_exists_any and jsonb_exists_all instead.
#pragma once

#include <string>
#include <string_view>

namespace assure::storage::postgres {

struct RewrittenSql {
  std::string sql;
  int parameter_count = 0;
};

RewrittenSql RewritePlaceholders(std::string_view sql);

}  // namespace assure::storage::postgres
