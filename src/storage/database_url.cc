#include "storage/database_url.h"

#include "storage/postgres/pg_url.h"

namespace assure::storage {
namespace {

core::Error BadUrl(std::string_view why) {
  return core::Error::InvalidInput(
      "db", std::string{why} +
                " Use sqlite:PATH (for example sqlite:/var/lib/assure/assure.db) or "
                "postgresql://USER@HOST:PORT/DBNAME.");
}

}  // namespace

core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url) {
  DatabaseUrl parsed;
  if (url.rfind("sqlite:", 0) == 0) {
    parsed.dialect = sql::Dialect::kSqlite;
    parsed.sqlite_path = std::string{url.substr(7)};
    if (parsed.sqlite_path.empty()) return BadUrl("The SQLite database URL has no file path.");
    if (parsed.sqlite_path == ":memory:" || parsed.sqlite_path.rfind("file:", 0) == 0) {
      return BadUrl("The SQLite database must be a plain file path.");
    }
    parsed.where = parsed.sqlite_path;
    return parsed;
  }
  if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0) {
    parsed.dialect = sql::Dialect::kPostgres;
    parsed.postgres_url = std::string{url};
    auto where = postgres::DescribePostgresUrl(url);
    if (!where) return BadUrl("The PostgreSQL database URL is malformed.");
    parsed.where = std::move(*where);
    return parsed;
  }
  return BadUrl("The database URL must start with sqlite: or postgresql://.");
}

}  // namespace assure::storage
