// Database: the storage engine behind the application (SQLite or PostgreSQL), as transactions.
//
// Write(fn) runs fn(Connection&) as ONE read-write transaction: it commits if fn returns ok and
// rolls back if fn returns an error or throws (the exception is then rethrown). Read(fn) runs fn in
// a read-only transaction that sees one consistent snapshot. fn may return Status or Result<T>;
// Write/Read return the same type. A transaction must not start another on the same thread.
//
// Thread-safe: any number of threads may call Write, Read and Ping at once. SQLite serialises
// writers through its one writer connection; PostgreSQL runs them concurrently on pooled
// connections. A Database is made by storage::OpenDatabase (open_database.h) and owned by the
// caller; Close() (also run by the destructor) waits for running transactions to finish.
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

#include "core/result.h"
#include "storage/sql/connection.h"
#include "storage/sql/dialect.h"

namespace assure::storage::sql {

namespace detail {
template <typename R>
struct ResultValue;
template <typename T>
struct ResultValue<core::Result<T>> {
  using type = T;
};
}  // namespace detail

class Database {
 public:
  using Work = std::function<core::Status(Connection&)>;

  Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  virtual ~Database() = default;

  virtual Dialect dialect() const = 0;

  template <typename Fn>
  auto Write(Fn&& fn) -> std::invoke_result_t<Fn&, Connection&> {
    return Run(&Database::RunWrite, fn);
  }
  template <typename Fn>
  auto Read(Fn&& fn) -> std::invoke_result_t<Fn&, Connection&> {
    return Run(&Database::RunRead, fn);
  }

  // The virtual forms behind Write and Read.
  virtual core::Status RunWrite(const Work& work) = 0;
  virtual core::Status RunRead(const Work& work) = 0;

  // Ok if the database answers a trivial query now; kUnavailable otherwise.
  virtual core::Status Ping() = 0;

  // Waits for running transactions, then closes every connection. Idempotent. Afterwards every
  // call returns kUnavailable.
  virtual void Close() = 0;

 private:
  template <typename Fn>
  auto Run(core::Status (Database::*run)(const Work&), Fn& fn)
      -> std::invoke_result_t<Fn&, Connection&> {
    using R = std::invoke_result_t<Fn&, Connection&>;
    if constexpr (std::is_same_v<R, core::Status>) {
      return (this->*run)(Work{std::ref(fn)});
    } else {
      std::optional<typename detail::ResultValue<R>::type> out;
      core::Status status = (this->*run)([&](Connection& connection) -> core::Status {
        R result = fn(connection);
        if (!result.ok()) return result.error();
        out.emplace(std::move(result).value());
        return core::Ok();
      });
      if (!status.ok()) return status.error();
      return std::move(*out);
    }
  }
};

// Runs `work` in a transaction opened with `begin_sql` on `connection`: commit on ok, rollback on
// an error or an exception (rethrown). The backends' shared skeleton for RunWrite/RunRead.
core::Status RunTransaction(TransactionalConnection& connection, std::string_view begin_sql,
                            const Database::Work& work);

}  // namespace assure::storage::sql
