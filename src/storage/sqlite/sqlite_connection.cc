#include "storage/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "storage/sql/dialect.h"
#include "storage/sqlite/sqlite_errors.h"

namespace assure::storage::sqlite {
namespace {

// More distinct statements than any repository uses; past it the cache starts again.
constexpr std::size_t kMaxCachedStatements = 512;

int CompareBytes(void*, int left_size, const void* left, int right_size, const void* right) {
  const auto left_length = static_cast<std::size_t>(left_size);
  const auto right_length = static_cast<std::size_t>(right_size);
  const int order = std::memcmp(left, right, std::min(left_length, right_length));
  if (order != 0) return order;
  return left_length < right_length ? -1 : (left_length > right_length ? 1 : 0);
}

bool OnlySeparators(std::string_view rest) {
  for (char c : rest) {
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != ';') return false;
  }
  return true;
}

int Bind(sqlite3_stmt* statement, int index, const sql::Value& value) {
  return std::visit(
      [&](const auto& cell) -> int {
        using T = std::decay_t<decltype(cell)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return sqlite3_bind_null(statement, index);
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return sqlite3_bind_int64(statement, index, cell);
        } else if constexpr (std::is_same_v<T, double>) {
          return sqlite3_bind_double(statement, index, cell);
        } else if constexpr (std::is_same_v<T, sql::Blob>) {
          return sqlite3_bind_blob64(statement, index, cell.bytes.data(), cell.bytes.size(),
                                     SQLITE_STATIC);
        } else {
          return sqlite3_bind_text64(statement, index, cell.data(), cell.size(), SQLITE_STATIC,
                                     SQLITE_UTF8);
        }
      },
      value);
}

sql::Value Column(sqlite3_stmt* statement, int column) {
  switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
      return std::int64_t{sqlite3_column_int64(statement, column)};
    case SQLITE_FLOAT:
      return sqlite3_column_double(statement, column);
    case SQLITE_NULL:
      return nullptr;
    default: {
      const auto* text = static_cast<const char*>(sqlite3_column_blob(statement, column));
      const auto size = static_cast<std::size_t>(sqlite3_column_bytes(statement, column));
      return text == nullptr ? std::string{} : std::string{text, size};
    }
  }
}

}  // namespace

void SqliteConnection::StatementDeleter::operator()(sqlite3_stmt* statement) const {
  sqlite3_finalize(statement);
}

core::Result<std::unique_ptr<SqliteConnection>> SqliteConnection::Open(
    const std::string& path, Mode mode, std::chrono::milliseconds busy_timeout) {
  const int flags =
      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE |
      (mode == Mode::kWriter ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY);
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  // The connection owns the handle from here, even when opening failed.
  auto connection = std::make_unique<SqliteConnection>(Key{}, db);
  if (rc != SQLITE_OK) {
    return core::Error::Unavailable("Cannot open the SQLite database " + path + ": " +
                                    (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)) +
                                    ".");
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, static_cast<int>(busy_timeout.count()));
  if (sqlite3_create_collation_v2(db, "C", SQLITE_UTF8, nullptr, &CompareBytes, nullptr) !=
      SQLITE_OK) {
    return connection->LastError();
  }
  // Pages are read through a shared memory map rather than a read() call each, and each
  // connection keeps up to 16 MiB of them (SQLite's default is 2 MiB): the case list at national
  // scale spent a tenth of its time copying pages out of the kernel.
  ASSURE_TRY(
      connection->ExecuteScript("PRAGMA foreign_keys = ON; PRAGMA case_sensitive_like = ON;"
                                " PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -16384;"));
  if (mode == Mode::kWriter) {
    ASSURE_ASSIGN_OR_RETURN(auto journal, connection->Query("PRAGMA journal_mode = WAL"));
    if (journal.empty() || journal.rows[0].Text(0) != "wal") {
      return core::Error::Unavailable("The SQLite database " + path +
                                      " cannot use write-ahead logging (WAL) here.");
    }
    ASSURE_TRY(connection->ExecuteScript("PRAGMA synchronous = FULL;"));
  }
  return connection;
}

SqliteConnection::~SqliteConnection() {
  statements_.clear();
  sqlite3_close_v2(db_);
}

core::Error SqliteConnection::LastError() {
  return SqliteError(sqlite3_extended_errcode(db_), sqlite3_errmsg(db_));
}

core::Error SqliteConnection::Fail(core::Error error) {
  if (in_transaction_) failed_ = true;
  return error;
}

core::Result<sqlite3_stmt*> SqliteConnection::Prepare(std::string_view sql) {
  if (auto found = statements_.find(sql); found != statements_.end()) return found->second.get();
  // No statement is running here (Run reads every row before it returns), so all may go.
  if (statements_.size() >= kMaxCachedStatements) statements_.clear();
  sqlite3_stmt* raw = nullptr;
  const char* tail = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &raw, &tail);
  StatementPtr statement{raw};
  if (rc != SQLITE_OK) return LastError();
  if (statement == nullptr) return core::Error::Internal("SQLite: an empty statement");
  const auto consumed = static_cast<std::size_t>(tail - sql.data());
  if (!OnlySeparators(sql.substr(std::min(consumed, sql.size())))) {
    return core::Error::Internal("SQLite: Query and Execute run one statement at a time");
  }
  return statements_.emplace(std::string{sql}, std::move(statement)).first->second.get();
}

