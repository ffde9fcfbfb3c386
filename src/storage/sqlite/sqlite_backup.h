// Online backup of an SQLite database: a consistent snapshot copied with sqlite3_backup_* while
// the database stays in use (WAL lets writers carry on during the copy).
//
// The copy is written to "<destination>.partial", flushed to disk (fsync), then renamed over the
// destination and the folder flushed, so a crash never leaves a half-written backup under the
// destination's name. The destination's folder must exist; the destination may not be the source.
// Thread-safe: each call uses its own connections.
#pragma once

#include <string>

#include "core/result.h"

namespace assure::storage::sqlite {

class SqliteConnection;

// For `assure backup`: backs up the SQLite database file at `sqlite_path` (which must exist) to
// `destination_path`. Works whether or not a server has the database open.
core::Status Backup(const std::string& sqlite_path, const std::string& destination_path);

// Backs up the database open on `source` (an idle connection: no transaction open) whose file is
// `source_path`. Used by Backup and SqliteDatabase::BackupTo.
core::Status BackupConnection(SqliteConnection& source, const std::string& source_path,
                              const std::string& destination_path);

}  // namespace assure::storage::sqlite
