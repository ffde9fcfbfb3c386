// ComputeAssuranceFigures against hand-made records: activities closed in and out of the period
// by kind, returns on time, late (within and after the period) and never returned, by agency,
// and the responses of surveys closed in the period, suppressed as their results are.
// Fictional data only.
#include "domain/assurance/figures/assurance_figures.h"

#include <gtest/gtest.h>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

Activity Closed(ActivityKind kind, const char* on) {
  Activity activity;
  activity.content.kind = kind;
  activity.state = ActivityState::kClosed;
  activity.completed_on = D(on);
  return activity;
}

Return ReturnOf(RoundId round, AgencyId agency, const char* first_submitted) {
  Return ret;
  ret.round_id = round;
  ret.agency_id = agency;
  if (first_submitted != nullptr) ret.first_submitted_on = D(first_submitted);
  return ret;
}

TEST(AssuranceFiguresTest, CountsCompletedActivitiesByKindAndReturnsByTimeliness) {
  const DatePeriod year{D("2025-04-01"), D("2026-03-31")};
  Activity open;
  open.content.kind = ActivityKind::kCaseAudit;
  open.state = ActivityState::kReporting;
  const std::vector<Activity> activities{
      Closed(ActivityKind::kSelfEvaluationRound, "2025-07-01"),
      Closed(ActivityKind::kSelfEvaluationRound, "2026-03-31"),
      Closed(ActivityKind::kThematicReview, "2026-04-01"),  // the next year
      Closed(ActivityKind::kStaffSurvey, "2025-03-31"),     // the year before
      open};
  Round in_year;
  in_year.id = 1;
  in_year.due_on = D("2026-03-13");
  Round next_year;
  next_year.id = 2;
  next_year.due_on = D("2026-04-10");
  const std::vector<Round> rounds{in_year, next_year};
  const std::vector<Return> returns{
      ReturnOf(1, 10, "2026-03-13"),  // on the due date: on time
      ReturnOf(1, 20, "2026-03-20"),  // late, within the year
      ReturnOf(1, 30, "2026-04-02"),  // after the year's end: not returned by then
      ReturnOf(1, 40, nullptr),       // never
      ReturnOf(2, 10, nullptr)};      // a round due next year: not counted
  const std::vector<std::pair<AgencyId, std::string>> agencies{
      {20, "Council"}, {40, "ICB"}, {10, "Police"}, {30, "Probation"}, {50, "Schools"}};

  const auto figures = ComputeAssuranceFigures(year, activities, rounds, returns, agencies);
  EXPECT_EQ(figures.completed_total, 2);
  ASSERT_EQ(figures.completed.size(), AllActivityKinds().size());
  for (const auto& [kind, count] : figures.completed) {
    EXPECT_EQ(count, kind == ActivityKind::kSelfEvaluationRound ? 2 : 0) << ActivityKindName(kind);
  }
  ASSERT_EQ(figures.returns.size(), 4u);  // by name; Schools had no return due
  EXPECT_EQ(figures.returns[0].agency_name, "Council");
  EXPECT_EQ(figures.returns[0].late, 1);
  EXPECT_EQ(figures.returns[1].agency_name, "ICB");
  EXPECT_EQ(figures.returns[1].not_returned, 1);
  EXPECT_EQ(figures.returns[2].agency_name, "Police");
  EXPECT_EQ(figures.returns[2].due, 1);
  EXPECT_EQ(figures.returns[2].on_time, 1);
  EXPECT_EQ(figures.returns[3].agency_name, "Probation");
  EXPECT_EQ(figures.returns[3].not_returned, 1);
}

}  // namespace
}  // namespace assure::domain

namespace assure::domain {
namespace {

Survey SurveyClosedOn(SurveyId id, const char* closed_on, std::vector<AgencyId> agencies) {
  Survey survey;
  survey.id = id;
  survey.content.title = "Fictional survey " + std::to_string(id);
  survey.content.minimum_group = 10;
  survey.content.agency_ids = std::move(agencies);
  survey.state = closed_on == nullptr ? SurveyState::kOpen : SurveyState::kClosed;
  survey.opened_on = D("2025-05-01");
  if (closed_on != nullptr) survey.closed_on = D(closed_on);
  return survey;
}

TEST(AssuranceFiguresTest, CountsTheResponsesOfSurveysClosedInThePeriodSuppressedAsTheirResults) {
  const DatePeriod year{D("2025-04-01"), D("2026-03-31")};
  const std::vector<Survey> surveys{SurveyClosedOn(2, "2026-02-01", {1, 2, 3}),
                                    SurveyClosedOn(1, "2025-06-30", {1, 2}),
                                    SurveyClosedOn(3, nullptr, {1}),  // still open: never counted
                                    SurveyClosedOn(4, "2026-04-01", {1, 2})};  // the next year
  const std::vector<std::pair<SurveyId, RespondentCount>> respondents{
      {1, {1, 40}}, {1, {2, 25}},                // none small: all shown
      {2, {1, 50}}, {2, {2, 4}},  {2, {3, 30}},  // 4 hidden, and 30 with it
      {3, {1, 99}}, {4, {1, 12}}};
  const std::map<AgencyId, std::string> names{
      {1, "Fictional Council"}, {2, "Fictional Police"}, {3, "Fictional Health"}};
  const auto figures = ComputeSurveyResponses(year, surveys, respondents, names);
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].survey_id, 1);  // by closing date
  EXPECT_EQ(figures[0].total, 65);
  EXPECT_EQ(figures[0].groups[1].respondents, 25);
  EXPECT_EQ(figures[1].survey_id, 2);
  EXPECT_EQ(figures[1].total, 84);
  EXPECT_EQ(figures[1].groups[0].agency_name, "Fictional Council");
  EXPECT_EQ(figures[1].groups[0].respondents, 50);
  EXPECT_FALSE(figures[1].groups[1].respondents);  // 4 under 10
  EXPECT_TRUE(figures[1].groups[1].under_minimum);
  EXPECT_FALSE(figures[1].groups[2].respondents);  // 30 would give the 4 away
  EXPECT_FALSE(figures[1].groups[2].under_minimum);
}

}  // namespace
}  // namespace assure::domain
