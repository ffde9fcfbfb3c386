// SqlReviewRecordRepository: domain::ReviewRecordRepository over the one-per-case step records
// (notifications; rapid_reviews with rapid_review_agencies; full_reviews with review_stages,
// review_findings and review_recommendations), for ONE partnership.
//
// Each record is keyed by its case: a case of another partnership is kNotFound; a case without
// the record reads as nullopt. Put inserts at version 1 when the record's version is 0 (kConflict
// if someone recorded it meanwhile) and otherwise updates it if the version is current. A full
// review's recommendations are upserted by number, so each keeps its id while its number stays
// (actions refer to them). The *For batch reads (a page's clocks) read the bare rows of many cases
// in one query each. Works on the Connection of one transaction; borrows the connection
// and the clock; not thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "core/clock.h"
#include "domain/reviews/cases/case_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlReviewRecordRepository final : public domain::ReviewRecordRepository {
 public:
  SqlReviewRecordRepository(sql::Connection& connection, const core::Clock& clock,
                            domain::PartnershipId partnership_id)
      : connection_(connection), clock_(clock), partnership_id_(partnership_id) {}

  core::Result<std::optional<domain::Notification>> GetNotification(domain::CaseId id) override;
  core::Result<domain::Notification> PutNotification(
      const domain::Notification& notification) override;
  core::Result<std::optional<domain::RapidReview>> GetRapidReview(domain::CaseId id) override;
  core::Result<domain::RapidReview> PutRapidReview(const domain::RapidReview& review) override;
  core::Result<std::optional<domain::FullReview>> GetFullReview(domain::CaseId id) override;
  core::Result<domain::FullReview> PutFullReview(const domain::FullReview& review) override;
  core::Result<std::vector<domain::CaseId>> CasesReviewedBy(
      domain::ReviewerId reviewer_id) override;
  core::Result<std::vector<domain::Notification>> NotificationsFor(
      std::span<const domain::CaseId> ids) override;
  core::Result<std::vector<domain::RapidReview>> RapidReviewsFor(
      std::span<const domain::CaseId> ids) override;
  core::Result<std::vector<domain::FullReview>> FullReviewsFor(
      std::span<const domain::CaseId> ids) override;

 private:
  // The id of `table`'s row for the case, if it has one. REQUIRES: the case is the partnership's.
  core::Result<std::optional<std::int64_t>> RowOfCase(std::string_view table, domain::CaseId id);
  // `columns` of `table`'s rows for the partnership's cases among `ids` (non-empty), by case id,
  // in one query.
  core::Result<sql::Rows> RowsOfCases(std::string_view table, std::string_view columns,
                                      std::span<const domain::CaseId> ids);
  // Inserts (version 0) or updates (versioned) `table`'s row for the case. `columns` and
  // `values` are the record's own columns, without the key, version or created_at.
  // REQUIRES: the case is the partnership's (checked by the caller).
  core::Status Put(std::string_view table, std::string_view noun, domain::CaseId case_id,
                   domain::Version version, std::string_view columns,
                   std::vector<sql::Value> values);
  core::Status PutRecommendations(const domain::FullReview& review);

  sql::Connection& connection_;
  const core::Clock& clock_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
