#include "storage/repositories/actions/action_rows.h"

#include "storage/repositories/reviews/case_rows.h"
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
  ASSURE_ASSIGN_OR_RETURN(auto due_on, DateAt(row, 6, "actions.due_on"));
  action.due_on = due_on;
  ASSURE_ASSIGN_OR_RETURN(
      auto priority,
      EnumAt<domain::ActionPriority>(row, 7, "actions.priority", domain::ParseActionPriority));
  action.priority = priority;
  ASSURE_ASSIGN_OR_RETURN(auto status, EnumAt<domain::ActionStatus>(row, 8, "actions.status",
                                                                    domain::ParseActionStatus));
  action.status = status;
  action.status_reason = row.Text(9);
  if (!row.IsNull(10)) {
    ASSURE_ASSIGN_OR_RETURN(auto rag,
                            EnumAt<domain::Rag>(row, 10, "actions.reported_rag", domain::ParseRag));
    action.reported_rag = rag;
  }
  ASSURE_ASSIGN_OR_RETURN(auto last_update_on, OptionalDateAt(row, 11, "actions.last_update_on"));
  action.last_update_on = last_update_on;
  action.due_date_changes = static_cast<int>(row.Int64(12));
  action.version = row.Int64(13);
  ASSURE_ASSIGN_OR_RETURN(auto created_at, sql::InstantAt(row, 14, "actions.created_at"));
  action.created_at = created_at;
  return action;
}

core::Result<domain::ActionUpdate> ActionUpdateFromRow(const sql::Row& row) {
  domain::ActionUpdate update;
  update.id = row.Int64(0);
  update.action_id = row.Int64(1);
  ASSURE_ASSIGN_OR_RETURN(auto on, DateAt(row, 2, "action_updates.update_on"));
  update.on = on;
  update.narrative = row.Text(3);
  ASSURE_ASSIGN_OR_RETURN(auto status, EnumAt<domain::ActionStatus>(row, 4, "action_updates.status",
                                                                    domain::ParseActionStatus));
  update.status = status;
  update.status_reason = row.Text(5);
  ASSURE_ASSIGN_OR_RETURN(auto rag,
                          EnumAt<domain::Rag>(row, 6, "action_updates.rag", domain::ParseRag));
  update.rag = rag;
  update.evidence = row.Text(7);
  update.recorded_by = row.OptionalInt64(8);
  ASSURE_ASSIGN_OR_RETURN(auto recorded_at, sql::InstantAt(row, 9, "action_updates.recorded_at"));
  update.recorded_at = recorded_at;
  return update;
}

core::Result<domain::EvidenceFile> EvidenceFileFromRow(const sql::Row& row) {
  ASSURE_ASSIGN_OR_RETURN(auto uploaded_at, sql::InstantAt(row, 6, "evidence_files.uploaded_at"));
  domain::EvidenceFile file;
  file.id = row.Int64(0);
  file.update_id = row.Int64(1);
  file.file_name = row.Text(2);
  file.content_type = row.Text(3);
  file.size = row.Int64(4);
  file.sha256 = row.Text(5);
  file.uploaded_at = uploaded_at;
  return file;
}

core::Result<domain::ReviewRound> ReviewRoundFromRow(const sql::Row& row) {
  domain::ReviewRound round;
  round.id = row.Int64(0);
  round.quarter = {static_cast<int>(row.Int64(1)), static_cast<int>(row.Int64(2))};
  ASSURE_ASSIGN_OR_RETURN(auto opened_on, DateAt(row, 3, "review_rounds.opened_on"));
  round.opened_on = opened_on;
  round.opened_by = row.OptionalInt64(4);
  ASSURE_ASSIGN_OR_RETURN(auto closed_on, OptionalDateAt(row, 5, "review_rounds.closed_on"));
  round.closed_on = closed_on;
  round.version = row.Int64(6);
  return round;
}

core::Result<domain::ReviewEntry> ReviewEntryFromRow(const sql::Row& row) {
  domain::ReviewEntry entry;
  entry.id = row.Int64(0);
  entry.round_id = row.Int64(1);
  entry.action_id = row.Int64(2);
  if (!row.IsNull(3)) {
    ASSURE_ASSIGN_OR_RETURN(auto outcome,
                            EnumAt<domain::ReviewOutcome>(row, 3, "review_entries.outcome",
                                                          domain::ParseReviewOutcome));
    entry.outcome = outcome;
  }
  entry.reviewed_by = row.OptionalInt64(4);
  ASSURE_ASSIGN_OR_RETURN(auto reviewed_on, OptionalDateAt(row, 5, "review_entries.reviewed_on"));
  entry.reviewed_on = reviewed_on;
  ASSURE_ASSIGN_OR_RETURN(auto new_due_on, OptionalDateAt(row, 6, "review_entries.new_due_on"));
  entry.new_due_on = new_due_on;
  entry.note = row.Text(7);
  entry.version = row.Int64(8);
  return entry;
}

}  // namespace assure::storage
