#include "storage/repositories/reviews/sql_review_figures_repository.h"

#include <string>
#include <utility>

#include "domain/reviews/cases/review_records.h"
#include "storage/repositories/reviews/case_rows.h"

namespace assure::storage {

namespace {

std::vector<sql::Value> Params(domain::PartnershipId partnership_id,
                               const domain::DatePeriod& period) {
  return {partnership_id, DateValue(period.from), DateValue(period.to)};
}

}  // namespace

core::Result<domain::TypeCounts> SqlReviewFiguresRepository::CountByType(
    const char* sql, const domain::DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(auto rows, connection_.Query(sql, Params(partnership_id_, period)));
  domain::TypeCounts counts;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto type,
                            EnumAt<domain::CaseType>(row, 0, "cases.type", domain::ParseCaseType));
    const std::int64_t count = row.Int64(1);
    switch (type) {
      case domain::CaseType::kAdult:
        counts.adult = count;
        break;
      case domain::CaseType::kChild:
        counts.child = count;
        break;
      case domain::CaseType::kJoint:
        counts.joint = count;
        break;
    }
  }
  return counts;
}

core::Result<domain::TypeCounts> SqlReviewFiguresRepository::ReferralsReceived(
    const domain::DatePeriod& period) {
  return CountByType(
      "SELECT type, count(*) FROM cases"
      " WHERE partnership_id = ? AND referral_received_on BETWEEN ? AND ?"
      " GROUP BY type",
      period);
}

core::Result<domain::TypeCounts> SqlReviewFiguresRepository::RapidReviewsCompleted(
    const domain::DatePeriod& period) {
  return CountByType(
      "SELECT c.type, count(*) FROM rapid_reviews r"
      " JOIN cases c ON c.partnership_id = r.partnership_id AND c.id = r.case_id"
      " WHERE r.partnership_id = ? AND r.completed_on BETWEEN ? AND ?"
      " GROUP BY c.type",
      period);
}

core::Result<domain::KindCounts> SqlReviewFiguresRepository::FullReviewsDecided(
    const domain::DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query("SELECT kind, count(*) FROM full_reviews"
                                   " WHERE partnership_id = ? AND decided_on BETWEEN ? AND ?"
                                   " GROUP BY kind",
                                   Params(partnership_id_, period)));
  domain::KindCounts counts;
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto kind, EnumAt<domain::FullReviewKind>(row, 0, "full_reviews.kind",
                                                                      domain::ParseFullReviewKind));
    const std::int64_t count = row.Int64(1);
    switch (kind) {
      case domain::FullReviewKind::kCspr:
        counts.cspr = count;
        break;
      case domain::FullReviewKind::kSar:
        counts.sar = count;
        break;
      case domain::FullReviewKind::kDhr:
        counts.dhr = count;
        break;
      case domain::FullReviewKind::kJoint:
        counts.joint = count;
        break;
    }
  }
  return counts;
}

core::Result<std::int64_t> SqlReviewFiguresRepository::NotificationsSent(
    const domain::DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(auto rows,
                          connection_.Query("SELECT count(*) FROM notifications"
                                            " WHERE partnership_id = ? AND sent_on BETWEEN ? AND ?",
                                            Params(partnership_id_, period)));
  return rows.rows.front().Int64(0);
}

core::Result<std::vector<domain::RapidReviewTiming>> SqlReviewFiguresRepository::RapidReviewTimings(
    const domain::DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT c.id, c.type, c.referral_received_on, n.sent_on, r.completed_on,"
                        " r.sent_to_panel_on"
                        " FROM rapid_reviews r"
                        " JOIN cases c ON c.partnership_id = r.partnership_id AND c.id = r.case_id"
                        " LEFT JOIN notifications n ON n.partnership_id = r.partnership_id"
                        " AND n.case_id = r.case_id"
                        " WHERE r.partnership_id = ? AND r.completed_on BETWEEN ? AND ?"
                        " ORDER BY r.completed_on, c.id",
                        Params(partnership_id_, period)));
  std::vector<domain::RapidReviewTiming> timings;
  timings.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto type,
                            EnumAt<domain::CaseType>(row, 1, "cases.type", domain::ParseCaseType));
    ASSURE_ASSIGN_OR_RETURN(auto received, DateAt(row, 2, "cases.referral_received_on"));
    ASSURE_ASSIGN_OR_RETURN(auto sent, OptionalDateAt(row, 3, "notifications.sent_on"));
    ASSURE_ASSIGN_OR_RETURN(auto completed, DateAt(row, 4, "rapid_reviews.completed_on"));
    ASSURE_ASSIGN_OR_RETURN(auto to_panel,
                            OptionalDateAt(row, 5, "rapid_reviews.sent_to_panel_on"));
    timings.push_back({row.Int64(0), type, received, sent, completed, to_panel});
  }
  return timings;
}

core::Result<std::vector<domain::NotificationTiming>>
SqlReviewFiguresRepository::NotificationTimings(const domain::DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows,
      connection_.Query("SELECT c.id, c.aware_on, n.sent_on FROM notifications n"
                        " JOIN cases c ON c.partnership_id = n.partnership_id AND c.id = n.case_id"
                        " WHERE n.partnership_id = ? AND n.sent_on BETWEEN ? AND ?"
                        " ORDER BY n.sent_on, c.id",
                        Params(partnership_id_, period)));
  std::vector<domain::NotificationTiming> timings;
  timings.reserve(rows.size());
  for (const sql::Row& row : rows) {
    ASSURE_ASSIGN_OR_RETURN(auto aware, AwareOnAt(row, 1));
    ASSURE_ASSIGN_OR_RETURN(auto sent, DateAt(row, 2, "notifications.sent_on"));
    timings.push_back({row.Int64(0), aware, sent});
  }
  return timings;
}

core::Result<std::vector<domain::ThemeCount>> SqlReviewFiguresRepository::ReferralThemes(
    const domain::DatePeriod& period) {
  ASSURE_ASSIGN_OR_RETURN(
      auto rows, connection_.Query(
                     "SELECT t.name, count(*) AS case_count FROM case_themes ct"
                     " JOIN cases c ON c.partnership_id = ct.partnership_id AND c.id = ct.case_id"
                     " JOIN themes t ON t.partnership_id = ct.partnership_id AND t.id = ct.theme_id"
                     " WHERE ct.partnership_id = ? AND c.referral_received_on BETWEEN ? AND ?"
                     " GROUP BY t.name"
                     " ORDER BY case_count DESC, t.name COLLATE \"C\"",
                     Params(partnership_id_, period)));
  std::vector<domain::ThemeCount> themes;
  themes.reserve(rows.size());
  for (const sql::Row& row : rows) themes.push_back({row.Text(0), row.Int64(1)});
  return themes;
}

}  // namespace assure::storage
