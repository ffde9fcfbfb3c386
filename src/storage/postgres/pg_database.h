// PgDatabase: the PostgreSQL backend, for many application servers sharing one database.
//
// Thread-safe. Every transaction borrows a connection from a bounded PgPool. Write() runs
// BEGIN (READ COMMITTED: records carry versions, so stale updates are caught by the repositories);
// Read() runs BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY, one consistent snapshot like
// SQLite's. If BEGIN finds a pooled connection lost (the server restarted, say), PgConnection
// resets it and tries once more, since nothing has happened yet. Close() waits for leases.
#pragma once

#include <memory>
#include <string>

#include "core/result.h"
#include "storage/postgres/pg_pool.h"
#include "storage/sql/database.h"

namespace assure::storage::postgres {

class PgDatabase final : public sql::Database {
 public:
  // Connects once to prove the server is reachable (kUnavailable otherwise, with a one-line
  // message naming `where`, never the password).
  static core::Result<std::unique_ptr<PgDatabase>> Open(const std::string& url,
                                                        const std::string& where,
                                                        const PgPool::Options& options);
  PgDatabase(const std::string& url, const std::string& where, const PgPool::Options& options);
  ~PgDatabase() override;

  sql::Dialect dialect() const override { return sql::Dialect::kPostgres; }
  core::Status RunWrite(const Work& work) override;
  core::Status RunRead(const Work& work) override;
  core::Status Ping() override;
  void Close() override;

 private:
  core::Status Run(const char* begin_sql, const Work& work);

  PgPool pool_;
};

}  // namespace assure::storage::postgres
