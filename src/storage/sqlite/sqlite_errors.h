// SqliteError: turns an SQLite result code and its message into an Error with the codes of
// doc/decisions/0002-storage-layer.md. Pure function; thread-safe. SQLite's constraint messages
// hold only table and column names ("UNIQUE constraint failed: agencies.partnership_id,
// agencies.name"), which are parsed for the column; no row value reaches the Error.
#pragma once

#include <string_view>

#include "core/error.h"

namespace assure::storage::sqlite {

// `extended_code` from sqlite3_extended_errcode, `message` from sqlite3_errmsg.
core::Error SqliteError(int extended_code, std::string_view message);

}  // namespace assure::storage::sqlite
