#include "storage/postgres/placeholders.h"

#include "storage/sql/sql_scanner.h"

namespace assure::storage::postgres {

RewrittenSql RewritePlaceholders(std::string_view sql) {
  RewrittenSql out;
  out.sql.reserve(sql.size() + 16);
  sql::SplitSql(sql, [&](std::string_view piece, bool is_code) {
    if (!is_code) {
      out.sql += piece;
      return;
    }
    for (char c : piece) {
      if (c == '?') {
        out.sql += '$';
        out.sql += std::to_string(++out.parameter_count);
      } else {
        out.sql += c;
      }
    }
  });
  return out;
}

}  // namespace assure::storage::postgres
