#include "domain/learning/recurring/recurring_report.h"

#include <map>
#include <utility>

#include "domain/learning/recurring/learning_terms.h"
#include "domain/learning/recurring/recurring_groups.h"
#include "domain/learning/recurring/recurring_themes.h"

namespace assure::domain {

core::Result<RecurringLearning> BuildRecurringLearning(const RecurringInputs& inputs,
                                                       const CandidateSearch& search) {
  std::map<CaseId, const ReviewedCase*> cases;
  for (const ReviewedCase& reviewed : inputs.cases) cases[reviewed.id] = &reviewed;

  std::vector<LearningItem> items;
  for (LearningItem& item : LearningItems(inputs.records)) {
    if (cases.contains(item.case_id)) items.push_back(std::move(item));
  }
  std::vector<std::vector<std::string>> terms;
  terms.reserve(items.size());
  for (const LearningItem& item : items) terms.push_back(LearningTerms(item.text));
  const std::vector<WeightedTerms> weights = WeighTerms(terms);

  // One search per distinct list of terms (pieces worded alike ask once), by the pieces of the
  // years asked for.
  std::vector<bool> in_range(items.size());
  std::map<std::vector<std::string>, std::size_t> search_of;
  std::vector<CandidateQuery> queries;
  std::vector<std::vector<std::size_t>> askers;  // by query key: the pieces asking it
  for (std::size_t i = 0; i < items.size(); ++i) {
    in_range[i] = inputs.years.Contains(cases.at(items[i].case_id)->decided_on);
    if (!in_range[i]) continue;
    std::vector<std::string> searched =
        SearchTerms(weights[i], kSimilarityThreshold, kSearchTermLimit);
    if (searched.empty()) continue;
    const auto [at, added] = search_of.try_emplace(searched, queries.size());
    if (added) {
      queries.push_back({queries.size(), std::move(searched)});
      askers.emplace_back();
    }
    askers[at->second].push_back(i);
  }

  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  if (!queries.empty()) {
    ASSURE_ASSIGN_OR_RETURN(const std::vector<CandidateMatch> matches, search(queries));
    std::map<std::pair<LearningSource, std::int64_t>, std::vector<std::size_t>> by_record;
    for (std::size_t i = 0; i < items.size(); ++i) {
      by_record[{items[i].source, items[i].record_id}].push_back(i);
    }
    for (const CandidateMatch& match : matches) {
      const auto found = by_record.find({match.source, match.record_id});
      if (match.key >= askers.size() || found == by_record.end()) continue;
      for (std::size_t i : askers[match.key]) {
        for (std::size_t j : found->second) {
          if (in_range[j] && items[i].case_id != items[j].case_id) pairs.emplace_back(i, j);
        }
      }
    }
  }

  RecurringLearning learning;
  learning.years = inputs.years;
  learning.threshold = kSimilarityThreshold;
  for (const auto& members : GroupSimilar(items, weights, pairs, kSimilarityThreshold)) {
    learning.groups.push_back(MakeGroup(items, members, cases, inputs.briefings));
  }
  RankGroups(learning.groups);
  learning.themes = ThemesByYear(inputs.themes, inputs.cases, inputs.briefings, inputs.years);
  return learning;
}

}  // namespace assure::domain
