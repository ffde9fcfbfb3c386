#include "storage/sqlite/sqlite_backup.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "storage/sqlite/sqlite_connection.h"
#include "storage/sqlite/sqlite_errors.h"

namespace assure::storage::sqlite {
namespace {

namespace fs = std::filesystem;

core::Status Fsync(const std::string& path, bool directory) {
  const int fd = ::open(path.c_str(), (directory ? O_DIRECTORY : 0) | O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    return core::Error::Unavailable("Cannot open " + path + " to flush the backup to disk.");
  }
  const int rc = ::fsync(fd);
  ::close(fd);
  if (rc != 0) return core::Error::Unavailable("Cannot flush the backup " + path + " to disk.");
  return core::Ok();
}

core::Status CheckDestination(const std::string& source_path, const std::string& destination) {
  if (destination.empty()) {
    return core::Error::InvalidInput("to", "Give the file to write the backup to.");
  }
  std::error_code error;
  const fs::path folder = fs::absolute(fs::path{destination}, error).parent_path();
  if (error || !fs::is_directory(folder, error)) {
    return core::Error::InvalidInput(
        "to", "The folder " + folder.string() + " for the backup does not exist; create it first.");
  }
  if (fs::exists(destination, error) && fs::equivalent(source_path, destination, error)) {
    return core::Error::InvalidInput("to", "The backup cannot overwrite the database itself.");
  }
  return core::Ok();
}

// Copies `source` into a new database file at `partial`.
core::Status CopyInto(sqlite3* source, const std::string& partial) {
  sqlite3* destination = nullptr;
  const int opened = sqlite3_open_v2(partial.c_str(), &destination,
                                     SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  struct Closer {
    sqlite3* db;
    ~Closer() { sqlite3_close_v2(db); }
  } closer{destination};
  if (opened != SQLITE_OK) {
    return core::Error::Unavailable("Cannot create the backup file " + partial + ".");
  }
  sqlite3_backup* backup = sqlite3_backup_init(destination, "main", source, "main");
  if (backup == nullptr) {
    return SqliteError(sqlite3_extended_errcode(destination), sqlite3_errmsg(destination));
  }
  // One step copies every page under a single read transaction: a consistent snapshot.
  const int stepped = sqlite3_backup_step(backup, -1);
  sqlite3_backup_finish(backup);
  if (stepped != SQLITE_DONE) {
    return SqliteError(sqlite3_extended_errcode(destination), sqlite3_errmsg(destination));
  }
  return core::Ok();
}

}  // namespace

core::Status BackupConnection(SqliteConnection& source, const std::string& source_path,
                              const std::string& destination_path) {
  ASSURE_TRY(CheckDestination(source_path, destination_path));
  const std::string partial = destination_path + ".partial";
  std::error_code ignored;
  fs::remove(partial, ignored);
  fs::remove(partial + "-journal", ignored);
  core::Status copied = CopyInto(source.handle(), partial);
  if (copied.ok()) copied = Fsync(partial, false);
  if (!copied.ok()) {
    fs::remove(partial, ignored);
    fs::remove(partial + "-journal", ignored);
    return copied;
  }
  std::error_code renamed;
  fs::rename(partial, destination_path, renamed);
  if (renamed) {
    fs::remove(partial, ignored);
    return core::Error::Unavailable("Cannot move the backup into place at " + destination_path +
                                    ": " + renamed.message() + ".");
  }
  const fs::path folder = fs::absolute(fs::path{destination_path}).parent_path();
  return Fsync(folder.string(), true);
}

core::Status Backup(const std::string& sqlite_path, const std::string& destination_path) {
  std::error_code error;
  if (!fs::is_regular_file(sqlite_path, error)) {
    return core::Error::InvalidInput("db", "There is no SQLite database at " + sqlite_path + ".");
  }
  ASSURE_ASSIGN_OR_RETURN(auto source,
                          SqliteConnection::Open(sqlite_path, SqliteConnection::Mode::kReadOnly,
                                                 std::chrono::milliseconds{5000}));
  return BackupConnection(*source, sqlite_path, destination_path);
}

}  // namespace assure::storage::sqlite
