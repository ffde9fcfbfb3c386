// ComputeThematicFigures against hand-made records: only the reviews whose activity starts in
// the period, by start date then id, with their findings by strength of evidence and their
// recommendations' actions by status as the map gives them. Fictional data only.
#include <gtest/gtest.h>

#include <map>
#include <vector>

#include "domain/assurance/figures/assurance_figures.h"

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

Activity StartingOn(ActivityId id, const char* starts_on) {
  Activity activity;
  activity.id = id;
  activity.content.kind = ActivityKind::kThematicReview;
  if (starts_on != nullptr) activity.content.starts_on = D(starts_on);
  return activity;
}

ThematicReview ReviewOf(ThematicReviewId id, ActivityId activity) {
  ThematicReview review;
  review.id = id;
  review.activity_id = activity;
  review.title = "Fictional review " + std::to_string(id);
  return review;
}

ThematicFinding FindingOf(EvidenceStrength strength) {
  return {0, "Fictional finding.", strength, {1}, {}};
}

ReviewRecommendation MadeInto(std::int64_t action) {
  return {0, "Fictional recommendation.", {1}, action};
}

TEST(ThematicFiguresTest, CountsOnlyTheReviewsWhoseActivityStartsInThePeriod) {
  const DatePeriod year{D("2025-04-01"), D("2026-03-31")};
  const std::vector<Activity> activities{StartingOn(1, "2025-09-01"),
                                         StartingOn(2, "2025-04-01"),  // the first day
                                         StartingOn(3, "2026-03-31"),  // the last day
                                         StartingOn(4, "2026-04-01"),  // the next year
                                         StartingOn(5, "2025-03-31"),  // the year before
                                         StartingOn(6, nullptr),       // no start
                                         StartingOn(7, "2025-09-01")};
  const std::vector<ThematicReview> reviews{ReviewOf(17, 1), ReviewOf(12, 2), ReviewOf(13, 3),
                                            ReviewOf(14, 4), ReviewOf(15, 5), ReviewOf(16, 6),
                                            ReviewOf(11, 7), ReviewOf(18, 99)};  // 99: unknown
  const auto figures = ComputeThematicFigures(year, reviews, activities, {});
  std::vector<ThematicReviewId> ids;
  for (const auto& line : figures) ids.push_back(line.review_id);
  EXPECT_EQ(ids, (std::vector<ThematicReviewId>{12, 11, 17, 13}));  // by start, then id
  ASSERT_FALSE(figures.empty());
  EXPECT_EQ(figures.front().title, "Fictional review 12");
}

TEST(ThematicFiguresTest, CountsFindingsByStrengthAndActionsByStatusFromTheMap) {
  const DatePeriod year{D("2025-04-01"), D("2026-03-31")};
  const std::vector<Activity> activities{StartingOn(1, "2025-09-01"), StartingOn(2, "2025-10-01")};
  ThematicReview review = ReviewOf(7, 1);
  review.findings = {FindingOf(EvidenceStrength::kStrong), FindingOf(EvidenceStrength::kLimited),
                     FindingOf(EvidenceStrength::kStrong)};
  review.recommendations = {MadeInto(101), MadeInto(102), MadeInto(103), MadeInto(104)};
  ThematicReview other = ReviewOf(8, 2);
  other.recommendations = {MadeInto(201)};
  const std::map<std::int64_t, ActionStatus> statuses{
      {101, ActionStatus::kInProgress},
      {102, ActionStatus::kCompleted},
      {104, ActionStatus::kInProgress},  // 103 has none: counted under no status
      {201, ActionStatus::kSuperseded}};
  const std::vector<ThematicReview> reviews{review, other};
  const auto figures = ComputeThematicFigures(year, reviews, activities, statuses);
  ASSERT_EQ(figures.size(), 2u);
  const ThematicReviewFigures& line = figures.front();
  EXPECT_EQ(line.review_id, 7);
  EXPECT_EQ(line.findings, 3);
  EXPECT_EQ(line.findings_by_strength,
            (std::vector<std::pair<EvidenceStrength, int>>{{EvidenceStrength::kStrong, 2},
                                                           {EvidenceStrength::kModerate, 0},
                                                           {EvidenceStrength::kLimited, 1}}));
  EXPECT_EQ(line.recommendations, 4);
  EXPECT_EQ(line.actions_by_status,
            (std::vector<std::pair<ActionStatus, int>>{{ActionStatus::kNotStarted, 0},
                                                       {ActionStatus::kInProgress, 2},
                                                       {ActionStatus::kCompleted, 1},
                                                       {ActionStatus::kNotImplemented, 0},
                                                       {ActionStatus::kSuperseded, 0}}));
  const ThematicReviewFigures& second = figures.back();
  EXPECT_EQ(second.findings, 0);
  EXPECT_EQ(second.findings_by_strength.size(), 3u);
  EXPECT_EQ(second.recommendations, 1);
  ASSERT_EQ(second.actions_by_status.size(), 5u);
  EXPECT_EQ(second.actions_by_status[4],
            (std::pair<ActionStatus, int>{ActionStatus::kSuperseded, 1}));
}

}  // namespace
}  // namespace assure::domain
