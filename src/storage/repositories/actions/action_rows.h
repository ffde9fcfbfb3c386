// Row decoding for the action plan repositories (sql_action_repository.cc and
// sql_review_round_repository.cc): the column lists their SELECTs name, in that order, and the
// functions that turn such a row into the domain record. A damaged row (an unknown enum name, a
// malformed date) is kInternal naming the column, never the value. Internal to storage; pure
// functions, thread-safe.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "storage/sql/row.h"

namespace assure::storage {

// Columns of `actions`, qualified so that a list query may join.
inline constexpr std::string_view kActionColumns =
    "actions.id, actions.title, actions.owner_agency_id, actions.lead_user_id, actions.lead_name,"
    " actions.success_measure, actions.due_on, actions.priority, actions.status,"
    " actions.status_reason, actions.reported_rag, actions.last_update_on,"
    " actions.due_date_changes, actions.version, actions.created_at";
inline constexpr std::string_view kActionUpdateColumns =
    "id, action_id, update_on, narrative, status, status_reason, rag, evidence, recorded_by,"
    " recorded_at";
inline constexpr std::string_view kEvidenceFileColumns =
    "id, update_id, file_name, content_type, size, sha256, uploaded_at";
inline constexpr std::string_view kReviewRoundColumns =
    "id, quarter_year, quarter_number, opened_on, opened_by, closed_on, version";
// Columns of `review_entries` under the alias `e`.
inline constexpr std::string_view kReviewEntryColumns =
    "e.id, e.round_id, e.action_id, e.outcome, e.reviewed_by, e.reviewed_on, e.new_due_on,"
    " e.note, e.version";

// An action without its sources (action_parts.h loads those).
core::Result<domain::PlanAction> ActionFromRow(const sql::Row& row);
core::Result<domain::ActionUpdate> ActionUpdateFromRow(const sql::Row& row);
core::Result<domain::EvidenceFile> EvidenceFileFromRow(const sql::Row& row);
core::Result<domain::ReviewRound> ReviewRoundFromRow(const sql::Row& row);
core::Result<domain::ReviewEntry> ReviewEntryFromRow(const sql::Row& row);

// Each row of `rows` decoded by `decode`; the first damaged row's error.
template <typename Record, typename Decode>
core::Result<std::vector<Record>> DecodeRows(const sql::Rows& rows, Decode decode) {
  std::vector<Record> records;
  records.reserve(rows.size());
  for (const sql::Row& row : rows) {
    auto record = decode(row);
    if (!record.ok()) return record.error();
    records.push_back(std::move(record).value());
  }
  return records;
}

}  // namespace assure::storage
