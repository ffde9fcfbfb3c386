// SqlRecurringLearningRepository: domain::RecurringLearningRepository over the cases,
// full_reviews, rapid_reviews, review_recommendations, case_themes, themes, action_sources,
// actions, action_updates and briefing tables, for ONE partnership. Every statement carries
// `partnership_id = ?` (joins match on it too), so another partnership's records are never read.
//
// Candidates searches the full-text indexes of migration 0018 (review_recommendations.search_text
// and rapid_reviews.learning_search_text, sql/full_text.h): on SQLite their FTS5 tables ranked by
// bm25, on PostgreSQL to_tsvector('simple', ...) @@ to_tsquery(...) ranked by ts_rank. Eight
// queries go in one statement (a UNION ALL of one search per query and table), so a partnership
// with thousands of recommendations costs hundreds of round trips, not thousands.
//
// Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include <cstddef>
#include <span>
#include <vector>

#include "domain/learning/recurring/recurring_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlRecurringLearningRepository final : public domain::RecurringLearningRepository {
 public:
  SqlRecurringLearningRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<std::vector<domain::ReviewedCase>> ReviewedCases() override;
  core::Result<std::vector<domain::LearningRecord>> LearningRecords() override;
  core::Result<std::vector<domain::CandidateMatch>> Candidates(
      std::span<const domain::CandidateQuery> queries, std::size_t limit) override;
  core::Result<std::vector<domain::PublishedBriefing>> PublishedBriefings() override;

 private:
  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
