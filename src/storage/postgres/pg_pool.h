// PgPool: a bounded pool of PostgreSQL connections.
//
// Thread-safe. Acquire() hands out an idle connection, or opens a new one while fewer than
// `max_connections` exist, or waits up to `acquire_timeout` for one to come back (then
// kUnavailable). A connection that comes back broken (lost, or left inside a transaction) is
// closed, never reused; an idle connection found broken is reset before it is handed out.
// Close() waits for every lease to come back, then closes all connections.
#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/result.h"
#include "storage/postgres/pg_connection.h"

namespace assure::storage::postgres {

class PgPool {
 public:
  struct Options {
    int max_connections = 8;
    std::chrono::milliseconds acquire_timeout{5000};
  };

  // A borrowed connection; returns it to the pool when destroyed.
  class Lease {
   public:
    Lease(PgPool& pool, std::unique_ptr<PgConnection> connection)
        : pool_(pool), connection_(std::move(connection)) {}
    Lease(Lease&&) = default;
    ~Lease();
    PgConnection& operator*() { return *connection_; }
    PgConnection* operator->() { return connection_.get(); }

   private:
    PgPool& pool_;
    std::unique_ptr<PgConnection> connection_;
  };

  // `url` is the libpq URI; `where` names the server without a password, for messages.
  PgPool(std::string url, std::string where, Options options);
  ~PgPool();
  PgPool(const PgPool&) = delete;
  PgPool& operator=(const PgPool&) = delete;

  core::Result<Lease> Acquire();
  void Close();

 private:
  void Release(std::unique_ptr<PgConnection> connection);

  const std::string url_;
  const std::string where_;
  const Options options_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::unique_ptr<PgConnection>> idle_;  // GUARDED_BY(mutex_)
  int open_ = 0;                                     // GUARDED_BY(mutex_)
  int leased_ = 0;                                   // GUARDED_BY(mutex_)
  bool closed_ = false;                              // GUARDED_BY(mutex_)
};

}  // namespace assure::storage::postgres
