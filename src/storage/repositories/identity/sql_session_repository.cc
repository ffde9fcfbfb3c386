#include "storage/repositories/identity/sql_session_repository.h"

#include <utility>

#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

// Columns: id, token_hash, user_id, partnership_id, csrf_token, mfa_passed, created_at,
// last_seen_at, ended_at, client_address, user_agent.
core::Result<domain::Session> FromRow(const sql::Row& row) {
  domain::Session session;
  session.id = row.Int64(0);
  session.token_hash = row.Text(1);
  session.user_id = row.Int64(2);
  session.partnership_id = row.Int64(3);
  session.csrf_token = row.Text(4);
  session.mfa_passed = row.Bool(5);
  ASSURE_ASSIGN_OR_RETURN(auto created_at, sql::InstantAt(row, 6, "sessions.created_at"));
  session.created_at = created_at;
  ASSURE_ASSIGN_OR_RETURN(auto last_seen_at, sql::InstantAt(row, 7, "sessions.last_seen_at"));
  session.last_seen_at = last_seen_at;
  ASSURE_ASSIGN_OR_RETURN(auto ended_at, sql::OptionalInstantAt(row, 8, "sessions.ended_at"));
  session.ended_at = ended_at;
  session.client_address = row.Text(9);
  session.user_agent = row.Text(10);
  return session;
}

}  // namespace

core::Result<domain::Session> SqlSessionRepository::Create(const domain::Session& session) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO sessions (token_hash, user_id, partnership_id, csrf_token, mfa_passed,"
          " created_at, last_seen_at, ended_at, client_address, user_agent)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          " RETURNING id, token_hash, user_id, partnership_id, csrf_token, mfa_passed, created_at,"
          " last_seen_at, ended_at, client_address, user_agent",
          {session.token_hash, session.user_id, session.partnership_id, session.csrf_token,
           sql::Bool(session.mfa_passed), sql::InstantValue(session.created_at),
           sql::InstantValue(session.last_seen_at), sql::OptionalInstantValue(session.ended_at),
           session.client_address, session.user_agent}));
  return FromRow(rows.rows.front());
}

core::Result<domain::Session> SqlSessionRepository::FindByTokenHash(std::string_view token_hash) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT id, token_hash, user_id, partnership_id, csrf_token, mfa_passed, created_at,"
          " last_seen_at, ended_at, client_address, user_agent FROM sessions WHERE token_hash = ?",
          {sql::Text(token_hash)}));
  if (rows.empty()) return NoSuch("session");
  return FromRow(rows.rows.front());
}

core::Status SqlSessionRepository::Update(const domain::Session& session) {
  ASSURE_ASSIGN_OR_RETURN(
      auto updated,
      connection_.Execute(
          "UPDATE sessions SET token_hash = ?, partnership_id = ?, csrf_token = ?, mfa_passed = ?,"
          " last_seen_at = ?, ended_at = ? WHERE id = ? AND ended_at IS NULL",
          {session.token_hash, session.partnership_id, session.csrf_token,
           sql::Bool(session.mfa_passed), sql::InstantValue(session.last_seen_at),
           sql::OptionalInstantValue(session.ended_at), session.id}));
  if (updated == 0) return NoSuch("session");
  return core::Ok();
}

core::Status SqlSessionRepository::Touch(domain::SessionId id, core::Instant at) {
  ASSURE_TRY(
      connection_.Execute("UPDATE sessions SET last_seen_at = ? WHERE id = ? AND ended_at IS NULL",
                          {sql::InstantValue(at), id}));
  return core::Ok();
}

core::Status SqlSessionRepository::End(domain::SessionId id, core::Instant at) {
  ASSURE_TRY(
      connection_.Execute("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL",
                          {sql::InstantValue(at), id}));
  return core::Ok();
}

core::Result<std::vector<domain::Session>> SqlSessionRepository::ListActive(
    domain::UserId user_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT id, token_hash, user_id, partnership_id, csrf_token, mfa_passed, created_at,"
          " last_seen_at, ended_at, client_address, user_agent FROM sessions"
          " WHERE user_id = ? AND ended_at IS NULL ORDER BY created_at DESC, id DESC",
          {user_id}));
  std::vector<domain::Session> sessions;
  sessions.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto session, FromRow(row));
    sessions.push_back(std::move(session));
  }
  return sessions;
}

core::Result<int> SqlSessionRepository::EndAll(domain::UserId user_id, core::Instant at,
                                               std::optional<domain::SessionId> except) {
  ASSURE_ASSIGN_OR_RETURN(
      auto ended,
      connection_.Execute("UPDATE sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL"
                          " AND (CAST(? AS BIGINT) IS NULL OR id <> ?)",
                          {sql::InstantValue(at), user_id, sql::OptionalInt64(except),
                           sql::OptionalInt64(except)}));
  return static_cast<int>(ended);
}

}  // namespace assure::storage
