#include "storage/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "storage/postgres/pg_errors.h"
#include "storage/postgres/placeholders.h"
#include "storage/sql/dialect.h"

namespace assure::storage::postgres {
namespace {

constexpr std::size_t kMaxPreparedStatements = 512;

// Type OIDs from pg_type.h (stable across PostgreSQL versions).
constexpr Oid kBoolOid = 16;
constexpr Oid kByteaOid = 17;
constexpr Oid kInt8Oid = 20;
constexpr Oid kInt2Oid = 21;
constexpr Oid kInt4Oid = 23;
constexpr Oid kOidOid = 26;
constexpr Oid kFloat4Oid = 700;
constexpr Oid kFloat8Oid = 701;
constexpr Oid kNumericOid = 1700;

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

void IgnoreNotice(void*, const char*) {}

enum class Kind { kInteger, kReal, kBool, kBytes, kText };

// bytea in PostgreSQL's text format: "\\x" and two hex digits a byte, both ways.
std::string ToHex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out = "\\x";
  out.reserve(2 + bytes.size() * 2);
  for (char c : bytes) {
    const auto byte = static_cast<unsigned char>(c);
    out += kDigits[byte >> 4];
    out += kDigits[byte & 0x0F];
  }
  return out;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 0;
}

std::string FromHex(std::string_view text) {
  if (text.starts_with("\\x")) text.remove_prefix(2);
  std::string out;
  out.reserve(text.size() / 2);
  for (std::size_t i = 0; i + 1 < text.size(); i += 2) {
    out += static_cast<char>(HexDigit(text[i]) * 16 + HexDigit(text[i + 1]));
  }
  return out;
}

Kind KindOf(Oid type) {
  switch (type) {
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid:
      return Kind::kInteger;
    case kFloat4Oid:
    case kFloat8Oid:
    case kNumericOid:
      return Kind::kReal;
    case kBoolOid:
      return Kind::kBool;
    case kByteaOid:
      return Kind::kBytes;
    default:
      return Kind::kText;
  }
}

sql::Value Convert(const char* text, std::size_t size, Kind kind) {
  switch (kind) {
    case Kind::kInteger: {
      std::int64_t value = 0;
      std::from_chars(text, text + size, value);
      return value;
    }
    case Kind::kReal: {
      double value = 0;
      std::from_chars(text, text + size, value);
      return value;
    }
    case Kind::kBool:
      return std::int64_t{size > 0 && text[0] == 't' ? 1 : 0};
    case Kind::kBytes:
      return FromHex(std::string_view{text, size});
    case Kind::kText:
      break;
  }
  return std::string{text, size};
}

std::string Format(double value) {
  char buffer[64];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  (void)error;
  std::string text{buffer, end};
  if (text == "inf") return "Infinity";
  if (text == "-inf") return "-Infinity";
  if (text == "nan" || text == "-nan") return "NaN";
  return text;
}

}  // namespace

core::Result<std::unique_ptr<PgConnection>> PgConnection::Connect(const std::string& url,
                                                                  const std::string& where) {
  // Keywords before "dbname" are defaults the URL may override (expand_dbname = 1).
  const char* keywords[] = {"connect_timeout", "application_name", "client_encoding", "dbname",
                            nullptr};
  const char* values[] = {"5", "assure", "UTF8", url.c_str(), nullptr};
  PGconn* conn = PQconnectdbParams(keywords, values, 1);
  auto connection = std::make_unique<PgConnection>(Key{}, conn, where);
  if (conn == nullptr || PQstatus(conn) != CONNECTION_OK) {
    const std::string reason = conn == nullptr ? "out of memory" : FirstLine(PQerrorMessage(conn));
    return core::Error::Unavailable("Cannot connect to PostgreSQL at " + where + ": " + reason);
  }
  PQsetNoticeProcessor(conn, &IgnoreNotice, nullptr);
  return connection;
}

PgConnection::PgConnection(Key, pg_conn* conn, std::string where)
    : conn_(conn), where_(std::move(where)) {}

PgConnection::~PgConnection() {
  if (conn_ != nullptr) PQfinish(conn_);
}

bool PgConnection::broken() const {
  return PQstatus(conn_) != CONNECTION_OK || PQtransactionStatus(conn_) != PQTRANS_IDLE;
}

core::Status PgConnection::Reset() {
  prepared_.clear();
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK) {
    return core::Error::Unavailable("Cannot connect to PostgreSQL at " + where_ + ": " +
                                    FirstLine(PQerrorMessage(conn_)));
  }
  PQsetNoticeProcessor(conn_, &IgnoreNotice, nullptr);
  return core::Ok();
}

core::Result<const PgConnection::Prepared*> PgConnection::Prepare(std::string_view sql) {
  if (auto found = prepared_.find(sql); found != prepared_.end()) return &found->second;
  if (prepared_.size() >= kMaxPreparedStatements) {
    ASSURE_TRY(Simple("DEALLOCATE ALL"));
    prepared_.clear();
  }
  RewrittenSql rewritten = RewritePlaceholders(sql);
  Prepared prepared{"assure_" + std::to_string(++statements_made_), rewritten.parameter_count};
  ResultPtr result{PQprepare(conn_, prepared.name.c_str(), rewritten.sql.c_str(), 0, nullptr)};
  if (result == nullptr || PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
    return PgResultError(result.get(), PQerrorMessage(conn_), PQstatus(conn_) != CONNECTION_OK);
  }
  return &prepared_.emplace(std::string{sql}, std::move(prepared)).first->second;
}

