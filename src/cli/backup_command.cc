// `assure backup --to FILE`: a consistent copy of a live SQLite database (the online backup
// API, then fsync). PostgreSQL has its own tool for this, and the message says so.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "storage/database_url.h"
#include "storage/sqlite/sqlite_backup.h"

namespace assure::cli {

int Backup(const std::string& db_url, const std::string& destination) {
  auto url = storage::ParseDatabaseUrl(db_url);
  if (!url) return Fail(url.error());
  if (url->dialect != storage::sql::Dialect::kSqlite) {
    return Fail(core::Error::InvalidInput(
        "db",
        "backup copies SQLite databases; for PostgreSQL use pg_dump, e.g. "
        "pg_dump --format=custom --file=assure.dump DBNAME"));
  }
  auto status = storage::sqlite::Backup(url->sqlite_path, destination);
  if (!status) return Fail(status.error());
  std::printf("backup: %s written\n", destination.c_str());
  return kExitOk;
}

}  // namespace assure::cli
