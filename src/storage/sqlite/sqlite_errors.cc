#include "storage/sqlite/sqlite_errors.h"

#include <sqlite3.h>

#include <string>

#include "storage/sql/constraint_errors.h"

namespace assure::storage::sqlite {
namespace {

// The text after "...failed: " in a constraint message.
std::string_view AfterColon(std::string_view message) {
  const std::size_t colon = message.find(": ");
  return colon == std::string_view::npos ? std::string_view{} : message.substr(colon + 2);
}

core::Error ConstraintError(int extended_code, std::string_view message) {
  switch (extended_code) {
    case SQLITE_CONSTRAINT_UNIQUE:
    case SQLITE_CONSTRAINT_PRIMARYKEY: {
      const std::string_view columns = AfterColon(message);
      // An expression index reports "index 'name'" rather than columns.
      if (columns.rfind("index ", 0) == 0) return sql::UniqueViolation("");
      return sql::UniqueViolation(sql::LastColumnName(columns));
    }
    case SQLITE_CONSTRAINT_NOTNULL:
      return sql::NotNullViolation(sql::LastColumnName(AfterColon(message)));
    case SQLITE_CONSTRAINT_CHECK:
      return sql::CheckViolation(std::string{AfterColon(message)});
    case SQLITE_CONSTRAINT_FOREIGNKEY:
      return sql::ForeignKeyViolation("");
    case SQLITE_CONSTRAINT_TRIGGER:
      // RAISE(ABORT, ...) of our own triggers ({append_only:...}): their text holds no values.
      return core::Error::Internal("SQLite refused the change: " + std::string{message});
    case SQLITE_CONSTRAINT_DATATYPE: {
      // "cannot store TEXT value in INTEGER column agencies.statutory_partner"
      const std::size_t column = message.rfind(" column ");
      return sql::BadValue(column == std::string_view::npos
                               ? std::string{}
                               : sql::LastColumnName(message.substr(column + 8)));
    }
    default:
      return sql::CheckViolation("");
  }
}

}  // namespace

core::Error SqliteError(int extended_code, std::string_view message) {
  const std::string text{message};
  switch (extended_code & 0xFF) {
    case SQLITE_CONSTRAINT:
      return ConstraintError(extended_code, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return core::Error::Unavailable(
          "The SQLite database is busy with another change; try again.");
    case SQLITE_CANTOPEN:
      return core::Error::Unavailable("Cannot open the SQLite database file: " + text + ".");
    case SQLITE_IOERR:
      return core::Error::Unavailable(
          "The SQLite database file cannot be read or written: " + text + ".");
    case SQLITE_FULL:
      return core::Error::Unavailable("The disk holding the SQLite database is full.");
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return core::Error::Unavailable(
          "The file is not a usable SQLite database (damaged, or not a database): " + text + ".");
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
      return sql::BadValue("");
    case SQLITE_READONLY:
      return core::Error::Internal("SQLite refused a write (read-only transaction or file): " +
                                   text);
    default:
      return core::Error::Internal("SQLite error " + std::to_string(extended_code) + ": " + text);
  }
}

}  // namespace assure::storage::sqlite
