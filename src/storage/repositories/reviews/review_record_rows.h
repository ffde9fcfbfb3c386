// The columns of the notification, rapid review and full review tables in the order
// SqlReviewRecordRepository selects them (after case_id; version follows), and the decoding of
// one row into its record. Internal to storage. Pure functions; thread-safe.
#pragma once

#include <string_view>

#include "core/result.h"
#include "domain/reviews/cases/review_records.h"
#include "storage/sql/connection.h"

namespace assure::storage {

inline constexpr std::string_view kNotificationColumns = "sent_on, panel_reference";
inline constexpr std::string_view kRapidReviewColumns =
    "meeting_on, completed_on, facts, immediate_actions, learning, decision, rationale,"
    " sent_to_panel_on, panel_response, panel_response_on";
inline constexpr std::string_view kFullReviewColumns =
    "kind, decided_on, started_on, reviewer_id, terms_of_reference_on, planned_publication_on,"
    " notice_sent_on, published_on, publication_link, embargo_reason, concluded_on,"
    " embargoed_on, delay_notified_on, secretary_of_state_notice_on, notice_for_publication_on";
inline constexpr std::string_view kNotificationSelect =
    "case_id, sent_on, panel_reference, version";

// Rows of "case_id, <columns>, version" (kNotificationSelect for a notification); kInternal
// naming the column when a stored value is damaged.
core::Result<domain::Notification> NotificationFromRow(const sql::Row& row);
core::Result<domain::RapidReview> RapidReviewFromRow(const sql::Row& row);
core::Result<domain::FullReview> FullReviewFromRow(const sql::Row& row);

}  // namespace assure::storage
