// Thematic reviews (DOMAIN.md, area 3): a strategic review of one theme across agencies. The
// business unit sets its scope questions, gathers evidence from the activities the review draws
// on (each piece an excerpt with its source: a self-evaluation standard of a round, a staff survey
// question's aggregate, a case audit record's agreed finding, or notes of a conversation), states
// findings with their strength of evidence and the questions they answer, and makes
// recommendations from them, each of which becomes an action in the action plans (source
// "thematic_review"). The report is composed from these parts and the business unit's narrative
// (Markdown) and published as a Lessons Learned Briefing, through the briefings' publication
// check and public library (doc/decisions/0016-thematic-review-reports.md).
// Plain values and pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/result.h"
#include "domain/assurance/activity.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

using ThematicReviewId = std::int64_t;
using EvidenceId = std::int64_t;
using FindingId = std::int64_t;
using ReviewRecommendationId = std::int64_t;

// Where a piece of evidence comes from.
enum class EvidenceSource {
  kSelfEvaluationStandard,  // source_id: a round; item: a standard's id in its framework
  kSurveyQuestion,          // source_id: a closed survey; item: a question number (1..N)
  kAuditFinding,            // source_id: a case audit; item: a moderated record's id
  kConversation,            // notes of a practitioner conversation or service-user feedback
};
// "self_evaluation_standard", "survey_question", "audit_finding", "conversation".
std::string_view EvidenceSourceName(EvidenceSource source);
std::optional<EvidenceSource> ParseEvidenceSource(std::string_view name);
std::string_view EvidenceSourceLabel(EvidenceSource source);  // "Self-evaluation standard"

enum class EvidenceStrength { kStrong, kModerate, kLimited };
// "strong", "moderate", "limited".
std::string_view EvidenceStrengthName(EvidenceStrength strength);
std::optional<EvidenceStrength> ParseEvidenceStrength(std::string_view name);
std::string_view EvidenceStrengthLabel(EvidenceStrength strength);  // "Strong"

struct ReviewEvidence {
  EvidenceId id = 0;
  EvidenceSource source = EvidenceSource::kConversation;
  std::int64_t source_id = 0;  // 0 for a conversation
  std::int64_t item = 0;       // 0 for a conversation
  std::string label;    // where it came from, set by the service ("Round 2026-27, standard 3")
  std::string excerpt;  // 1..5,000 characters: what the source says, in aggregate
  std::optional<CivilDate> held_on;  // a conversation's date
};

struct ThematicFinding {
  FindingId id = 0;
  std::string text;  // 1..5,000 characters
  EvidenceStrength strength = EvidenceStrength::kModerate;
  std::vector<int> questions;            // the scope questions it answers (1..N), ascending
  std::vector<EvidenceId> evidence_ids;  // what supports it
};

struct ReviewRecommendation {
  ReviewRecommendationId id = 0;
  std::string text;                    // 1..2,000 characters
  std::vector<FindingId> finding_ids;  // the findings it answers: at least one
  std::int64_t action_id = 0;          // the action made from it
};

struct ThematicReview {
  ThematicReviewId id = 0;
  PartnershipId partnership_id = 0;
  ActivityId activity_id = 0;  // the thematic review activity of the QA framework
  std::string title;
  std::vector<std::string> questions;  // the scope questions
  std::string narrative_markdown;      // the business unit's narrative for the report
  std::vector<ReviewEvidence> evidence;
  std::vector<ThematicFinding> findings;
  std::vector<ReviewRecommendation> recommendations;
  std::optional<std::int64_t> report_briefing_id;  // the report's briefing, once drafted
  UserId created_by = 0;
  core::Instant updated_at{};
  Version version = 0;
};

// What the business unit writes about the review itself.
struct ThematicReviewContent {
  std::string title;                   // 1..200 characters
  std::vector<std::string> questions;  // 1..20 scope questions of 1..500 characters
  std::string narrative_markdown;      // up to 50,000 characters
};

// Fields: "title", "questions", "questions[<n>]" (0-based), "narrative_markdown".
core::Status ValidateReviewContent(const ThematicReviewContent& content);
// Fields: "excerpt", "held_on" (a conversation's date, required for one; none for others).
core::Status ValidateEvidence(const ReviewEvidence& evidence);
// Fields: "text", "questions" (each a scope question of the review, at least one),
// "evidence_ids" (each the review's).
core::Status ValidateFinding(const ThematicReview& review, const ThematicFinding& finding);
// Fields: "text", "finding_ids" (at least one, each the review's).
core::Status ValidateRecommendation(const ThematicReview& review,
                                    const ReviewRecommendation& recommendation);

// The report's Markdown: the narrative, then the scope questions, the findings (each with its
// strength and the questions it answers) and the recommendations. Evidence excerpts are not
// quoted: the report says how much evidence of which kind supports each finding.
std::string ComposeReport(const ThematicReview& review);

}  // namespace assure::domain
