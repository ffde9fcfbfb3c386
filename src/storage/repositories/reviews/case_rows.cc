#include "storage/repositories/reviews/case_rows.h"

#include <algorithm>

#include "storage/repositories/versioned_write.h"

namespace assure::storage {

sql::Value DateValue(domain::CivilDate date) { return domain::FormatCivilDate(date); }

sql::Value OptionalDateValue(const std::optional<domain::CivilDate>& date) {
  if (date) return DateValue(*date);
  return nullptr;
}

sql::Value AwareOnValue(const std::optional<domain::CivilDate>& date) {
  if (date) return DateValue(*date);
  return std::string{kAwareOnUnknown};
}

core::Result<std::optional<domain::CivilDate>> AwareOnAt(const sql::Row& row, std::size_t column) {
  if (row.Text(column) == kAwareOnUnknown) return std::optional<domain::CivilDate>{};
  ASSURE_ASSIGN_OR_RETURN(auto date, DateAt(row, column, "cases.aware_on"));
  return std::optional<domain::CivilDate>{date};
}

std::vector<sql::Value> S44Values(const std::optional<domain::CareActS44>& s44) {
  if (!s44) return {nullptr, nullptr, nullptr, nullptr, nullptr};
  return {sql::Bool(s44->needs_care_and_support), sql::Bool(s44->concern_about_joint_working),
          sql::Bool(s44->adult_died), sql::Bool(s44->abuse_or_neglect_caused_death),
          sql::Bool(s44->serious_abuse_or_neglect)};
}

std::optional<domain::CareActS44> S44At(const sql::Row& row, std::size_t first) {
  if (row.IsNull(first)) return std::nullopt;
  return domain::CareActS44{row.Bool(first), row.Bool(first + 1), row.Bool(first + 2),
                            row.Bool(first + 3), row.Bool(first + 4)};
}

std::vector<sql::Value> ScreeningValues(
    const std::optional<domain::NotificationScreening>& screening) {
  if (!screening) return {nullptr, nullptr, nullptr, nullptr, nullptr};
  return {sql::Bool(screening->notifiable), sql::Bool(screening->looked_after),
          sql::Bool(screening->child_died), screening->reason, DateValue(screening->screened_on)};
}

core::Result<std::optional<domain::NotificationScreening>> ScreeningAt(const sql::Row& row,
                                                                       std::size_t first) {
  if (row.IsNull(first)) return std::optional<domain::NotificationScreening>{};
  ASSURE_ASSIGN_OR_RETURN(auto screened_on, DateAt(row, first + 4, "cases.screened_on"));
  return std::optional<domain::NotificationScreening>{
      domain::NotificationScreening{row.Bool(first), row.Bool(first + 1), row.Bool(first + 2),
                                    row.OptionalText(first + 3).value_or(""), screened_on}};
}

core::Result<domain::CivilDate> DateAt(const sql::Row& row, std::size_t column,
                                       std::string_view name) {
  std::optional<domain::CivilDate> date = domain::ParseCivilDate(row.Text(column));
  if (!date) return core::Error::Internal(std::string{name} + " holds a damaged date");
  return *date;
}

core::Result<std::optional<domain::CivilDate>> OptionalDateAt(const sql::Row& row,
                                                              std::size_t column,
                                                              std::string_view name) {
  if (row.IsNull(column)) return std::optional<domain::CivilDate>{};
  ASSURE_ASSIGN_OR_RETURN(auto date, DateAt(row, column, name));
  return std::optional<domain::CivilDate>{date};
}

std::string AppendIdList(std::span<const std::int64_t> ids, std::vector<sql::Value>& values) {
  std::size_t padded = 1;
  while (padded < ids.size()) padded *= 2;
  std::string list = "(";
  for (std::size_t i = 0; i < padded; ++i) {
    list += i == 0 ? "?" : ", ?";
    values.emplace_back(ids[std::min(i, ids.size() - 1)]);
  }
  list += ")";
  return list;
}

core::Result<bool> RecordExists(sql::Connection& connection, std::string_view table,
                                std::int64_t partnership_id, std::int64_t id) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection.Query("SELECT 1 FROM " + std::string{table} +
                                                          " WHERE partnership_id = ? AND id = ?",
                                                      {partnership_id, id}));
  return !rows.empty();
}

core::Result<bool> AllRecordsExist(sql::Connection& connection, std::string_view table,
                                   std::int64_t partnership_id, std::span<const std::int64_t> ids) {
  std::vector<sql::Value> values{partnership_id};
  const std::string list = AppendIdList(ids, values);
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection.Query("SELECT count(*) FROM " + std::string{table} +
                                               " WHERE partnership_id = ? AND id IN " + list,
                                           values));
  return rows.rows.front().Int64(0) == static_cast<std::int64_t>(ids.size());
}

core::Status ExpectRecord(sql::Connection& connection, std::string_view table,
                          std::string_view noun, std::int64_t partnership_id, std::int64_t id) {
  ASSURE_ASSIGN_OR_RETURN(auto exists, RecordExists(connection, table, partnership_id, id));
  if (!exists) return NoSuch(noun);
  return core::Ok();
}

core::Error RecordedMeanwhile(std::string_view noun) {
  return core::Error::Conflict("This " + std::string{noun} +
                               " was recorded by someone else since you opened it. Open it again "
                               "to see their changes, then make yours.");
}

std::vector<std::int64_t> SortedUnique(std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace assure::storage
