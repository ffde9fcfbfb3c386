// SqliteDatabase: the embedded backend. One SQLite file in WAL mode, ONE writer connection through
// which every write goes (Debian's SQLite 3.40 has a WAL bug with two concurrent writers), and a
// small pool of read-only connections for reads, which run alongside the writer.
//
// Thread-safe. Writes are committed in groups: a Write() joins a queue, and whichever waiting
// thread finds the writer free takes every queued write (up to kMaxGroup, oldest first) and runs
// them in ONE transaction (BEGIN IMMEDIATE, which also excludes writers in other processes), each
// in its own savepoint, with one COMMIT. So concurrent writes, such as the audit events of many
// page views, share one fsync of the write-ahead log. Each Write still returns only once its
// changes are durable, and a write that fails is undone alone; if the COMMIT fails, every write
// of the group fails and none is kept. A Write not taken within the busy timeout ends
// kUnavailable. Read() borrows a reader (made on first need, up to Options::readers) and runs a
// deferred read transaction: one consistent snapshot. Close() waits for borrowed connections to
// come back and for the running group to end.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/result.h"
#include "storage/sql/database.h"
#include "storage/sqlite/sqlite_connection.h"

namespace assure::storage::sqlite {

class SqliteDatabase final : public sql::Database {
 public:
  struct Options {
    int readers = 4;
    // How long a statement waits for another process's lock, and a Write for the writer.
    std::chrono::milliseconds busy_timeout{5000};
  };

  // Opens (creating if missing) the database file at `path`, whose folder must exist.
  static core::Result<std::unique_ptr<SqliteDatabase>> Open(const std::string& path,
                                                            const Options& options);
  SqliteDatabase(std::string path, Options options, std::unique_ptr<SqliteConnection> writer);
  ~SqliteDatabase() override;

  sql::Dialect dialect() const override { return sql::Dialect::kSqlite; }
  core::Status RunWrite(const Work& work) override;
  core::Status RunRead(const Work& work) override;
  core::Status Ping() override;
  void Close() override;

  // Copies a consistent snapshot of the database to `destination_path` with the online backup
  // API while the database stays open for reads and writes; see sqlite_backup.h.
  core::Status BackupTo(const std::string& destination_path);

  const std::string& path() const { return path_; }

 private:
  // Returns a reader to the pool when it goes out of scope.
  class ReaderLease {
   public:
    ReaderLease(SqliteDatabase& database, std::unique_ptr<SqliteConnection> connection)
        : database_(database), connection_(std::move(connection)) {}
    ReaderLease(ReaderLease&&) = default;
    ~ReaderLease();
    SqliteConnection& operator*() { return *connection_; }

   private:
    SqliteDatabase& database_;
    std::unique_ptr<SqliteConnection> connection_;
  };

  core::Result<ReaderLease> AcquireReader();

  const std::string path_;
  const Options options_;
  std::atomic<bool> closed_{false};

  // One Write waiting in the queue or running in a group.
  struct QueuedWrite {
    const Work* work = nullptr;
    bool taken = false;  // by the thread leading a group
    bool done = false;
    core::Status status = core::Ok();
    std::exception_ptr exception;
  };
  static constexpr std::size_t kMaxGroup = 64;

  // Runs `group` in one transaction on the writer and sets each write's outcome.
  void RunGroup(const std::vector<QueuedWrite*>& group);

  std::mutex writer_mutex_;
  std::condition_variable writes_done_;
  std::deque<QueuedWrite*> queued_;               // GUARDED_BY(writer_mutex_)
  bool leading_ = false;                          // GUARDED_BY(writer_mutex_): a group is running
  std::unique_ptr<SqliteConnection> writer_;      // used by the thread leading a group
  std::atomic<std::thread::id> writer_thread_{};  // the thread running a group, if any

  std::mutex readers_mutex_;
  std::condition_variable readers_changed_;
  std::vector<std::unique_ptr<SqliteConnection>> idle_readers_;  // GUARDED_BY(readers_mutex_)
  int open_readers_ = 0;                                         // GUARDED_BY(readers_mutex_)
  int borrowed_readers_ = 0;                                     // GUARDED_BY(readers_mutex_)
};

}  // namespace assure::storage::sqlite
