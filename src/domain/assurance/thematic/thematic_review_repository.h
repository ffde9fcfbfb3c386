// The repository of thematic reviews (thematic_review.h): the review with its scope questions and
// narrative, its evidence, findings and recommendations. Bound to one partnership (from
// Transaction, domain/store.h): every query is scoped to it, and an id of another partnership's
// review is kNotFound. A review is versioned: a stale version is kConflict and changes nothing.
// Evidence, findings and recommendations are added one at a time (and removed, while nothing
// depends on them). Implemented by storage; used inside one Store transaction, so by one thread at
// a time.
#pragma once

#include <optional>
#include <vector>

#include "core/result.h"
#include "domain/assurance/thematic/thematic_review.h"

namespace assure::domain {

class ThematicReviewRepository {
 public:
  virtual ~ThematicReviewRepository() = default;

  // Stores the review at version 1 (its title, questions, narrative and activity).
  virtual core::Result<ThematicReview> Create(const ThematicReview& review) = 0;
  // With its evidence, findings and recommendations, each in the order added.
  virtual core::Result<ThematicReview> Get(ThematicReviewId id) = 0;
  // Newest first, without evidence, findings or recommendations.
  virtual core::Result<std::vector<ThematicReview>> List() = 0;
  // Stores the title, questions, narrative and report briefing if review.version is current
  // (and bumps it).
  virtual core::Result<ThematicReview> Update(const ThematicReview& review) = 0;

  virtual core::Result<EvidenceId> AddEvidence(ThematicReviewId review,
                                               const ReviewEvidence& evidence) = 0;
  virtual core::Result<FindingId> AddFinding(ThematicReviewId review,
                                             const ThematicFinding& finding) = 0;
  virtual core::Result<ReviewRecommendationId> AddRecommendation(
      ThematicReviewId review, const ReviewRecommendation& recommendation) = 0;
  // Every recommendation of every review, for the figures: (review, recommendation).
  virtual core::Result<std::vector<std::pair<ThematicReviewId, ReviewRecommendation>>>
  AllRecommendations() = 0;
};

}  // namespace assure::domain
