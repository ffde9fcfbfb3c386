// SqlReviewFiguresRepository: domain::ReviewFiguresRepository over the cases, rapid_reviews,
// full_reviews, notifications and case_themes tables, for ONE partnership. Every statement says
// `partnership_id = ?` (joins match on it too), so another partnership's records are never
// counted. Counts are GROUP BY aggregates over the indexed date columns; civil dates are
// 'YYYY-MM-DD' text, so text order is date order and `BETWEEN ? AND ?` includes both ends.
//
// Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include "domain/reviews/figures/review_figures_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlReviewFiguresRepository final : public domain::ReviewFiguresRepository {
 public:
  SqlReviewFiguresRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::TypeCounts> ReferralsReceived(const domain::DatePeriod& period) override;
  core::Result<domain::TypeCounts> RapidReviewsCompleted(const domain::DatePeriod& period) override;
  core::Result<domain::KindCounts> FullReviewsDecided(const domain::DatePeriod& period) override;
  core::Result<std::int64_t> NotificationsSent(const domain::DatePeriod& period) override;
  core::Result<std::vector<domain::NotificationTiming>> NotificationTimings(
      const domain::DatePeriod& period) override;
  core::Result<std::vector<domain::RapidReviewTiming>> RapidReviewTimings(
      const domain::DatePeriod& period) override;
  core::Result<std::vector<domain::ThemeCount>> ReferralThemes(
      const domain::DatePeriod& period) override;

 private:
  core::Result<domain::TypeCounts> CountByType(const char* sql, const domain::DatePeriod& period);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
