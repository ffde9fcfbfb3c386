#include "storage/repositories/identity/sql_api_token_repository.h"

#include <algorithm>
#include <utility>

#include "domain/text_rules.h"
#include "storage/repositories/versioned_write.h"
#include "storage/sql/instant.h"

namespace assure::storage {
namespace {

bool IsScopeCharacter(char c) {
  return c > ' ' && c != 0x7F;  // printable, not white space
}

std::string JoinScopes(const std::vector<std::string>& scopes) {
  std::string joined;
  for (const std::string& scope : scopes) {
    if (!joined.empty()) joined += ' ';
    joined += scope;
  }
  return joined;
}

std::vector<std::string> SplitScopes(std::string_view joined) {
  std::vector<std::string> scopes;
  while (!joined.empty()) {
    const std::size_t space = joined.find(' ');
    if (space != 0) scopes.emplace_back(joined.substr(0, space));
    if (space == std::string_view::npos) break;
    joined.remove_prefix(space + 1);
  }
  return scopes;
}

// Columns: id, partnership_id, user_id, name, token_hash, scopes, created_at, expires_at,
// revoked_at, last_used_at.
core::Result<domain::ApiToken> FromRow(const sql::Row& row) {
  domain::ApiToken token;
  token.id = row.Int64(0);
  token.partnership_id = row.Int64(1);
  token.user_id = row.Int64(2);
  token.name = row.Text(3);
  token.token_hash = row.Text(4);
  token.scopes = SplitScopes(row.Text(5));
  ASSURE_ASSIGN_OR_RETURN(auto created_at, sql::InstantAt(row, 6, "api_tokens.created_at"));
  token.created_at = created_at;
  ASSURE_ASSIGN_OR_RETURN(auto expires_at, sql::InstantAt(row, 7, "api_tokens.expires_at"));
  token.expires_at = expires_at;
  ASSURE_ASSIGN_OR_RETURN(auto revoked_at, sql::OptionalInstantAt(row, 8, "api_tokens.revoked_at"));
  token.revoked_at = revoked_at;
  ASSURE_ASSIGN_OR_RETURN(auto last_used_at,
                          sql::OptionalInstantAt(row, 9, "api_tokens.last_used_at"));
  token.last_used_at = last_used_at;
  return token;
}

}  // namespace

core::Result<domain::ApiToken> SqlApiTokenRepository::Create(const domain::ApiToken& token) {
  ASSURE_TRY(domain::ValidateName("name", token.name));
  for (const std::string& scope : token.scopes) {
    if (scope.empty() || !std::all_of(scope.begin(), scope.end(), IsScopeCharacter)) {
      return core::Error::InvalidInput("scopes", "A scope must be one word.");
    }
  }
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO api_tokens (partnership_id, user_id, name, token_hash, scopes, created_at,"
          " expires_at, revoked_at, last_used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
          " RETURNING id, partnership_id, user_id, name, token_hash, scopes, created_at, "
          "expires_at,"
          " revoked_at, last_used_at",
          {token.partnership_id, token.user_id, token.name, token.token_hash,
           JoinScopes(token.scopes), sql::InstantValue(token.created_at),
           sql::InstantValue(token.expires_at), sql::OptionalInstantValue(token.revoked_at),
           sql::OptionalInstantValue(token.last_used_at)}));
  return FromRow(rows.rows.front());
}

core::Result<domain::ApiToken> SqlApiTokenRepository::FindByHash(std::string_view token_hash) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT id, partnership_id, user_id, name, token_hash, scopes, created_at, expires_at,"
          " revoked_at, last_used_at FROM api_tokens WHERE token_hash = ?",
          {sql::Text(token_hash)}));
  if (rows.empty()) return NoSuch("API token");
  return FromRow(rows.rows.front());
}

core::Result<std::vector<domain::ApiToken>> SqlApiTokenRepository::ListForUser(
    domain::PartnershipId partnership_id, domain::UserId user_id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "SELECT id, partnership_id, user_id, name, token_hash, scopes, created_at, expires_at,"
          " revoked_at, last_used_at FROM api_tokens WHERE partnership_id = ? AND user_id = ?"
          " ORDER BY created_at DESC, id DESC",
          {partnership_id, user_id}));
  std::vector<domain::ApiToken> tokens;
  tokens.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto token, FromRow(row));
    tokens.push_back(std::move(token));
  }
  return tokens;
}

core::Status SqlApiTokenRepository::Revoke(domain::ApiTokenId id, domain::UserId user_id,
                                           core::Instant at) {
  ASSURE_ASSIGN_OR_RETURN(
      auto revoked,
      connection_.Execute(
          "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ? AND user_id = ?",
          {sql::InstantValue(at), id, user_id}));
  if (revoked == 0) return NoSuch("API token");
  return core::Ok();
}

core::Status SqlApiTokenRepository::MarkUsed(domain::ApiTokenId id, core::Instant at) {
  ASSURE_ASSIGN_OR_RETURN(auto used,
                          connection_.Execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?",
                                              {sql::InstantValue(at), id}));
  if (used == 0) return NoSuch("API token");
  return core::Ok();
}

}  // namespace assure::storage
