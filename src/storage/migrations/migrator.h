// The migrator (Migrate and PendingMigrations): bring a database's schema up to this binary's
// migrations, and say how far behind it is (for readiness checks and `assure migrate`).
//
// Applied migrations are recorded in schema_migrations(version, name, checksum, applied_at).
// Migrate applies each pending migration in its own write transaction, so a failure leaves the
// earlier ones applied and nothing of the failed one. Every such transaction first takes the
// migration lock (Connection::AcquireTransactionLock: on PostgreSQL an advisory lock) and then
// re-reads what is applied, so servers starting together never apply a migration twice.
//
// Both refuse a database whose applied migration differs from the embedded one (naming it) or that
// has a migration this binary does not know (a newer Assure ran on it): kInternal, with a message
// for the operator. Thread-safe as the Database is.
#pragma once

#include <span>

#include "core/clock.h"
#include "core/result.h"
#include "storage/migrations/migration.h"
#include "storage/sql/database.h"

namespace assure::storage {

// Applies every pending migration of EmbeddedMigrations() and returns how many it applied (0 when
// the schema was current). Idempotent.
core::Result<int> Migrate(sql::Database& database, const core::Clock& clock);
// The number of EmbeddedMigrations() not yet applied; 0 means the schema is current.
core::Result<int> PendingMigrations(sql::Database& database);

// The same, for a given list of migrations (tests).
core::Result<int> Migrate(sql::Database& database, const core::Clock& clock,
                          std::span<const Migration> migrations);
core::Result<int> PendingMigrations(sql::Database& database, std::span<const Migration> migrations);

}  // namespace assure::storage
