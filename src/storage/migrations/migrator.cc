#include "storage/migrations/migrator.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>

namespace assure::storage {
namespace {

// The name of the lock that serialises migrations across processes ("AssureMg" in ASCII).
constexpr std::int64_t kMigrationLock = 0x4173737572654D67;

constexpr std::string_view kCreateSchemaMigrations = R"sql(
CREATE TABLE IF NOT EXISTS schema_migrations (
  version BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL
) {strict};
)sql";

const Migration* Find(std::span<const Migration> migrations, std::int64_t version) {
  auto found = std::find_if(migrations.begin(), migrations.end(),
                            [&](const Migration& m) { return m.version == version; });
  return found == migrations.end() ? nullptr : &*found;
}

// The versions applied to the database, after checking each against `migrations`.
core::Result<std::set<std::int64_t>> CheckApplied(sql::Connection& connection,
                                                  std::span<const Migration> migrations) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection.Query("SELECT version, name, checksum FROM schema_migrations ORDER BY version"));
  std::set<std::int64_t> applied;
  for (const sql::Row& row : rows) {
    const std::int64_t version = row.Int64(0);
    const Migration* known = Find(migrations, version);
    if (known == nullptr) {
      return core::Error::Internal(
          "The database has migration " + row.Text(1) +
          ", which this version of Assure does not know: a newer version has used this "
          "database. Run that version, or restore a backup taken before it.");
    }
    if (row.Text(2) != MigrationChecksum(known->sql)) {
      return core::Error::Internal(
          "Migration " + std::string{known->name} +
          " differs from the one applied to this database (its checksum has changed). "
          "Applied migrations must never be edited: restore the original and add a new one.");
    }
    applied.insert(version);
  }
  return applied;
}

// Applies `migration` unless another process did so first; returns whether this call applied it.
core::Result<bool> ApplyOne(sql::Database& database, const core::Clock& clock,
                            const Migration& migration) {
  return database.Write([&](sql::Connection& connection) -> core::Result<bool> {
    ASSURE_TRY(connection.AcquireTransactionLock(kMigrationLock));
    ASSURE_ASSIGN_OR_RETURN(
        auto done, connection.Query("SELECT version FROM schema_migrations WHERE version = ?",
                                    {std::int64_t{migration.version}}));
    if (!done.empty()) return false;  // another server applied it while we waited
    core::Status applied = connection.ExecuteScript(migration.sql);
    if (!applied.ok()) {
      core::Error error = applied.error();
      error.message = "Migration " + std::string{migration.name} + " failed: " + error.message;
      return error;
    }
    ASSURE_TRY(connection.Execute(
        "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)",
        {std::int64_t{migration.version}, std::string{migration.name},
         MigrationChecksum(migration.sql), core::FormatInstant(clock.Now())}));
    return true;
  });
}

}  // namespace

core::Result<int> Migrate(sql::Database& database, const core::Clock& clock,
                          std::span<const Migration> migrations) {
  ASSURE_ASSIGN_OR_RETURN(
      auto applied,
      database.Write([&](sql::Connection& connection) -> core::Result<std::set<std::int64_t>> {
        ASSURE_TRY(connection.AcquireTransactionLock(kMigrationLock));
        ASSURE_TRY(connection.ExecuteScript(kCreateSchemaMigrations));
        return CheckApplied(connection, migrations);
      }));
  int count = 0;
  for (const Migration& migration : migrations) {
    if (applied.contains(migration.version)) continue;
    ASSURE_ASSIGN_OR_RETURN(auto applied_now, ApplyOne(database, clock, migration));
    if (applied_now) ++count;
  }
  return count;
}

core::Result<int> PendingMigrations(sql::Database& database,
                                    std::span<const Migration> migrations) {
  return database.Read([&](sql::Connection& connection) -> core::Result<int> {
    ASSURE_ASSIGN_OR_RETURN(auto exists, connection.TableExists("schema_migrations"));
    if (!exists) return static_cast<int>(migrations.size());
    ASSURE_ASSIGN_OR_RETURN(auto applied, CheckApplied(connection, migrations));
    return static_cast<int>(migrations.size() - applied.size());
  });
}

core::Result<int> Migrate(sql::Database& database, const core::Clock& clock) {
  return Migrate(database, clock, EmbeddedMigrations());
}

core::Result<int> PendingMigrations(sql::Database& database) {
  return PendingMigrations(database, EmbeddedMigrations());
}

}  // namespace assure::storage
