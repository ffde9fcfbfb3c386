#include "storage/sqlite/sqlite_database.h"

#include <utility>

#include "storage/sqlite/sqlite_backup.h"

namespace assure::storage::sqlite {
namespace {

core::Error Closed() { return core::Error::Unavailable("The database is closed."); }

}  // namespace

core::Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::Open(const std::string& path,
                                                                   const Options& options) {
  auto writer = SqliteConnection::Open(path, SqliteConnection::Mode::kWriter, options.busy_timeout);
  if (!writer.ok()) return writer.error();
  return std::make_unique<SqliteDatabase>(path, options, std::move(writer).value());
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
  {
    std::unique_lock lock{writer_mutex_};
    const bool available = writer_returned_.wait_for(lock, options_.busy_timeout,
                                                     [&] { return !writer_busy_ || closed_; });
    if (closed_ || writer_ == nullptr) return Closed();
    if (!available) {
      return core::Error::Unavailable(
          "The SQLite database is busy with another change; try again.");
    }
    writer_busy_ = true;
  }
  writer_thread_ = std::this_thread::get_id();
  struct GiveBack {
    SqliteDatabase& database;
    ~GiveBack() {
      database.writer_thread_ = std::thread::id{};
      std::lock_guard lock{database.writer_mutex_};
      database.writer_busy_ = false;
      database.writer_returned_.notify_all();
    }
  } give_back{*this};
  return sql::RunTransaction(*writer_, "BEGIN IMMEDIATE", work);
}

core::Status SqliteDatabase::RunRead(const Work& work) {
  auto reader = AcquireReader();
  if (!reader.ok()) return reader.error();
  return sql::RunTransaction(**reader, "BEGIN", work);
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
  writer_returned_.notify_all();  // writers waiting for the writer give up now
  writer_returned_.wait(lock, [&] { return !writer_busy_; });
  writer_.reset();
}

core::Status SqliteDatabase::BackupTo(const std::string& destination_path) {
  auto reader = AcquireReader();
  if (!reader.ok()) return reader.error();
  return BackupConnection(**reader, path_, destination_path);
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
