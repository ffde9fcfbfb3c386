#include "storage/postgres/pg_errors.h"

#include <libpq-fe.h>

#include "storage/sql/constraint_errors.h"

namespace assure::storage::postgres {
namespace {

std::string Field(const PGresult* result, int field) {
  if (result == nullptr) return {};
  const char* value = PQresultErrorField(result, field);
  return value == nullptr ? std::string{} : std::string{value};
}

bool HasClass(const std::string& sqlstate, std::string_view error_class) {
  return sqlstate.rfind(error_class, 0) == 0;
}

}  // namespace

std::string KeyColumns(std::string_view detail) {
  const std::size_t open = detail.find("Key (");
  if (open == std::string_view::npos) return {};
  const std::size_t begin = open + 5;
  const std::size_t close = detail.find(")=", begin);
  if (close == std::string_view::npos) return {};
  return std::string{detail.substr(begin, close - begin)};
}

std::string FirstLine(std::string_view message) {
  std::string_view line = message.substr(0, message.find('\n'));
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return std::string{line};
}

core::Error PgError(const PgErrorFields& fields, bool connection_lost) {
  const std::string& state = fields.sqlstate;
  if (connection_lost || HasClass(state, "08") || state == "57P01" || state == "57P02" ||
      state == "57P03" || HasClass(state, "53")) {
    return core::Error::Unavailable("Lost the connection to PostgreSQL: " +
                                    FirstLine(fields.primary));
  }
  if (state == "23505") {
    const std::string columns = KeyColumns(fields.detail);
    return sql::UniqueViolation(columns.empty() ? std::string{} : sql::LastColumnName(columns));
  }
  if (state == "23502") return sql::NotNullViolation(fields.column);
  if (state == "23514") return sql::CheckViolation(fields.constraint);
  if (state == "23503") {
    const bool still_referenced = fields.detail.find("is still referenced") != std::string::npos;
    const std::string columns = KeyColumns(fields.detail);
    return sql::ForeignKeyViolation(
        still_referenced || columns.empty() ? std::string{} : sql::LastColumnName(columns));
  }
  if (HasClass(state, "23")) return sql::CheckViolation(fields.constraint);
  if (HasClass(state, "22")) return sql::BadValue(fields.column);
  if (state == "40001" || state == "40P01") {
    return core::Error::Conflict(
        "Someone else changed the same records at the same moment; try again.");
  }
  if (state == "55P03" || state == "57014") {
    return core::Error::Unavailable(
        "PostgreSQL is busy (a lock or statement timed out); try again.");
  }
  // Syntax, schema and internal errors: their messages quote SQL and names, not row values.
  return core::Error::Internal("PostgreSQL error " + state + ": " + FirstLine(fields.primary));
}

core::Error PgResultError(const PGresult* result, std::string_view connection_message,
                          bool connection_lost) {
  PgErrorFields fields;
  fields.sqlstate = Field(result, PG_DIAG_SQLSTATE);
  fields.primary = Field(result, PG_DIAG_MESSAGE_PRIMARY);
  if (fields.primary.empty()) fields.primary = std::string{connection_message};
  fields.detail = Field(result, PG_DIAG_MESSAGE_DETAIL);
  fields.column = Field(result, PG_DIAG_COLUMN_NAME);
  fields.constraint = Field(result, PG_DIAG_CONSTRAINT_NAME);
  return PgError(fields, connection_lost);
}

}  // namespace assure::storage::postgres
