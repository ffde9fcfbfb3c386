// OpenDatabase: the one way the application gets a Database from its configuration.
//
// Thread-safe. Returns an open, reachable database (not yet migrated: call storage::Migrate next),
// owned by the caller. Errors: kInvalidInput with field "db" for a malformed URL or an SQLite
// folder that does not exist; kUnavailable with a one-line message (never a password) when the
// database cannot be opened or reached.
#pragma once

#include <chrono>
#include <memory>
#include <string_view>

#include "core/result.h"
#include "storage/sql/database.h"

namespace assure::storage {

struct OpenOptions {
  int sqlite_readers = 4;
  int postgres_connections = 8;
  // SQLite busy timeout; PostgreSQL wait for a free pooled connection.
  std::chrono::milliseconds timeout{5000};
};

// `url` as in database_url.h: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.
core::Result<std::unique_ptr<sql::Database>> OpenDatabase(std::string_view url,
                                                          const OpenOptions& options = {});

}  // namespace assure::storage
