#include "storage/repositories/reviews/review_record_rows.h"

#include <utility>

#include "storage/repositories/reviews/case_rows.h"

namespace assure::storage {

core::Result<domain::Notification> NotificationFromRow(const sql::Row& row) {
  ASSURE_ASSIGN_OR_RETURN(auto sent_on, DateAt(row, 1, "notifications.sent_on"));
  return domain::Notification{row.Int64(0), sent_on, row.Text(2), row.Int64(3)};
}

core::Result<domain::RapidReview> RapidReviewFromRow(const sql::Row& row) {
  domain::RapidReview review;
  review.case_id = row.Int64(0);
  ASSURE_ASSIGN_OR_RETURN(auto meeting_on, DateAt(row, 1, "rapid_reviews.meeting_on"));
  review.meeting_on = meeting_on;
  ASSURE_ASSIGN_OR_RETURN(auto completed_on, DateAt(row, 2, "rapid_reviews.completed_on"));
  review.completed_on = completed_on;
  review.facts = row.Text(3);
  review.immediate_actions = row.Text(4);
  review.learning = row.Text(5);
  ASSURE_ASSIGN_OR_RETURN(auto decision,
                          EnumAt<domain::ReviewDecision>(row, 6, "rapid_reviews.decision",
                                                         domain::ParseReviewDecision));
  review.decision = decision;
  review.rationale = row.Text(7);
  ASSURE_ASSIGN_OR_RETURN(auto sent, OptionalDateAt(row, 8, "rapid_reviews.sent_to_panel_on"));
  review.sent_to_panel_on = sent;
  ASSURE_ASSIGN_OR_RETURN(auto response,
                          EnumAt<domain::PanelResponse>(row, 9, "rapid_reviews.panel_response",
                                                        domain::ParsePanelResponse));
  review.panel_response = response;
  ASSURE_ASSIGN_OR_RETURN(auto response_on,
                          OptionalDateAt(row, 10, "rapid_reviews.panel_response_on"));
  review.panel_response_on = response_on;
  review.version = row.Int64(11);
  return review;
}

core::Result<domain::FullReview> FullReviewFromRow(const sql::Row& row) {
  domain::FullReview review;
  review.case_id = row.Int64(0);
  ASSURE_ASSIGN_OR_RETURN(auto kind, EnumAt<domain::FullReviewKind>(row, 1, "full_reviews.kind",
                                                                    domain::ParseFullReviewKind));
  review.kind = kind;
  ASSURE_ASSIGN_OR_RETURN(auto decided_on, DateAt(row, 2, "full_reviews.decided_on"));
  review.decided_on = decided_on;
  const std::pair<std::size_t, std::optional<domain::CivilDate>*> dates[] = {
      {3, &review.started_on},
      {5, &review.terms_of_reference_on},
      {6, &review.planned_publication_on},
      {7, &review.notice_sent_on},
      {8, &review.published_on}};
  for (const auto& [column, field] : dates) {
    ASSURE_ASSIGN_OR_RETURN(auto date, OptionalDateAt(row, column, "full_reviews dates"));
    *field = date;
  }
  review.reviewer_id = row.OptionalInt64(4);
  review.publication_link = row.Text(9);
  review.embargo_reason = row.Text(10);
  ASSURE_ASSIGN_OR_RETURN(review.concluded_on,
                          OptionalDateAt(row, 11, "full_reviews.concluded_on"));
  ASSURE_ASSIGN_OR_RETURN(review.embargoed_on,
                          OptionalDateAt(row, 12, "full_reviews.embargoed_on"));
  ASSURE_ASSIGN_OR_RETURN(review.delay_notified_on,
                          OptionalDateAt(row, 13, "full_reviews.delay_notified_on"));
  ASSURE_ASSIGN_OR_RETURN(review.secretary_of_state_notice_on,
                          OptionalDateAt(row, 14, "full_reviews.secretary_of_state_notice_on"));
  ASSURE_ASSIGN_OR_RETURN(review.notice_for_publication_on,
                          OptionalDateAt(row, 15, "full_reviews.notice_for_publication_on"));
  review.version = row.Int64(16);
  return review;
}

}  // namespace assure::storage
