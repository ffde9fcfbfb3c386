// DatabaseUrl: the one setting that says which database to use, parsed and checked.
//
//   sqlite:PATH                                       an SQLite file (relative or absolute path)
//   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?libpq options]   (postgres:// too)
//
// Pure function; thread-safe. A malformed URL gives kInvalidInput with field "db" and a message
// showing both forms; no message ever repeats the URL (it may hold a password).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "storage/sql/dialect.h"

namespace assure::storage {

struct DatabaseUrl {
  sql::Dialect dialect = sql::Dialect::kSqlite;
  std::string sqlite_path;   // SQLite: the database file
  std::string postgres_url;  // PostgreSQL: the URL as given, for libpq
  std::string where;         // for messages: the path, or postgresql://user@host:port/dbname
};

core::Result<DatabaseUrl> ParseDatabaseUrl(std::string_view url);

}  // namespace assure::storage
