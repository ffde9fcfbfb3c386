// Connection: one session with the database, borrowed for the length of one transaction.
//
// Callers get a Connection& only inside Database::Write or Database::Read and must not keep it
// after their function returns. A Connection is used by one thread at a time (the one running the
// transaction); it is not thread-safe. The backend owns it.
//
// SQL uses ONE placeholder style, `?`, on both backends (doc/decisions/0003-placeholder-style.md).
// Statements are prepared once per connection and cached by their SQL text, so write each query as
// a constant string and pass every value as a parameter. Errors come back as values with the codes
// of doc/decisions/0002-storage-layer.md; messages never contain a value from a row.
//
// After any statement fails, the transaction is finished: every later statement on this connection
// fails until the transaction ends (PostgreSQL behaves so natively; SQLite is made to match). Use
// ON CONFLICT rather than catching an error and carrying on.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>

#include "core/result.h"
#include "storage/sql/dialect.h"
#include "storage/sql/row.h"
#include "storage/sql/value.h"

namespace assure::storage::sql {

class Connection {
 public:
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  virtual ~Connection() = default;

  virtual Dialect dialect() const = 0;

  // Runs one statement and returns every row it produced (a SELECT, or RETURNING).
  core::Result<Rows> Query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return DoQuery(sql, std::span<const Value>{params.begin(), params.size()});
  }
  core::Result<Rows> Query(std::string_view sql, std::span<const Value> params) {
    return DoQuery(sql, params);
  }

  // Runs one statement and returns the number of rows it inserted, updated or deleted.
  core::Result<std::int64_t> Execute(std::string_view sql,
                                     std::initializer_list<Value> params = {}) {
    return DoExecute(sql, std::span<const Value>{params.begin(), params.size()});
  }
  core::Result<std::int64_t> Execute(std::string_view sql, std::span<const Value> params) {
    return DoExecute(sql, params);
  }

  // Runs many statements separated by semicolons, without parameters, after expanding the schema
  // tokens of dialect.h. For migrations; must not contain BEGIN, COMMIT or ROLLBACK.
  virtual core::Status ExecuteScript(std::string_view sql) = 0;

  // Waits for, and holds until the transaction ends, an exclusive lock named by `key` that every
  // process sharing the database sees (PostgreSQL: pg_advisory_xact_lock). On SQLite a write
  // transaction already excludes every other writer, so this returns at once.
  // REQUIRES: inside Database::Write.
  virtual core::Status AcquireTransactionLock(std::int64_t key) = 0;

  // True if a table of this name is visible (PostgreSQL: on the search_path).
  virtual core::Result<bool> TableExists(std::string_view table) = 0;

 protected:
  virtual core::Result<Rows> DoQuery(std::string_view sql, std::span<const Value> params) = 0;
  virtual core::Result<std::int64_t> DoExecute(std::string_view sql,
                                               std::span<const Value> params) = 0;
};

// The part of a connection that only the backend's Database sees: transaction control. Callers of
// Database::Write/Read get a plain Connection& so they cannot commit half-way.
class TransactionalConnection : public Connection {
 public:
  virtual core::Status Begin(std::string_view begin_sql) = 0;
  virtual core::Status Commit() = 0;
  // Ends the transaction, discarding its changes; failures leave the connection marked broken.
  virtual void Rollback() = 0;
};

}  // namespace assure::storage::sql
