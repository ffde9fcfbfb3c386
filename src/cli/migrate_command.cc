// `assure migrate`: applies the migrations this binary carries, each in its own transaction,
// then marks the next clock of any case never marked (domain/reviews/clock_marks.h).
#include <cstdio>

#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "domain/reviews/clocks/clock_marks.h"
#include "storage/migrations/migrator.h"
#include "storage/open_database.h"
#include "storage/sql_store.h"

namespace assure::cli {

int Migrate(const std::string& db_url, const core::Clock& clock) {
  auto database = storage::OpenDatabase(db_url);
  if (!database) return Fail(database.error());
  auto applied = storage::Migrate(**database, clock);
  if (!applied) {
    (*database)->Close();
    return Fail(applied.error());
  }
  storage::SqlStore store(**database, clock);
  auto marked = domain::MarkUnmarkedCases(store, domain::PartnershipDeadlines());
  (*database)->Close();
  if (!marked) return Fail(marked.error());
  std::printf("migrations: %d applied, database is current\n", *applied);
  if (*marked > 0) std::printf("clocks: %lld cases marked\n", static_cast<long long>(*marked));
  return kExitOk;
}

}  // namespace assure::cli
