// RecurringLearningRepository: what recurring learning (recurring_learning.h) reads of one
// partnership: its reviewed cases with their decision dates and themes, its learning (the
// recommendations of full reviews and the learning of rapid reviews) with the actions that answer
// it, its published briefings, and, through the database's own full-text search, the learning
// that shares words with a piece of learning.
//
// Bound to one partnership (Transaction::recurring_learning, domain/store.h): another
// partnership's records are never read. Implemented by storage; used inside one Store
// transaction; not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/actions/action.h"
#include "domain/civil_date.h"
#include "domain/ids.h"

namespace assure::domain {

// Where a piece of learning was written.
enum class LearningSource {
  kRecommendation,  // a numbered recommendation of a full review (review_recommendations)
  kRapidReview,     // a point of a rapid review's learning (rapid_reviews.learning)
};
// "recommendation", "rapid_review".
std::string_view LearningSourceName(LearningSource source);

// A case with a full review or a rapid review. decided_on: the date the full review was decided,
// or for a case with only a rapid review, the date the rapid review was completed.
struct ReviewedCase {
  CaseId id = 0;
  std::string reference;
  CivilDate decided_on;
  std::vector<std::string> themes;  // by name
};

// An action answering a piece of learning (action_sources: a recommendation by its id, a rapid
// review by its case id). completed_on: for a completed action, the date of the latest update
// that completed it.
struct LearningAction {
  ActionId id = 0;
  ActionStatus status = ActionStatus::kNotStarted;
  std::optional<CivilDate> completed_on;
};

// One stored text of learning: a recommendation (record_id its id, number its number) or a rapid
// review's whole learning (record_id the case id, number 0), with its actions by id.
struct LearningRecord {
  LearningSource source = LearningSource::kRecommendation;
  std::int64_t record_id = 0;
  CaseId case_id = 0;
  int number = 0;
  std::string text;
  std::vector<LearningAction> actions;
};

// A published briefing (withdrawn ones have left the library) and what it links to.
struct PublishedBriefing {
  std::int64_t id = 0;
  std::string title;
  CivilDate published_on;
  std::vector<std::string> themes;
  std::vector<CaseId> cases;
  std::vector<RecommendationId> recommendations;
};

// Search for the learning holding a word that starts with any of `terms` (stems, LearningStem).
struct CandidateQuery {
  std::size_t key = 0;             // the asker's number for the query, given back with its matches
  std::vector<std::string> terms;  // non-empty
};

// A record found for the query `key`: a recommendation by its id, or a rapid review by its case.
struct CandidateMatch {
  std::size_t key = 0;
  LearningSource source = LearningSource::kRecommendation;
  std::int64_t record_id = 0;
};

class RecurringLearningRepository {
 public:
  virtual ~RecurringLearningRepository() = default;
  // The cases with a full review or a rapid review, by decided_on then reference.
  virtual core::Result<std::vector<ReviewedCase>> ReviewedCases() = 0;
  // Every recommendation (by case, then number) and every non-empty rapid review learning (by
  // case), each with its actions by id.
  virtual core::Result<std::vector<LearningRecord>> LearningRecords() = 0;
  // For each query, the partnership's recommendations and rapid reviews whose words match any of
  // its terms as a prefix, found by the database's full-text index: at most `limit` of each kind
  // per query, the engine's best first (bm25 on SQLite, ts_rank on PostgreSQL).
  virtual core::Result<std::vector<CandidateMatch>> Candidates(
      std::span<const CandidateQuery> queries, std::size_t limit) = 0;
  // The published briefings, by published_on then id.
  virtual core::Result<std::vector<PublishedBriefing>> PublishedBriefings() = 0;
};

}  // namespace assure::domain
