// The JSON forms of thematic reviews in API answers (doc/openapi.yaml, "Assurance") and the
// readers of their request bodies. Enum values are their storage names; dates "YYYY-MM-DD".
// Pure; thread-safe.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "core/result.h"
#include "domain/assurance/thematic/thematic_review_service.h"

namespace assure::http::api {

// Without evidence, findings or recommendations (a list's row).
nlohmann::json ThematicReviewSummaryJson(const domain::ThematicReview& review);
// With its evidence, findings and recommendations.
nlohmann::json ThematicReviewJson(const domain::ThematicReview& review);
// The review, and for the business unit the evidence sources to choose from.
nlohmann::json ThematicReviewViewJson(const domain::ThematicReviewView& view);

struct ThematicReviewInput {
  domain::ThematicReviewContent content;
  std::optional<domain::ActivityId> activity_id;
};
// {"title", "questions", "narrative_markdown", "activity_id"}.
core::Result<ThematicReviewInput> ThematicReviewInputFrom(const nlohmann::json& body);
// {"source", "source_id", "item", "excerpt", "held_on"}.
core::Result<domain::NewEvidence> NewEvidenceFrom(const nlohmann::json& body);
// {"text", "strength", "questions", "evidence_ids"}.
core::Result<domain::ThematicFinding> FindingFrom(const nlohmann::json& body);
// {"text", "finding_ids", "owner_agency_id", "due_on"}.
core::Result<domain::NewReviewRecommendation> NewRecommendationFrom(const nlohmann::json& body);

}  // namespace assure::http::api
