// PgConnection: one libpq connection with its prepared statements.
//
// Owned by PgPool and used by one thread at a time; not thread-safe. Each distinct SQL text is
// rewritten from `?` to $n and prepared once (PQprepare), then run with PQexecPrepared. Parameters
// go as text (NULL as a null pointer); results come back by column type: int2/int4/int8/oid as
// integers, float4/float8/numeric as doubles, bool as integer 1/0, anything else as text. Notices
// are discarded. Nothing outside src/storage/postgres sees libpq-fe.h.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"
#include "storage/sql/connection.h"

struct pg_conn;

namespace assure::storage::postgres {

class PgConnection final : public sql::TransactionalConnection {
 public:
  // Lets only Connect call the constructor (through std::make_unique).
  class Key {
    friend class PgConnection;
    Key() = default;
  };

  // Connects to `url` (a libpq URI); `where` describes the server, without password, for messages.
  static core::Result<std::unique_ptr<PgConnection>> Connect(const std::string& url,
                                                             const std::string& where);
  PgConnection(Key, pg_conn* conn, std::string where);
  ~PgConnection() override;

  sql::Dialect dialect() const override { return sql::Dialect::kPostgres; }
  core::Status ExecuteScript(std::string_view sql) override;
  core::Status AcquireTransactionLock(std::int64_t key) override;
  core::Result<bool> TableExists(std::string_view table) override;

  core::Status Begin(std::string_view begin_sql) override;
  core::Status Commit() override;
  void Rollback() override;

  // True if the connection is lost or not idle outside a transaction: it must not be reused.
  bool broken() const;
  // Reconnects with the same settings (prepared statements are forgotten).
  core::Status Reset();

 private:
  struct Prepared {
    std::string name;
    int parameter_count = 0;
  };
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

  core::Result<const Prepared*> Prepare(std::string_view sql);
  // Runs one statement; collects rows into `rows` when it is not null; returns rows affected.
  core::Result<std::int64_t> Run(std::string_view sql, std::span<const sql::Value> params,
                                 sql::Rows* rows);
  core::Status Simple(const char* sql);

  pg_conn* conn_;
  std::string where_;
  std::unordered_map<std::string, Prepared, StringHash, std::equal_to<>> prepared_;
  std::int64_t statements_made_ = 0;
};

}  // namespace assure::storage::postgres
