#include "storage/sqlite/sqlite_database.h"

#include <algorithm>
#include <utility>

#include "storage/sqlite/sqlite_backup.h"

namespace assure::storage::sqlite {
namespace {

core::Error Closed() { return core::Error::Unavailable("The database is closed."); }

}  // namespace

core::Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::Open(const std::string& path,
                                                                   const Options& options) {
  ASSURE_ASSIGN_OR_RETURN(auto writer, SqliteConnection::Open(path, SqliteConnection::Mode::kWriter,
                                                              options.busy_timeout));
  return std::make_unique<SqliteDatabase>(path, options, std::move(writer));
}

SqliteDatabase::SqliteDatabase(std::string path, Options options,
                               std::unique_ptr<SqliteConnection> writer)
    : path_(std::move(path)), options_(options), writer_(std::move(writer)) {}

SqliteDatabase::~SqliteDatabase() { Close(); }

core::Status SqliteDatabase::RunWrite(const Work& work) {
  if (closed_) return Closed();
  if (writer_thread_.load() == std::this_thread::get_id()) {
    return core::Error::Internal("Write called inside a Write on the same thread");
  }
  QueuedWrite mine;
  mine.work = &work;
  std::unique_lock lock{writer_mutex_};
  if (closed_ || writer_ == nullptr) return Closed();
  queued_.push_back(&mine);
  while (!mine.done) {
    if (!mine.taken && (closed_ || writer_ == nullptr)) {
      std::erase(queued_, &mine);
      writes_done_.notify_all();  // Close() waits for the queue to empty
      return Closed();
    }
    if (!leading_) {
      // Lead a group: the oldest queued writes, this one among them or ahead of it.
      leading_ = true;
      std::vector<QueuedWrite*> group;
      while (!queued_.empty() && group.size() < kMaxGroup) {
        group.push_back(queued_.front());
        queued_.pop_front();
        group.back()->taken = true;
      }
      lock.unlock();
      try {
        RunGroup(group);
      } catch (...) {  // not from a write (RunGroup catches those): the group is lost
        writer_->Rollback();
        for (QueuedWrite* write : group) {
          if (!write->exception) write->exception = std::current_exception();
        }
      }
      lock.lock();
      for (QueuedWrite* write : group) write->done = true;
      leading_ = false;
      writes_done_.notify_all();
      continue;
    }
    if (mine.taken) {
      writes_done_.wait(lock, [&] { return mine.done; });
    } else if (!writes_done_.wait_for(lock, options_.busy_timeout,
                                      [&] { return mine.taken || !leading_ || closed_; })) {
      std::erase(queued_, &mine);
      writes_done_.notify_all();
      return core::Error::Unavailable(
          "The SQLite database is busy with another change; try again.");
    }
  }
  lock.unlock();
  if (mine.exception) std::rethrow_exception(mine.exception);
  return mine.status;
}

void SqliteDatabase::RunGroup(const std::vector<QueuedWrite*>& group) {
  const auto fail_all = [&group](const core::Error& error) {
    for (QueuedWrite* write : group) {
      if (write->status.ok() && !write->exception) write->status = error;
    }
  };
  writer_thread_ = std::this_thread::get_id();
  struct Leave {
    SqliteDatabase& database;
    ~Leave() { database.writer_thread_ = std::thread::id{}; }
  } leave{*this};
  SqliteConnection& writer = *writer_;
  if (auto begun = writer.Begin("BEGIN IMMEDIATE"); !begun.ok()) {
    writer.Rollback();
    return fail_all(begun.error());
  }
  for (QueuedWrite* write : group) {
    core::Status status = writer.BeginSavepoint();
    if (status.ok()) {
      try {
        status = (*write->work)(writer);
      } catch (...) {
        write->exception = std::current_exception();
        status = core::Error::Internal("The change failed with an exception.");
      }
      if (!writer.InTransaction()) {
        // SQLite rolled the whole transaction back (e.g. the disk is full): every change of the
        // group so far is gone.
        writer.Rollback();
        return fail_all(status.ok() ? core::Error::Unavailable(
                                          "The SQLite transaction ended early; nothing was saved.")
                                    : status.error());
      }
      status = writer.EndSavepoint(std::move(status));
    }
    write->status = std::move(status);
  }
  if (auto committed = writer.Commit(); !committed.ok()) {
    writer.Rollback();
    fail_all(committed.error());
  }
}

core::Status SqliteDatabase::RunRead(const Work& work) {
  ASSURE_ASSIGN_OR_RETURN(auto reader, AcquireReader());
  return sql::RunTransaction(*reader, "BEGIN", work);
}

core::Status SqliteDatabase::Ping() {
  return Read([](sql::Connection& connection) -> core::Status {
    ASSURE_TRY(connection.Query("SELECT 1"));
    return core::Ok();
  });
}

void SqliteDatabase::Close() {
  {
    std::unique_lock lock{readers_mutex_};
    closed_ = true;
    readers_changed_.wait(lock, [&] { return borrowed_readers_ == 0; });
    idle_readers_.clear();
    open_readers_ = 0;
  }
  std::unique_lock lock{writer_mutex_};
  writes_done_.notify_all();  // writes still queued give up now
  writes_done_.wait(lock, [&] { return !leading_ && queued_.empty(); });
  writer_.reset();
}

core::Status SqliteDatabase::BackupTo(const std::string& destination_path) {
  ASSURE_ASSIGN_OR_RETURN(auto reader, AcquireReader());
  return BackupConnection(*reader, path_, destination_path);
}

core::Result<SqliteDatabase::ReaderLease> SqliteDatabase::AcquireReader() {
  std::unique_lock lock{readers_mutex_};
  const bool ready = readers_changed_.wait_for(lock, options_.busy_timeout, [&] {
    return closed_ || !idle_readers_.empty() || open_readers_ < options_.readers;
  });
  if (closed_) return Closed();
  if (!ready) {
    return core::Error::Unavailable("Every SQLite reader connection is busy; try again.");
  }
  if (!idle_readers_.empty()) {
    auto connection = std::move(idle_readers_.back());
    idle_readers_.pop_back();
    ++borrowed_readers_;
    return ReaderLease{*this, std::move(connection)};
  }
  ++open_readers_;
  ++borrowed_readers_;
  lock.unlock();
  auto opened =
      SqliteConnection::Open(path_, SqliteConnection::Mode::kReadOnly, options_.busy_timeout);
  if (!opened.ok()) {
    lock.lock();
    --open_readers_;
    --borrowed_readers_;
    readers_changed_.notify_all();
    return opened.error();
  }
  return ReaderLease{*this, std::move(opened).value()};
}

SqliteDatabase::ReaderLease::~ReaderLease() {
  if (connection_ == nullptr) return;  // moved from
  std::lock_guard lock{database_.readers_mutex_};
  --database_.borrowed_readers_;
  if (database_.closed_) {
    connection_.reset();
    --database_.open_readers_;
  } else {
    database_.idle_readers_.push_back(std::move(connection_));
  }
  database_.readers_changed_.notify_all();
}

}  // namespace assure::storage::sqlite
