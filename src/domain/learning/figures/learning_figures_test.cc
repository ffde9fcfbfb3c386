// The learning figures' one definition (doc/figures.md, "Learning figures"): which briefings
// count as published in a period (both ends included, withdrawn ones too, drafts never), which
// sharings count for an agency (of those briefings, dated by the period's end) and which feedback
// makes the usefulness rating.
#include "domain/learning/figures/learning_figures.h"

#include <gtest/gtest.h>

#include <vector>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

Briefing Published(BriefingId id, BriefingKind kind, std::optional<const char*> on,
                   BriefingState state = BriefingState::kPublished) {
  Briefing briefing;
  briefing.id = id;
  briefing.content.kind = kind;
  briefing.state = state;
  if (on) briefing.published_on = D(*on);
  return briefing;
}

Dissemination Shared(BriefingId briefing, AgencyId agency, const char* on, std::int64_t staff) {
  Dissemination record;
  record.briefing_id = briefing;
  record.agency_id = agency;
  record.shared_on = D(on);
  record.staff_reached = staff;
  return record;
}

BriefingFeedback Rated(BriefingId briefing, int rating, const char* on) {
  return {0, briefing, rating, "", D(on)};
}

constexpr AgencyId kCouncil = 1;
constexpr AgencyId kIcb = 2;
constexpr AgencyId kPolice = 3;

class LearningFiguresTest : public testing::Test {
 protected:
  const DatePeriod year_{D("2025-04-01"), D("2026-03-31")};
  const std::vector<Briefing> briefings_{
      Published(1, BriefingKind::kSevenMinute, "2025-04-01"),     // first day: in
      Published(2, BriefingKind::kLessonsLearned, "2026-03-31"),  // last day: in
      Published(3, BriefingKind::kSevenMinute, "2025-03-31"),     // the day before: out
      Published(4, BriefingKind::kLessonsLearned, "2026-04-01"),  // the day after: out
      Published(5, BriefingKind::kSevenMinute, "2025-06-10", BriefingState::kWithdrawn),
      Published(6, BriefingKind::kLessonsLearned, std::nullopt, BriefingState::kApproved),
  };
  const std::vector<std::pair<AgencyId, std::string>> agencies_{
      {kCouncil, "Northshire Council"}, {kIcb, "Northshire ICB"}, {kPolice, "Northshire Police"}};
};

TEST_F(LearningFiguresTest, BriefingsPublishedInThePeriodCountByKindWithdrawnIncluded) {
  const auto figures = ComputeLearningFigures(year_, briefings_, {}, agencies_, {});
  EXPECT_EQ(figures.published.seven_minute, 2);  // 1 and the withdrawn 5
  EXPECT_EQ(figures.published.lessons_learned, 1);
  EXPECT_EQ(figures.published.total(), 3);
  EXPECT_EQ(figures.period.from, year_.from);
  EXPECT_EQ(figures.period.to, year_.to);
}

TEST_F(LearningFiguresTest, AnAgencyConfirmsEachBriefingOnceAndItsStaffReachedAddsUp) {
  const std::vector<Dissemination> records{
      Shared(1, kPolice, "2025-04-02", 40),
      Shared(1, kPolice, "2025-05-01", 10),   // the same briefing again: confirmed once, staff 50
      Shared(2, kPolice, "2026-04-03", 25),   // after the period's end: not in this year
      Shared(3, kCouncil, "2025-04-01", 99),  // a briefing of the year before
      Shared(5, kCouncil, "2025-06-11", 7),   // withdrawn later, but shared in the year
      Shared(5, 42, "2025-06-11", 1000),      // an agency not listed: not shown
  };
  const auto figures = ComputeLearningFigures(year_, briefings_, records, agencies_, {});
  ASSERT_EQ(figures.dissemination.size(), 3u);
  const auto& council = figures.dissemination[0];
  const auto& icb = figures.dissemination[1];
  const auto& police = figures.dissemination[2];
  EXPECT_EQ(council.agency_name, "Northshire Council");
  EXPECT_EQ(council.briefings, 3);
  EXPECT_EQ(council.confirmed, 1);
  EXPECT_EQ(council.staff_reached, 7);
  EXPECT_EQ(icb.agency_id, kIcb);
  EXPECT_EQ(icb.briefings, 3);
  EXPECT_EQ(icb.confirmed, 0);
  EXPECT_EQ(icb.staff_reached, 0);
  EXPECT_EQ(police.confirmed, 1);
  EXPECT_EQ(police.staff_reached, 50);
}

TEST_F(LearningFiguresTest, TheUsefulnessRatingIsTheFeedbackReceivedInThePeriod) {
  const std::vector<BriefingFeedback> feedback{
      Rated(1, 5, "2025-04-01"), Rated(2, 4, "2026-03-31"), Rated(3, 1, "2025-03-31"),
      Rated(1, 3, "2026-04-01"), Rated(3, 2, "2025-09-09"),  // an older briefing, rated this year
  };
  const auto figures = ComputeLearningFigures(year_, briefings_, {}, agencies_, feedback);
  EXPECT_EQ(figures.usefulness.responses, 3);
  const std::array<std::int64_t, 5> expected{0, 1, 0, 1, 1};
  EXPECT_EQ(figures.usefulness.by_rating, expected);
  ASSERT_TRUE(figures.usefulness.mean().has_value());
  EXPECT_DOUBLE_EQ(*figures.usefulness.mean(), 11.0 / 3.0);
}

TEST_F(LearningFiguresTest, WithNothingInThePeriodEveryFigureIsZeroAndTheMeanIsUnset) {
  const DatePeriod empty{D("2019-04-01"), D("2020-03-31")};
  const std::vector<BriefingFeedback> feedback{Rated(1, 5, "2025-04-01")};
  const std::vector<Dissemination> records{Shared(1, kPolice, "2025-04-02", 40)};
  const auto figures = ComputeLearningFigures(empty, briefings_, records, agencies_, feedback);
  EXPECT_EQ(figures.published.total(), 0);
  EXPECT_EQ(figures.usefulness.responses, 0);
  EXPECT_FALSE(figures.usefulness.mean().has_value());
  for (const auto& line : figures.dissemination) {
    EXPECT_EQ(line.briefings, 0);
    EXPECT_EQ(line.confirmed, 0);
    EXPECT_EQ(line.staff_reached, 0);
  }
}

}  // namespace
}  // namespace assure::domain
