#include "storage/repositories/versioned_write.h"

#include <string>
#include <utility>

namespace assure::storage {
namespace {

constexpr std::string_view kWhere = " WHERE id = ? AND partnership_id = ? AND version = ?";
constexpr std::string_view kWhereUnowned = " WHERE id = ? AND version = ?";

std::string_view Where(const VersionedRecord& record) {
  return record.partnership_id ? kWhere : kWhereUnowned;
}

// The values for Where(record)'s placeholders.
void AppendKey(const VersionedRecord& record, std::vector<sql::Value>& values) {
  values.emplace_back(record.id);
  if (record.partnership_id) values.emplace_back(*record.partnership_id);
  values.emplace_back(record.expected_version);
}

// Why a versioned write matched no row.
core::Error Missed(sql::Connection& connection, const VersionedRecord& record) {
  const std::string table{record.table};
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      record.partnership_id
          ? connection.Query("SELECT 1 FROM " + table + " WHERE id = ? AND partnership_id = ?",
                             {record.id, *record.partnership_id})
          : connection.Query("SELECT 1 FROM " + table + " WHERE id = ?", {record.id}));
  if (rows.empty()) return NoSuch(record.noun);
  return core::Error::Conflict("This " + std::string{record.noun} +
                               " was changed by someone else since you opened it. Open it again "
                               "to see their changes, then make yours.");
}

}  // namespace

core::Error NoSuch(std::string_view noun) {
  return core::Error::NotFound("There is no such " + std::string{noun} + ".");
}

core::Result<sql::Row> UpdateVersioned(sql::Connection& connection, const VersionedRecord& record,
                                       std::string_view assignments, std::vector<sql::Value> values,
                                       std::string_view returning) {
  std::string statement = "UPDATE " + std::string{record.table} + " SET " +
                          std::string{assignments} + ", version = version + 1" +
                          std::string{Where(record)} + " RETURNING " + std::string{returning};
  AppendKey(record, values);
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection.Query(statement, values));
  if (rows.empty()) return Missed(connection, record);
  return std::move(rows.rows.front());
}

core::Status DeleteVersioned(sql::Connection& connection, const VersionedRecord& record) {
  std::vector<sql::Value> key;
  AppendKey(record, key);
  ASSURE_ASSIGN_OR_RETURN(
      auto deleted,
      connection.Execute("DELETE FROM " + std::string{record.table} + std::string{Where(record)},
                         key));
  if (deleted == 0) return Missed(connection, record);
  return core::Ok();
}

}  // namespace assure::storage
