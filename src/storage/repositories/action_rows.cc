#include "storage/repositories/action_rows.h"

#include "storage/repositories/case_rows.h"
#include "storage/sql/instant.h"

namespace assure::storage {

core::Result<domain::PlanAction> ActionFromRow(const sql::Row& row) {
  domain::PlanAction action;
  action.id = row.Int64(0);
  action.title = row.Text(1);
  action.owner_agency_id = row.Int64(2);
  action.lead_user_id = row.OptionalInt64(3);
  action.lead_name = row.Text(4);
  action.success_measure = row.Text(5);
  auto due_on = DateAt(row, 6, "actions.due_on");
  if (!due_on.ok()) return due_on.error();
  action.due_on = *due_on;
  auto priority =
      EnumAt<domain::ActionPriority>(row, 7, "actions.priority", domain::ParseActionPriority);
  if (!priority.ok()) return priority.error();
  action.priority = *priority;
  auto status = EnumAt<domain::ActionStatus>(row, 8, "actions.status", domain::ParseActionStatus);
  if (!status.ok()) return status.error();
  action.status = *status;
  action.status_reason = row.Text(9);
  if (!row.IsNull(10)) {
    auto rag = EnumAt<domain::Rag>(row, 10, "actions.reported_rag", domain::ParseRag);
    if (!rag.ok()) return rag.error();
    action.reported_rag = *rag;
  }
  auto last_update_on = OptionalDateAt(row, 11, "actions.last_update_on");
  if (!last_update_on.ok()) return last_update_on.error();
  action.last_update_on = *last_update_on;
  action.due_date_changes = static_cast<int>(row.Int64(12));
  action.version = row.Int64(13);
  auto created_at = sql::InstantAt(row, 14, "actions.created_at");
  if (!created_at.ok()) return created_at.error();
  action.created_at = *created_at;
  return action;
}

core::Result<domain::ActionUpdate> ActionUpdateFromRow(const sql::Row& row) {
  domain::ActionUpdate update;
  update.id = row.Int64(0);
  update.action_id = row.Int64(1);
  auto on = DateAt(row, 2, "action_updates.update_on");
  if (!on.ok()) return on.error();
  update.on = *on;
  update.narrative = row.Text(3);
  auto status =
      EnumAt<domain::ActionStatus>(row, 4, "action_updates.status", domain::ParseActionStatus);
  if (!status.ok()) return status.error();
  update.status = *status;
  update.status_reason = row.Text(5);
  auto rag = EnumAt<domain::Rag>(row, 6, "action_updates.rag", domain::ParseRag);
  if (!rag.ok()) return rag.error();
  update.rag = *rag;
  update.evidence = row.Text(7);
  update.recorded_by = row.OptionalInt64(8);
  auto recorded_at = sql::InstantAt(row, 9, "action_updates.recorded_at");
  if (!recorded_at.ok()) return recorded_at.error();
  update.recorded_at = *recorded_at;
  return update;
}

core::Result<domain::EvidenceFile> EvidenceFileFromRow(const sql::Row& row) {
  auto uploaded_at = sql::InstantAt(row, 6, "evidence_files.uploaded_at");
  if (!uploaded_at.ok()) return uploaded_at.error();
  domain::EvidenceFile file;
  file.id = row.Int64(0);
  file.update_id = row.Int64(1);
  file.file_name = row.Text(2);
  file.content_type = row.Text(3);
  file.size = row.Int64(4);
  file.sha256 = row.Text(5);
  file.uploaded_at = *uploaded_at;
  return file;
}

core::Result<domain::ReviewRound> ReviewRoundFromRow(const sql::Row& row) {
  domain::ReviewRound round;
  round.id = row.Int64(0);
  round.quarter = {static_cast<int>(row.Int64(1)), static_cast<int>(row.Int64(2))};
  auto opened_on = DateAt(row, 3, "review_rounds.opened_on");
  if (!opened_on.ok()) return opened_on.error();
  round.opened_on = *opened_on;
  round.opened_by = row.OptionalInt64(4);
  auto closed_on = OptionalDateAt(row, 5, "review_rounds.closed_on");
  if (!closed_on.ok()) return closed_on.error();
  round.closed_on = *closed_on;
  round.version = row.Int64(6);
  return round;
}

core::Result<domain::ReviewEntry> ReviewEntryFromRow(const sql::Row& row) {
  domain::ReviewEntry entry;
  entry.id = row.Int64(0);
  entry.round_id = row.Int64(1);
  entry.action_id = row.Int64(2);
  if (!row.IsNull(3)) {
    auto outcome =
        EnumAt<domain::ReviewOutcome>(row, 3, "review_entries.outcome", domain::ParseReviewOutcome);
    if (!outcome.ok()) return outcome.error();
    entry.outcome = *outcome;
  }
  entry.reviewed_by = row.OptionalInt64(4);
  auto reviewed_on = OptionalDateAt(row, 5, "review_entries.reviewed_on");
  if (!reviewed_on.ok()) return reviewed_on.error();
  entry.reviewed_on = *reviewed_on;
  auto new_due_on = OptionalDateAt(row, 6, "review_entries.new_due_on");
  if (!new_due_on.ok()) return new_due_on.error();
  entry.new_due_on = *new_due_on;
  entry.note = row.Text(7);
  entry.version = row.Int64(8);
  return entry;
}

}  // namespace assure::storage
