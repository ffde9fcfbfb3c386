#include "storage/postgres/pg_database.h"

namespace assure::storage::postgres {

core::Result<std::unique_ptr<PgDatabase>> PgDatabase::Open(const std::string& url,
                                                           const std::string& where,
                                                           const PgPool::Options& options) {
  auto database = std::make_unique<PgDatabase>(url, where, options);
  ASSURE_TRY(database->Ping());
  return database;
}

PgDatabase::PgDatabase(const std::string& url, const std::string& where,
                       const PgPool::Options& options)
    : pool_(url, where, options) {}

PgDatabase::~PgDatabase() { Close(); }

core::Status PgDatabase::Run(const char* begin_sql, const Work& work) {
  ASSURE_ASSIGN_OR_RETURN(auto lease, pool_.Acquire());
  return sql::RunTransaction(*lease, begin_sql, work);
}

core::Status PgDatabase::RunWrite(const Work& work) { return Run("BEGIN", work); }

core::Status PgDatabase::RunRead(const Work& work) {
  return Run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", work);
}

core::Status PgDatabase::Ping() {
  return Read([](sql::Connection& connection) -> core::Status {
    ASSURE_TRY(connection.Query("SELECT 1"));
    return core::Ok();
  });
}

void PgDatabase::Close() { pool_.Close(); }

}  // namespace assure::storage::postgres
