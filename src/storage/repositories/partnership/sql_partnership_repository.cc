#include "storage/repositories/partnership/sql_partnership_repository.h"

#include <utility>

#include "storage/repositories/versioned_write.h"

namespace assure::storage {
namespace {

domain::Partnership FromRow(const sql::Row& row) {
  return domain::Partnership{row.Int64(0), row.Text(1), row.Text(2),
                             row.Bool(3),  row.Bool(4), row.Int64(5)};
}

}  // namespace

core::Result<domain::Partnership> SqlPartnershipRepository::Create(
    const domain::NewPartnership& partnership) {
  ASSURE_TRY(domain::ValidatePartnership(partnership));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO partnerships (slug, name, demo, mfa_required, version, created_at)"
          " VALUES (?, ?, ?, ?, 1, ?) RETURNING id, slug, name, demo, mfa_required, version",
          {partnership.slug, partnership.name, sql::Bool(partnership.demo),
           sql::Bool(partnership.mfa_required), core::FormatInstant(clock_.Now())}));
  return FromRow(rows.rows.front());
}

core::Result<domain::Partnership> SqlPartnershipRepository::FindBySlug(std::string_view slug) {
  return FindOne(
      "SELECT id, slug, name, demo, mfa_required, version FROM partnerships WHERE slug = ?",
      std::string{slug});
}

core::Result<domain::Partnership> SqlPartnershipRepository::FindById(domain::PartnershipId id) {
  return FindOne(
      "SELECT id, slug, name, demo, mfa_required, version FROM partnerships WHERE id = ?", id);
}

core::Result<std::vector<domain::Partnership>> SqlPartnershipRepository::List() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT id, slug, name, demo, mfa_required, version"
                                   " FROM partnerships ORDER BY lower(name) COLLATE \"C\", id"));
  std::vector<domain::Partnership> partnerships;
  partnerships.reserve(rows.size());
  for (const sql::Row& row : rows) partnerships.push_back(FromRow(row));
  return partnerships;
}

core::Result<domain::Partnership> SqlPartnershipRepository::FindOne(std::string_view sql,
                                                                    sql::Value key) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(sql, {std::move(key)}));
  if (rows.empty()) return NoSuch("partnership");
  return FromRow(rows.rows.front());
}

}  // namespace assure::storage
