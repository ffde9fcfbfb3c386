// SqliteConnection: one sqlite3 handle with its cache of prepared statements.
//
// Owned by SqliteDatabase (the writer, or one of the pooled readers) and used by one thread at a
// time; not thread-safe. Every connection runs with foreign_keys=ON, case_sensitive_like=ON (LIKE
// means the same as on PostgreSQL), the busy timeout, and a "C" collation (byte order) so that
// `ORDER BY x COLLATE "C"` works on both backends. The writer also sets journal_mode=WAL and
// synchronous=FULL. Nothing outside src/storage/sqlite sees sqlite3.h.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"
#include "storage/sql/connection.h"

struct sqlite3;
struct sqlite3_stmt;

namespace assure::storage::sqlite {

class SqliteConnection final : public sql::TransactionalConnection {
 public:
  enum class Mode { kWriter, kReadOnly };
  // Lets only Open call the constructor (through std::make_unique).
  class Key {
    friend class SqliteConnection;
    Key() = default;
  };

  // Opens `path` (the writer creates the file if it is missing).
  static core::Result<std::unique_ptr<SqliteConnection>> Open(
      const std::string& path, Mode mode, std::chrono::milliseconds busy_timeout);
  SqliteConnection(Key, sqlite3* db) : db_(db) {}
  ~SqliteConnection() override;

  sql::Dialect dialect() const override { return sql::Dialect::kSqlite; }
  core::Status ExecuteScript(std::string_view sql) override;
  core::Status AcquireTransactionLock(std::int64_t key) override;
  core::Result<bool> TableExists(std::string_view table) override;

  core::Status Begin(std::string_view begin_sql) override;
  core::Status Commit() override;
  void Rollback() override;

  // Savepoints, so that several writes share one transaction (SqliteDatabase's group commit):
  // each runs between BeginSavepoint and EndSavepoint, and a failed one is undone alone.
  core::Status BeginSavepoint();
  // Keeps the changes since BeginSavepoint if `status` is ok and no statement failed since;
  // otherwise undoes them. Returns what the write ends with.
  core::Status EndSavepoint(core::Status status);
  // False once the transaction has ended; SQLite ends one itself on some errors (a full disk).
  bool InTransaction() const;

  // The raw handle, for the online backup API (sqlite_backup.cc).
  sqlite3* handle() { return db_; }

 private:
  struct StatementDeleter {
    void operator()(sqlite3_stmt* statement) const;
  };
  using StatementPtr = std::unique_ptr<sqlite3_stmt, StatementDeleter>;
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const {
      return std::hash<std::string_view>{}(text);
    }
  };

  core::Result<sql::Rows> DoQuery(std::string_view sql,
                                  std::span<const sql::Value> params) override;
  core::Result<std::int64_t> DoExecute(std::string_view sql,
                                       std::span<const sql::Value> params) override;

  // Runs one statement; collects rows into `rows` when it is not null.
  core::Status Run(std::string_view sql, std::span<const sql::Value> params, sql::Rows* rows);
  core::Result<sqlite3_stmt*> Prepare(std::string_view sql);
  core::Error LastError();
  // Records a failed statement: the transaction it belongs to may only end now.
  core::Error Fail(core::Error error);

  sqlite3* db_;
  std::unordered_map<std::string, StatementPtr, StringHash, std::equal_to<>> statements_;
  bool in_transaction_ = false;
  bool failed_ = false;  // a statement of the open transaction failed
};

}  // namespace assure::storage::sqlite
