#include "storage/repositories/partnership/sql_agency_repository.h"

#include <string>

#include "storage/repositories/versioned_write.h"

namespace assure::storage {
namespace {

core::Result<domain::Agency> FromRow(const sql::Row& row) {
  auto type = domain::ParseAgencyType(row.Text(3));
  if (!type) return core::Error::Internal("agencies.type holds an unknown agency type");
  return domain::Agency{row.Int64(0), row.Int64(1), row.Text(2), *type, row.Bool(4), row.Int64(5)};
}

sql::Value TypeValue(domain::AgencyType type) { return sql::Text(domain::AgencyTypeName(type)); }

}  // namespace

core::Result<domain::Agency> SqlAgencyRepository::Create(const domain::NewAgency& agency) {
  ASSURE_TRY(domain::ValidateAgency(agency));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("INSERT INTO agencies (partnership_id, name, type, statutory_partner, "
                        "version, created_at)"
                        " VALUES (?, ?, ?, ?, 1, ?)"
                        " RETURNING id, partnership_id, name, type, statutory_partner, version",
                        {partnership_id_, agency.name, TypeValue(agency.type),
                         sql::Bool(agency.statutory_partner), core::FormatInstant(clock_.Now())}));
  return FromRow(rows.rows.front());
}

core::Result<domain::Agency> SqlAgencyRepository::Get(domain::AgencyId id) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT id, partnership_id, name, type, statutory_partner, version"
                        " FROM agencies WHERE partnership_id = ? AND id = ?",
                        {partnership_id_, id}));
  if (rows.empty()) return NoSuch("agency");
  return FromRow(rows.rows.front());
}

core::Result<std::vector<domain::Agency>> SqlAgencyRepository::List() {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT id, partnership_id, name, type, statutory_partner, version"
                        " FROM agencies WHERE partnership_id = ?"
                        " ORDER BY lower(name) COLLATE \"C\", id",
                        {partnership_id_}));
  std::vector<domain::Agency> agencies;
  agencies.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto agency, FromRow(row));
    agencies.push_back(std::move(agency));
  }
  return agencies;
}

core::Result<domain::Agency> SqlAgencyRepository::Update(const domain::Agency& agency) {
  ASSURE_TRY(domain::ValidateAgency(agency));
  ASSURE_ASSIGN_OR_RETURN(
      auto row, UpdateVersioned(
                    connection_, {"agencies", "agency", partnership_id_, agency.id, agency.version},
                    "name = ?, type = ?, statutory_partner = ?",
                    {agency.name, TypeValue(agency.type), sql::Bool(agency.statutory_partner)},
                    "id, partnership_id, name, type, statutory_partner, version"));
  return FromRow(row);
}

core::Status SqlAgencyRepository::Delete(domain::AgencyId id, domain::Version version) {
  return DeleteVersioned(connection_, {"agencies", "agency", partnership_id_, id, version});
}

}  // namespace assure::storage
