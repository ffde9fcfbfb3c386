// Optimistic concurrency: an update or delete happens only if the record still has the version the
// person saw, and, for a partnership-owned record, always within the repository's partnership.
//
//   UPDATE <table> SET <assignments>, version = version + 1
//   WHERE id = ? AND partnership_id = ? AND version = ? RETURNING <columns>
//
// (without "AND partnership_id = ?" for a record no partnership owns, such as a user.)
// When no row matched, the record is looked up (in the same partnership): it exists -> kConflict
// ("changed by someone else since you opened it"), otherwise kNotFound. Stateless functions; use
// inside a Database::Write, on its thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "storage/sql/connection.h"

namespace assure::storage {

struct VersionedRecord {
  std::string_view table;                      // a constant table name, never input
  std::string_view noun;                       // for messages: "agency"
  std::optional<std::int64_t> partnership_id;  // nullopt: the table has none (users)
  std::int64_t id = 0;
  std::int64_t expected_version = 0;
};

// `assignments` like "name = ?, type = ?" with `values` for its placeholders; returns the updated
// row's `returning` columns.
core::Result<sql::Row> UpdateVersioned(sql::Connection& connection, const VersionedRecord& record,
                                       std::string_view assignments, std::vector<sql::Value> values,
                                       std::string_view returning);

core::Status DeleteVersioned(sql::Connection& connection, const VersionedRecord& record);

// kNotFound for the record's noun: "There is no such agency."
core::Error NoSuch(std::string_view noun);

}  // namespace assure::storage
