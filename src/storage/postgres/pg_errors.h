// PgError: turns a failed libpq result into an Error with the codes of
// doc/decisions/0002-storage-layer.md. Pure functions; thread-safe.
//
// PostgreSQL puts row values in its messages ("Failing row contains (...)", "Key (name)=(Zoë)"),
// so the message of a data or constraint error is never copied: the column comes from the error
// fields (COLUMN_NAME, CONSTRAINT_NAME) or from the column list before "=" in "Key (a, b)=(...)".
#pragma once

#include <string>
#include <string_view>

#include "core/error.h"

struct pg_result;

namespace assure::storage::postgres {

// The fields of a PostgreSQL error that the mapping reads (split out so it can be unit tested).
struct PgErrorFields {
  std::string sqlstate;    // PG_DIAG_SQLSTATE, "" if the connection failed before a reply
  std::string primary;     // PG_DIAG_MESSAGE_PRIMARY, or the connection's error message
  std::string detail;      // PG_DIAG_MESSAGE_DETAIL
  std::string column;      // PG_DIAG_COLUMN_NAME
  std::string constraint;  // PG_DIAG_CONSTRAINT_NAME
};

core::Error PgError(const PgErrorFields& fields, bool connection_lost);

// Reads the fields from `result` (which may be null) and `connection_message` (PQerrorMessage).
core::Error PgResultError(const pg_result* result, std::string_view connection_message,
                          bool connection_lost);

// The column names in a DETAIL "Key (a, b)=(...) ..." as "a, b"; empty if there is none.
std::string KeyColumns(std::string_view detail);

// The first line of a libpq message, without trailing white space.
std::string FirstLine(std::string_view message);

}  // namespace assure::storage::postgres