core::Status SqliteConnection::Run(std::string_view sql, std::span<const sql::Value> params,
                                   sql::Rows* rows) {
  if (failed_) {
    return core::Error::Internal(
        "An earlier statement of this transaction failed; the transaction must end.");
  }
  auto prepared = Prepare(sql);
  if (!prepared.ok()) return Fail(prepared.error());
  sqlite3_stmt* statement = *prepared;
  struct Resetter {
    sqlite3_stmt* statement;
    ~Resetter() {
      sqlite3_reset(statement);
      sqlite3_clear_bindings(statement);
    }
  } resetter{statement};
  if (static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)) != params.size()) {
    return Fail(core::Error::Internal(
        "SQLite: the statement has " + std::to_string(sqlite3_bind_parameter_count(statement)) +
        " placeholders but " + std::to_string(params.size()) + " values were given"));
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (Bind(statement, static_cast<int>(i + 1), params[i]) != SQLITE_OK) {
      return Fail(LastError());
    }
  }
  const int columns = sqlite3_column_count(statement);
  if (rows != nullptr) {
    rows->columns.clear();
    for (int c = 0; c < columns; ++c) rows->columns.emplace_back(sqlite3_column_name(statement, c));
  }
  while (true) {
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_DONE) break;
    if (rc != SQLITE_ROW) return Fail(LastError());
    if (rows == nullptr) continue;
    std::vector<sql::Value> values;
    values.reserve(static_cast<std::size_t>(columns));
    for (int c = 0; c < columns; ++c) values.push_back(Column(statement, c));
    rows->rows.emplace_back(std::move(values));
  }
  return core::Ok();
}

core::Result<sql::Rows> SqliteConnection::DoQuery(std::string_view sql,
                                                  std::span<const sql::Value> params) {
  sql::Rows rows;
  ASSURE_TRY(Run(sql, params, &rows));
  return rows;
}

core::Result<std::int64_t> SqliteConnection::DoExecute(std::string_view sql,
                                                       std::span<const sql::Value> params) {
  const std::int64_t before = sqlite3_total_changes64(db_);
  ASSURE_TRY(Run(sql, params, nullptr));
  // sqlite3_changes64 keeps the count of the last INSERT/UPDATE/DELETE, so count only when this
  // statement changed something.
  if (sqlite3_total_changes64(db_) == before) return std::int64_t{0};
  return std::int64_t{sqlite3_changes64(db_)};
}

core::Status SqliteConnection::ExecuteScript(std::string_view sql) {
  if (failed_) {
    return core::Error::Internal(
        "An earlier statement of this transaction failed; the transaction must end.");
  }
  const std::string expanded = sql::ExpandSchemaTokens(sql, sql::Dialect::kSqlite);
  if (sqlite3_exec(db_, expanded.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Fail(LastError());
  }
  return core::Ok();
}

core::Status SqliteConnection::AcquireTransactionLock(std::int64_t) { return core::Ok(); }

core::Result<bool> SqliteConnection::TableExists(std::string_view table) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, Query("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?",
                       {std::string{table}}));
  return rows.rows[0].Int64(0) > 0;
}

core::Status SqliteConnection::Begin(std::string_view begin_sql) {
  failed_ = false;
  ASSURE_TRY(ExecuteScript(begin_sql));
  in_transaction_ = true;
  return core::Ok();
}

core::Status SqliteConnection::Commit() {
  if (failed_) {
    return core::Error::Internal(
        "An earlier statement of this transaction failed, so nothing was saved.");
  }
  const int rc = sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return LastError();
  in_transaction_ = false;
  return core::Ok();
}

core::Status SqliteConnection::BeginSavepoint() {
  failed_ = false;
  if (sqlite3_exec(db_, "SAVEPOINT write", nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Fail(LastError());
  }
  return core::Ok();
}

core::Status SqliteConnection::EndSavepoint(core::Status status) {
  if (status.ok() && failed_) {
    status = core::Error::Internal(
        "An earlier statement of this transaction failed, so nothing was saved.");
  }
  if (status.ok()) {
    if (sqlite3_exec(db_, "RELEASE write", nullptr, nullptr, nullptr) == SQLITE_OK) return status;
    status = LastError();
  }
  sqlite3_exec(db_, "ROLLBACK TO write", nullptr, nullptr, nullptr);
  sqlite3_exec(db_, "RELEASE write", nullptr, nullptr, nullptr);
  failed_ = false;
  return status;
}

bool SqliteConnection::InTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

void SqliteConnection::Rollback() {
  failed_ = false;
  in_transaction_ = false;
  // Fails only when no transaction is open (SQLite already rolled it back); either way none is.
  sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

}  // namespace assure::storage::sqlite
