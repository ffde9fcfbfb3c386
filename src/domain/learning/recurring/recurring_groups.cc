#include "domain/learning/recurring/recurring_groups.h"

#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

namespace assure::domain {
namespace {

// Union-find over item indices, with path halving; the smaller root becomes the parent, so a
// group's root is its first index.
class Groups {
 public:
  explicit Groups(std::size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), std::size_t{0});
  }

  std::size_t Root(std::size_t at) {
    while (parent_[at] != at) {
      parent_[at] = parent_[parent_[at]];
      at = parent_[at];
    }
    return at;
  }

  void Join(std::size_t a, std::size_t b) {
    const std::size_t x = Root(a);
    const std::size_t y = Root(b);
    if (x != y) parent_[std::max(x, y)] = std::min(x, y);
  }

 private:
  std::vector<std::size_t> parent_;
};

// The order of a group's pieces: decision date, reference, source, number.
bool ComesBefore(const GroupedItem& a, const GroupedItem& b) {
  return std::tie(a.decided_on, a.case_reference, a.item.source, a.item.number) <
         std::tie(b.decided_on, b.case_reference, b.item.source, b.item.number);
}

// Whether every piece of `items` has an action and every action is completed with its date;
// `last` becomes the latest completion.
bool AllCompleted(std::span<const GroupedItem> items, std::optional<CivilDate>& last) {
  if (items.empty()) return false;
  for (const GroupedItem& grouped : items) {
    if (grouped.item.actions.empty()) return false;
    for (const LearningAction& action : grouped.item.actions) {
      if (action.status != ActionStatus::kCompleted || !action.completed_on) return false;
      if (!last || *action.completed_on > *last) last = action.completed_on;
    }
  }
  return true;
}

// The first case whose decision came after everything asked for by the cases before it was done.
std::optional<CivilDate> RecurredOn(const std::vector<GroupedItem>& items) {
  for (std::size_t i = 1; i < items.size(); ++i) {
    const CivilDate decided = items[i].decided_on;
    if (items[i - 1].decided_on >= decided) continue;  // not the first piece of a later case
    std::optional<CivilDate> last;
    if (AllCompleted(std::span(items).first(i), last) && *last < decided) return decided;
  }
  return std::nullopt;
}

bool EveryActionCompleted(const std::vector<GroupedItem>& items) {
  bool any = false;
  for (const GroupedItem& grouped : items) {
    for (const LearningAction& action : grouped.item.actions) {
      if (action.status != ActionStatus::kCompleted) return false;
      any = true;
    }
  }
  return any;
}

std::vector<BriefingMention> BriefingsOf(const std::vector<GroupedItem>& items,
                                         const std::vector<PublishedBriefing>& briefings) {
  std::set<CaseId> cases;
  std::set<RecommendationId> recommendations;
  for (const GroupedItem& grouped : items) {
    cases.insert(grouped.item.case_id);
    if (grouped.item.source == LearningSource::kRecommendation) {
      recommendations.insert(grouped.item.record_id);
    }
  }
  std::vector<BriefingMention> mentioned;
  for (const PublishedBriefing& briefing : briefings) {
    const bool links_case = std::any_of(briefing.cases.begin(), briefing.cases.end(),
                                        [&](CaseId id) { return cases.contains(id); });
    const bool links_recommendation =
        std::any_of(briefing.recommendations.begin(), briefing.recommendations.end(),
                    [&](RecommendationId id) { return recommendations.contains(id); });
    if (links_case || links_recommendation) {
      mentioned.push_back({briefing.id, briefing.title, briefing.published_on});
    }
  }
  return mentioned;
}

}  // namespace

std::vector<std::vector<std::size_t>> GroupSimilar(
    const std::vector<LearningItem>& items, const std::vector<WeightedTerms>& weights,
    std::span<const std::pair<std::size_t, std::size_t>> pairs, double threshold) {
  Groups groups(items.size());
  for (const auto& [a, b] : pairs) {
    if (items[a].case_id == items[b].case_id) continue;
    if (groups.Root(a) == groups.Root(b)) continue;
    if (Similarity(weights[a], weights[b]) >= threshold) groups.Join(a, b);
  }
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < items.size(); ++i) members[groups.Root(i)].push_back(i);
  std::vector<std::vector<std::size_t>> out;
  for (auto& [root, indices] : members) {
    std::set<CaseId> cases;
    for (std::size_t i : indices) cases.insert(items[i].case_id);
    if (cases.size() >= 2) out.push_back(std::move(indices));
  }
  return out;
}

LearningGroup MakeGroup(const std::vector<LearningItem>& items,
                        const std::vector<std::size_t>& members,
                        const std::map<CaseId, const ReviewedCase*>& cases,
                        const std::vector<PublishedBriefing>& briefings) {
  LearningGroup group;
  for (std::size_t i : members) {
    const ReviewedCase& reviewed = *cases.at(items[i].case_id);
    group.items.push_back({items[i], reviewed.reference, reviewed.decided_on});
  }
  std::sort(group.items.begin(), group.items.end(), ComesBefore);
  for (const GroupedItem& grouped : group.items) {
    if (group.cases.empty() || group.cases.back() != grouped.case_reference) {
      group.cases.push_back(grouped.case_reference);
    }
  }
  group.all_actions_completed = EveryActionCompleted(group.items);
  group.recurred_on = RecurredOn(group.items);
  group.recurred_after_completion = group.recurred_on.has_value();
  group.briefings = BriefingsOf(group.items, briefings);
  return group;
}

void RankGroups(std::vector<LearningGroup>& groups) {
  std::stable_sort(groups.begin(), groups.end(),
                   [](const LearningGroup& a, const LearningGroup& b) {
                     if (a.recurred_after_completion != b.recurred_after_completion) {
                       return a.recurred_after_completion;
                     }
                     if (a.cases.size() != b.cases.size()) return a.cases.size() > b.cases.size();
                     if (a.items.size() != b.items.size()) return a.items.size() > b.items.size();
                     const CivilDate latest_a = a.items.back().decided_on;
                     const CivilDate latest_b = b.items.back().decided_on;
                     if (latest_a != latest_b) return latest_a > latest_b;
                     const GroupedItem& first_a = a.items.front();
                     const GroupedItem& first_b = b.items.front();
                     return std::tie(first_a.case_reference, first_a.item.number) <
                            std::tie(first_b.case_reference, first_b.item.number);
                   });
}

}  // namespace assure::domain
