// The groups of recurring learning (recurring_learning.h): which pieces of learning belong
// together, what each group says about its actions, and the order a board reads them in.
//
//   GroupSimilar  joins two pieces of DIFFERENT cases whose Similarity is at least the threshold,
//                 transitively (union-find): A like B and B like C puts A, B and C together.
//   MakeGroup     a group's cases by decision date, its summary facts and its briefings.
//   RankGroups    recurred after completion first, then more cases, then more pieces, then the
//                 latest decision first, then by the first case's reference and number.
//
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <map>
#include <span>
#include <utility>
#include <vector>

#include "domain/learning/recurring/learning_terms.h"
#include "domain/learning/recurring/recurring_learning.h"

namespace assure::domain {

// The groups of `items` (by index) that span two or more cases, each ascending, in the order of
// their first index. Only `pairs` (indexes into items and weights, in either order, repeats
// allowed) are compared. REQUIRES: weights.size() == items.size(); every index in range.
std::vector<std::vector<std::size_t>> GroupSimilar(
    const std::vector<LearningItem>& items, const std::vector<WeightedTerms>& weights,
    std::span<const std::pair<std::size_t, std::size_t>> pairs, double threshold);

// The group of `items` at `members`, with each case as `cases` has it and the briefings of
// `briefings` that link one of its cases or recommendations. REQUIRES: every member's case is in
// `cases`.
LearningGroup MakeGroup(const std::vector<LearningItem>& items,
                        const std::vector<std::size_t>& members,
                        const std::map<CaseId, const ReviewedCase*>& cases,
                        const std::vector<PublishedBriefing>& briefings);

// In the order of the file's opening comment. REQUIRES: groups made by MakeGroup.
void RankGroups(std::vector<LearningGroup>& groups);

}  // namespace assure::domain
