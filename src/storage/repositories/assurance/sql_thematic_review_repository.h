// SqlThematicReviewRepository: domain::ThematicReviewRepository over thematic_reviews and its
// evidence, findings and recommendations (migration 0024), for ONE partnership.
//
// Every statement carries `partnership_id = ?`: another partnership's review is kNotFound. Scope
// questions are a JSON array of texts; a finding's questions and evidence and a recommendation's
// findings are JSON arrays of numbers. The review is versioned (a stale version is kConflict and
// changes nothing). Works on the Connection of one transaction; borrows it; not thread-safe.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "domain/assurance/thematic/thematic_review_repository.h"
#include "storage/sql/connection.h"

namespace assure::storage {

class SqlThematicReviewRepository final : public domain::ThematicReviewRepository {
 public:
  SqlThematicReviewRepository(sql::Connection& connection, domain::PartnershipId partnership_id)
      : connection_(connection), partnership_id_(partnership_id) {}

  core::Result<domain::ThematicReview> Create(const domain::ThematicReview& review) override;
  core::Result<domain::ThematicReview> Get(domain::ThematicReviewId id) override;
  core::Result<std::vector<domain::ThematicReview>> List() override;
  core::Result<domain::ThematicReview> Update(const domain::ThematicReview& review) override;
  core::Result<domain::EvidenceId> AddEvidence(domain::ThematicReviewId review,
                                               const domain::ReviewEvidence& evidence) override;
  core::Result<domain::FindingId> AddFinding(domain::ThematicReviewId review,
                                             const domain::ThematicFinding& finding) override;
  core::Result<domain::ReviewRecommendationId> AddRecommendation(
      domain::ThematicReviewId review, const domain::ReviewRecommendation& recommendation) override;
  core::Result<std::vector<std::pair<domain::ThematicReviewId, domain::ReviewRecommendation>>>
  AllRecommendations() override;

 private:
  core::Result<std::vector<domain::ThematicReview>> Query(const std::string& where,
                                                          std::vector<sql::Value> values);

  sql::Connection& connection_;
  const domain::PartnershipId partnership_id_;
};

}  // namespace assure::storage
