#include "storage/repositories/learning/sql_library_repository.h"

#include <utility>

#include "storage/repositories/reviews/case_rows.h"

namespace assure::storage {

core::Result<std::int64_t> SqlLibraryRepository::CountPublished() {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT COUNT(*) FROM briefings"
                                            " WHERE partnership_id = ? AND state = 'published'",
                                            {partnership_id_}));
  return rows.empty() ? 0 : rows.rows.front().Int64(0);
}

core::Result<domain::FeedbackId> SqlLibraryRepository::AddFeedback(
    const domain::BriefingFeedback& feedback) {
  ASSURE_TRY(
      ExpectRecord(connection_, "briefings", "briefing", partnership_id_, feedback.briefing_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query(
          "INSERT INTO briefing_feedback (partnership_id, briefing_id, rating,"
          " comment, received_on) VALUES (?, ?, ?, ?, ?) RETURNING id",
          {partnership_id_, feedback.briefing_id, static_cast<std::int64_t>(feedback.rating),
           feedback.comment, DateValue(feedback.received_on)}));
  return rows.rows.front().Int64(0);
}

core::Result<std::vector<domain::BriefingFeedback>> SqlLibraryRepository::Feedback(
    domain::BriefingId briefing_id) {
  ASSURE_TRY(ExpectRecord(connection_, "briefings", "briefing", partnership_id_, briefing_id));
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT id, briefing_id, rating, comment, received_on"
                        " FROM briefing_feedback WHERE partnership_id = ? AND briefing_id = ?"
                        " ORDER BY received_on DESC, id DESC",
                        {partnership_id_, briefing_id}));
  std::vector<domain::BriefingFeedback> feedback;
  feedback.reserve(rows.size());
  for (const sql::Row& row : rows) {
    domain::BriefingFeedback one;
    one.id = row.Int64(0);
    one.briefing_id = row.Int64(1);
    one.rating = static_cast<int>(row.Int64(2));
    one.comment = row.Text(3);
    ASSURE_ASSIGN_OR_RETURN(one.received_on, DateAt(row, 4, "briefing_feedback.received_on"));
    feedback.push_back(std::move(one));
  }
  return feedback;
}

}  // namespace assure::storage
