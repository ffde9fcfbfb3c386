// BuildRecurringLearning: the whole of recurring learning (recurring_learning.h) from what the
// repository read. The terms of every piece of the partnership's learning are weighed over all
// of it (learning_terms.h); each piece of a case decided within the asked financial years asks
// `search` (the database's full-text search, RecurringLearningRepository::Candidates) for the
// learning sharing one of its heaviest terms (SearchTerms: enough of them that nothing similar
// enough is missed; pieces worded alike ask once); the pairs of different cases found are scored
// and grouped (recurring_groups.h); the themes are counted (recurring_themes.h).
//
// Pure but for `search`; thread-safe as `search` is.
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "domain/learning/recurring/recurring_learning.h"

namespace assure::domain {

struct RecurringInputs {
  std::vector<std::string> themes;  // the partnership's list
  std::vector<ReviewedCase> cases;
  std::vector<LearningRecord> records;
  std::vector<PublishedBriefing> briefings;
  YearRange years;
};

using CandidateSearch =
    std::function<core::Result<std::vector<CandidateMatch>>(std::span<const CandidateQuery>)>;

core::Result<RecurringLearning> BuildRecurringLearning(const RecurringInputs& inputs,
                                                       const CandidateSearch& search);

}  // namespace assure::domain
