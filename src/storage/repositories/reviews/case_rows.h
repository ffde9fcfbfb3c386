// Helpers shared by the case repositories (sql_case_repository.cc and its siblings): civil dates
// as 'YYYY-MM-DD' TEXT, enum columns, lists of ids bound as `IN (?, ...)`, and the existence
// check that turns another partnership's id into kNotFound. Internal to storage. Pure functions
// except RecordExists, which reads through the connection it is given; thread-compatible.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/reviews/cases/case.h"
#include "storage/sql/connection.h"

namespace assure::storage {

sql::Value DateValue(domain::CivilDate date);
sql::Value OptionalDateValue(const std::optional<domain::CivilDate>& date);

// Column `column` of `row` as a civil date; kInternal naming `name` (never the value) if damaged.
core::Result<domain::CivilDate> DateAt(const sql::Row& row, std::size_t column,
                                       std::string_view name);
core::Result<std::optional<domain::CivilDate>> OptionalDateAt(const sql::Row& row,
                                                              std::size_t column,
                                                              std::string_view name);

// cases.aware_on has been NOT NULL since the first schema, and SQLite cannot relax that in place:
// a date not known (a case imported from history without it) is stored as kAwareOnUnknown, which
// no real date equals and which sorts before every one (0014_notification_screening.sql).
inline constexpr std::string_view kAwareOnUnknown = "0000-00-00";
sql::Value AwareOnValue(const std::optional<domain::CivilDate>& date);
core::Result<std::optional<domain::CivilDate>> AwareOnAt(const sql::Row& row, std::size_t column);

// The case's Care Act s44 answers as the five columns s44_needs_care_and_support,
// s44_concern_about_joint_working, s44_adult_died, s44_abuse_or_neglect_caused_death,
// s44_serious_abuse_or_neglect (all NULL: none recorded), and back from the row's five columns
// from `first`.
inline constexpr std::string_view kS44Columns =
    "s44_needs_care_and_support, s44_concern_about_joint_working, s44_adult_died,"
    " s44_abuse_or_neglect_caused_death, s44_serious_abuse_or_neglect";
std::vector<sql::Value> S44Values(const std::optional<domain::CareActS44>& s44);
std::optional<domain::CareActS44> S44At(const sql::Row& row, std::size_t first);

// The case's notification screening as the five columns notifiable, looked_after, child_died,
// not_notifiable_reason, screened_on (all NULL: not screened), and back from the row's five
// columns from `first`.
std::vector<sql::Value> ScreeningValues(
    const std::optional<domain::NotificationScreening>& screening);
core::Result<std::optional<domain::NotificationScreening>> ScreeningAt(const sql::Row& row,
                                                                       std::size_t first);

// Column `column` of `row` parsed by `parse` (ParseCaseState, ...); kInternal naming `name`.
template <typename E, typename Parse>
core::Result<E> EnumAt(const sql::Row& row, std::size_t column, std::string_view name,
                       Parse parse) {
  std::optional<E> value = parse(row.Text(column));
  if (!value) return core::Error::Internal(std::string{name} + " holds an unknown value");
  return *value;
}

// "(?, ?, ...)" for `ids`, appending their values to `values`. The list is padded (repeating the
// last id) to a power of two, so that few distinct statements are prepared and cached.
// REQUIRES: !ids.empty().
std::string AppendIdList(std::span<const std::int64_t> ids, std::vector<sql::Value>& values);

// Whether `table` (a constant name, never input) has the row `id` in the partnership.
core::Result<bool> RecordExists(sql::Connection& connection, std::string_view table,
                                std::int64_t partnership_id, std::int64_t id);

// Whether every one of `ids` (non-empty, sorted, unique) is a row of `table` in the partnership.
core::Result<bool> AllRecordsExist(sql::Connection& connection, std::string_view table,
                                   std::int64_t partnership_id, std::span<const std::int64_t> ids);

// kNotFound for the noun (NoSuch) unless the record exists in the partnership.
core::Status ExpectRecord(sql::Connection& connection, std::string_view table,
                          std::string_view noun, std::int64_t partnership_id, std::int64_t id);

// The versioned-write kConflict for a one-per-case record that someone else created first.
core::Error RecordedMeanwhile(std::string_view noun);

// `ids` sorted, without repeats.
std::vector<std::int64_t> SortedUnique(std::vector<std::int64_t> ids);

}  // namespace assure::storage
