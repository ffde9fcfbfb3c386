// Recurring learning (doc/learning.md, "Recurring learning"): the learning a partnership keeps
// relearning. Two answers, over the partnership's reviewed cases:
//
//   themes  for each theme of the partnership's list, the reviews (cases with a full review or a
//           rapid review) carrying it per financial year of their decision; a theme recurs when
//           it appears in two or more financial years;
//   groups  pieces of learning of DIFFERENT cases that say the same thing (learning_terms.h,
//           Similarity >= kSimilarityThreshold, joined transitively), each with the status of
//           the actions that answer it; a group whose earlier actions were all completed, yet
//           whose learning came back in a review decided after the last completion, comes first.
//
// This file holds the plain values and the small rules every part shares; the grouping is in
// recurring_groups.h, the themes in recurring_themes.h, the whole computation in
// recurring_report.h. Plain values and pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "domain/civil_date.h"
#include "domain/learning/recurring/recurring_repository.h"

namespace assure::domain {

// Two pieces of learning of different cases belong together from this similarity on. Chosen on
// the fixture tests/fixtures/recurring_recommendations.csv: every value from 0.40 to 0.48 groups
// it with pairwise precision and recall of 0.8 or more; 0.44 is the middle (doc/learning.md).
inline constexpr double kSimilarityThreshold = 0.44;
// The most terms of one piece searched for (FullTextQuery's limit too), and the most records of
// each kind the database gives back for one search.
inline constexpr std::size_t kSearchTermLimit = 16;
inline constexpr std::size_t kCandidateLimit = 200;

// The financial year (April to March) `date` falls in, by the year it starts in.
int FinancialYearOf(CivilDate date);
// "2023-24" for 2023; "1999-00" for 1999.
std::string FinancialYearName(int year);

// Financial years, both ends included, by the year each starts in; an end not given is open.
struct YearRange {
  std::optional<int> from;
  std::optional<int> to;

  bool Contains(CivilDate date) const;
};
// kInvalidInput naming "from" or "to" for a year outside 1900..2198, or "to" before "from".
core::Status ValidateYearRange(const YearRange& range);
// The financial years a person asked for (the "from" and "to" of the API's query and the page's
// form), each the year it starts in: "2023" for 2023-24; an end absent or empty is open.
// kInvalidInput naming "from", else "to", for anything but at most four digits from 1900 to
// 2198; then as ValidateYearRange ("to" before "from" names "to"). Only the first problem is
// named: ask for one end alone to learn the other's.
core::Result<YearRange> ParseYearRange(std::optional<std::string_view> from,
                                       std::optional<std::string_view> to);

// One piece of learning: a whole recommendation, or one point of a rapid review's learning
// (number: its position among the points, from 1), with the actions that answer it.
struct LearningItem {
  LearningSource source = LearningSource::kRecommendation;
  std::int64_t record_id = 0;  // the recommendation's id; the case id for a rapid review
  CaseId case_id = 0;
  int number = 0;
  std::string text;
  std::vector<LearningAction> actions;  // by id
};

// The points of a rapid review's learning: its non-empty lines, each without a leading bullet
// ("-", "*", "•") or number ("1.", "2)") and surrounding white space.
std::vector<std::string> LearningPoints(std::string_view learning);

// The pieces of `records`: each recommendation as it is, each rapid review's learning as its
// points (LearningPoints), in the order of `records`.
std::vector<LearningItem> LearningItems(const std::vector<LearningRecord>& records);

// A piece of learning in a group, with its case as the group shows it.
struct GroupedItem {
  LearningItem item;
  std::string case_reference;
  CivilDate decided_on;
};

struct BriefingMention {
  std::int64_t id = 0;
  std::string title;
  CivilDate published_on;
};

// Learning recommended again and again.
struct LearningGroup {
  std::vector<std::string> cases;  // the cases' references, by decision date (two or more)
  std::vector<GroupedItem> items;  // by decision date, reference, source, number
  // Every action answering the group's learning is completed (and there is at least one).
  bool all_actions_completed = false;
  // A case of the group was decided after every piece of learning of the cases decided before it
  // had actions, all of them completed, the last on a day before that decision: what was asked
  // for was done, and the learning came back.
  bool recurred_after_completion = false;
  std::optional<CivilDate> recurred_on;  // the decision date of the first such case
  std::vector<BriefingMention>
      briefings;  // published briefings linking its cases or recommendations
};

// "recommended in NS-2021-03", "recommended in NS-2021-03 and NS-2023-07",
// "recommended in NS-2021-03, NS-2023-07 and NS-2025-12".
std::string GroupSummary(const std::vector<std::string>& references);

struct ThemeYear {
  int year = 0;                // the financial year, by the year it starts in
  std::int64_t reviews = 0;    // reviewed cases decided in the year carrying the theme
  std::int64_t briefings = 0;  // briefings on the theme published in the year
};

struct ThemeRecurrence {
  std::string theme;
  std::vector<ThemeYear> years;  // the years with a review or a briefing, oldest first
  bool recurs = false;           // reviews in two or more years
};

struct RecurringLearning {
  std::vector<ThemeRecurrence> themes;
  std::vector<LearningGroup> groups;
  double threshold = kSimilarityThreshold;
  YearRange years;
};

}  // namespace assure::domain
