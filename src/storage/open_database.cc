#include "storage/open_database.h"

#include <filesystem>
#include <system_error>

#include "storage/database_url.h"
#include "storage/postgres/pg_database.h"
#include "storage/sqlite/sqlite_database.h"

namespace assure::storage {

core::Result<std::unique_ptr<sql::Database>> OpenDatabase(std::string_view url,
                                                          const OpenOptions& options) {
  ASSURE_ASSIGN_OR_RETURN(auto parsed, ParseDatabaseUrl(url));
  if (parsed.dialect == sql::Dialect::kSqlite) {
    std::error_code error;
    std::filesystem::path folder =
        std::filesystem::absolute(parsed.sqlite_path, error).parent_path();
    if (error || !std::filesystem::is_directory(folder, error)) {
      return core::Error::InvalidInput("db", "The folder " + folder.string() +
                                                 " for the SQLite database does not exist; "
                                                 "create it first.");
    }
    ASSURE_ASSIGN_OR_RETURN(
        auto database,
        sqlite::SqliteDatabase::Open(parsed.sqlite_path, {.readers = options.sqlite_readers,
                                                          .busy_timeout = options.timeout}));
    return std::unique_ptr<sql::Database>{std::move(database)};
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto database, postgres::PgDatabase::Open(parsed.postgres_url, parsed.where,
                                                {.max_connections = options.postgres_connections,
                                                 .acquire_timeout = options.timeout}));
  return std::unique_ptr<sql::Database>{std::move(database)};
}

}  // namespace assure::storage