core::Result<std::int64_t> PgConnection::Run(std::string_view sql,
                                             std::span<const sql::Value> params, sql::Rows* rows) {
  ASSURE_ASSIGN_OR_RETURN(auto prepared, Prepare(sql));
  if (static_cast<std::size_t>((prepared)->parameter_count) != params.size()) {
    return core::Error::Internal(
        "PostgreSQL: the statement has " + std::to_string((prepared)->parameter_count) +
        " placeholders but " + std::to_string(params.size()) + " values were given");
  }
  std::vector<std::string> texts(params.size());
  std::vector<const char*> values(params.size(), nullptr);
  for (std::size_t i = 0; i < params.size(); ++i) {
    std::visit(
        [&](const auto& cell) {
          using T = std::decay_t<decltype(cell)>;
          if constexpr (std::is_same_v<T, std::int64_t>) {
            texts[i] = std::to_string(cell);
          } else if constexpr (std::is_same_v<T, double>) {
            texts[i] = Format(cell);
          } else if constexpr (std::is_same_v<T, std::string>) {
            texts[i] = cell;
          } else if constexpr (std::is_same_v<T, sql::Blob>) {
            texts[i] = ToHex(cell.bytes);
          }
          if constexpr (!std::is_same_v<T, std::nullptr_t>) values[i] = texts[i].c_str();
        },
        params[i]);
  }
  ResultPtr result{PQexecPrepared(conn_, (prepared)->name.c_str(), static_cast<int>(params.size()),
                                  values.data(), nullptr, nullptr, 0)};
  const ExecStatusType status =
      result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result.get());
  if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
    return PgResultError(result.get(), PQerrorMessage(conn_), PQstatus(conn_) != CONNECTION_OK);
  }
  if (rows != nullptr) {
    const int columns = PQnfields(result.get());
    const int count = PQntuples(result.get());
    std::vector<Kind> kinds;
    rows->columns.clear();
    for (int c = 0; c < columns; ++c) {
      rows->columns.emplace_back(PQfname(result.get(), c));
      kinds.push_back(KindOf(PQftype(result.get(), c)));
    }
    rows->rows.reserve(static_cast<std::size_t>(count));
    for (int r = 0; r < count; ++r) {
      std::vector<sql::Value> cells;
      cells.reserve(kinds.size());
      for (int c = 0; c < columns; ++c) {
        if (PQgetisnull(result.get(), r, c) != 0) {
          cells.emplace_back(nullptr);
        } else {
          cells.push_back(Convert(PQgetvalue(result.get(), r, c),
                                  static_cast<std::size_t>(PQgetlength(result.get(), r, c)),
                                  kinds[static_cast<std::size_t>(c)]));
        }
      }
      rows->rows.emplace_back(std::move(cells));
    }
  }
  const char* affected = PQcmdTuples(result.get());
  std::int64_t count = 0;
  if (affected != nullptr) std::from_chars(affected, affected + std::strlen(affected), count);
  return count;
}

core::Result<sql::Rows> PgConnection::DoQuery(std::string_view sql,
                                              std::span<const sql::Value> params) {
  sql::Rows rows;
  ASSURE_TRY(Run(sql, params, &rows));
  return rows;
}

core::Result<std::int64_t> PgConnection::DoExecute(std::string_view sql,
                                                   std::span<const sql::Value> params) {
  return Run(sql, params, nullptr);
}

core::Status PgConnection::Simple(const char* sql) {
  ResultPtr result{PQexec(conn_, sql)};
  const ExecStatusType status =
      result == nullptr ? PGRES_FATAL_ERROR : PQresultStatus(result.get());
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    return PgResultError(result.get(), PQerrorMessage(conn_), PQstatus(conn_) != CONNECTION_OK);
  }
  return core::Ok();
}

core::Status PgConnection::ExecuteScript(std::string_view sql) {
  return Simple(sql::ExpandSchemaTokens(sql, sql::Dialect::kPostgres).c_str());
}

core::Status PgConnection::AcquireTransactionLock(std::int64_t key) {
  ASSURE_TRY(Query("SELECT pg_advisory_xact_lock(?)", {key}));
  return core::Ok();
}

core::Result<bool> PgConnection::TableExists(std::string_view table) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          Query("SELECT to_regclass(?) IS NOT NULL", {std::string{table}}));
  return rows.rows[0].Bool(0);
}

core::Status PgConnection::Begin(std::string_view begin_sql) {
  const std::string begin{begin_sql};
  core::Status begun = Simple(begin.c_str());
  // A connection the server dropped while it sat idle fails here first; nothing has happened
  // yet, so reconnect and try once more.
  if (!begun.ok() && PQstatus(conn_) != CONNECTION_OK) {
    ASSURE_TRY(Reset());
    begun = Simple(begin.c_str());
  }
  return begun;
}

core::Status PgConnection::Commit() {
  // COMMIT of a failed transaction "succeeds" by rolling back; say so instead.
  if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
    return core::Error::Internal(
        "An earlier statement of this transaction failed, so nothing was saved.");
  }
  return Simple("COMMIT");
}

void PgConnection::Rollback() {
  // If this fails the connection is lost or stuck; broken() then reports it and the pool drops it.
  ResultPtr result{PQexec(conn_, "ROLLBACK")};
}

}  // namespace assure::storage::postgres
