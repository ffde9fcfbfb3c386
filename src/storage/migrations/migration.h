// Migration: one numbered, forward-only change to the schema, written once for both backends in
// the portable SQL of doc/decisions/0002-storage-layer.md (with the tokens of sql/dialect.h).
//
// The .sql files in this folder are embedded into the binary at build time (embed_migrations.cmake;
// the list is in src/storage/CMakeLists.txt). An applied migration must never change: its SHA-256
// is recorded and checked at every start. Immutable data; thread-safe.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace assure::storage {

struct Migration {
  int version = 0;        // 1, 2, 3, ... from the file name
  std::string_view name;  // the file name without .sql: "0001_partnerships"
  std::string_view sql;   // the file's text
};

// The migrations built into this binary, in order.
std::span<const Migration> EmbeddedMigrations();

// Lowercase hexadecimal SHA-256 of the migration's text (libsodium crypto_hash_sha256).
std::string MigrationChecksum(std::string_view sql);

}  // namespace assure::storage
