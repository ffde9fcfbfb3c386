// `assure migrate`: applies the migrations this binary carries, each in its own transaction.
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "storage/migrations/migrator.h"
#include "storage/open_database.h"

namespace assure::cli {

int Migrate(const std::string& db_url, const core::Clock& clock) {
  auto database = storage::OpenDatabase(db_url);
  if (!database) return Fail(database.error());
  auto applied = storage::Migrate(**database, clock);
  (*database)->Close();
  if (!applied) return Fail(applied.error());
  std::printf("migrations: %d applied, database is current\n", *applied);
  return kExitOk;
}

}  // namespace assure::cli
