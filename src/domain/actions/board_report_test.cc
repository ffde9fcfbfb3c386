// BuildBoardReport over hand-made inputs: each figure's definition (doc/figures.md, "The
// Executive Board report") on the smallest case that shows it.
#include "domain/actions/board_report.h"

#include <gtest/gtest.h>

#include <chrono>

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

core::Instant At(const char* day) { return std::chrono::sys_days{D(day)} + std::chrono::hours{12}; }

const HalfYear kH1{2025, 1};               // 1 April to 30 September 2025
const CivilDate kAfter = D("2026-01-05");  // the half-year has ended

// Builds inputs: actions created on 1 March 2025 unless said otherwise, owned by agency 1.
class BoardReportTest : public ::testing::Test {
 protected:
  ActionId AddAction(const char* due_on, std::vector<ActionSource> sources = {},
                     const char* created = "2025-03-01", AgencyId agency = 1) {
    PlanAction action;
    action.id = static_cast<ActionId>(inputs_.actions.size() + 1);
    action.title = "Action " + std::to_string(action.id);
    action.owner_agency_id = agency;
    action.lead_name = "Sam Lead";
    action.due_on = D(due_on);
    action.created_at = At(created);
    action.sources = sources.empty()
                         ? std::vector<ActionSource>{{SourceKind::kBoardDecision, std::nullopt,
                                                      "Board, March 2025"}}
                         : std::move(sources);
    inputs_.actions.push_back(action);
    return action.id;
  }

  // An update of `action` on `on`; with `evidence`, its text is kept as a whole update too.
  void Update(ActionId action, const char* on, ActionStatus status, Rag rag = Rag::kGreen,
              const std::string& evidence = {}, const std::string& reason = {}) {
    const ActionUpdateId id = static_cast<ActionUpdateId>(inputs_.marks.size() + 100);
    // Marks may come in any order; BuildBoardReport sorts them.
    inputs_.marks.insert(inputs_.marks.begin(),
                         {id, action, D(on), status, rag, !evidence.empty()});
    ActionUpdate update;
    update.id = id;
    update.action_id = action;
    update.on = D(on);
    update.status = status;
    update.rag = rag;
    update.narrative = "Update " + std::to_string(id);
    update.evidence = evidence;
    update.status_reason = reason;
    inputs_.updates.push_back(update);
  }

  void Extend(ActionId action, const char* on, const char* new_due, const std::string& note) {
    ReviewEntry entry;
    entry.id = static_cast<ReviewEntryId>(inputs_.entries.size() + 1);
    entry.action_id = action;
    entry.outcome = ReviewOutcome::kExtend;
    entry.reviewed_on = D(on);
    entry.new_due_on = D(new_due);
    entry.note = note;
    inputs_.entries.push_back(entry);
  }

  BoardReport Build(CivilDate today = kAfter) {
    return BuildBoardReport(inputs_, kH1, today, calendar_);
  }

  const BoardAction* Find(const BoardReport& report, ActionId id) {
    for (const auto& action : report.actions) {
      if (action.id == id) return &action;
    }
    return nullptr;
  }

  void SetUp() override {
    inputs_.agencies = {{1, 1, "Northshire Police", AgencyType::kPolice, true, 1}};
  }

  BoardReportInputs inputs_;
  WorkingCalendar calendar_;
};

TEST_F(BoardReportTest, StatusesAreRebuiltAsAtTheEndOfTheHalfYearFromTheUpdates) {
  const ActionId later = AddAction("2025-12-31");
  Update(later, "2025-05-01", ActionStatus::kInProgress, Rag::kAmber);
  Update(later, "2025-10-15", ActionStatus::kCompleted, Rag::kGreen, "Done later.");
  const ActionId fresh = AddAction("2025-12-31");
  const auto report = Build();
  EXPECT_EQ(report.as_at, D("2025-09-30"));
  EXPECT_TRUE(report.complete);
  const BoardAction* row = Find(report, later);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->status, ActionStatus::kInProgress);  // the October update is after the half
  EXPECT_EQ(row->reported_rag, Rag::kAmber);
  EXPECT_EQ(row->rag, Rag::kAmber);
  EXPECT_EQ(row->last_update_on, D("2025-05-01"));
  EXPECT_FALSE(row->evidence.has_value());
  EXPECT_EQ(Find(report, fresh)->status, ActionStatus::kNotStarted);
  EXPECT_EQ(report.count(ActionStatus::kInProgress), 1);
  EXPECT_EQ(report.count(ActionStatus::kNotStarted), 1);
  EXPECT_TRUE(report.completed.empty());
}

TEST_F(BoardReportTest, ARunningHalfYearIsAsAtTodayAndProvisional) {
  const ActionId action = AddAction("2025-12-31");
  Update(action, "2025-08-01", ActionStatus::kInProgress);
  const auto report = Build(D("2025-07-15"));
  EXPECT_EQ(report.as_at, D("2025-07-15"));
  EXPECT_FALSE(report.complete);
  EXPECT_EQ(Find(report, action)->status, ActionStatus::kNotStarted);
}

TEST_F(BoardReportTest, ClosedBeforeTheHalfYearIsLeftOutButCounted) {
  const ActionId old = AddAction("2025-01-31");
  Update(old, "2025-02-10", ActionStatus::kCompleted, Rag::kGreen, "Old evidence.");
  Update(old, "2025-05-10", ActionStatus::kCompleted, Rag::kGreen);  // still the same run
  const ActionId reopened = AddAction("2025-09-15");
  Update(reopened, "2025-03-01", ActionStatus::kCompleted, Rag::kGreen, "First evidence.");
  Update(reopened, "2025-05-05", ActionStatus::kInProgress, Rag::kAmber);
  Update(reopened, "2025-09-10", ActionStatus::kCompleted, Rag::kGreen, "Second evidence.");
  const ActionId refused = AddAction("2025-01-31");
  Update(refused, "2025-03-15", ActionStatus::kNotImplemented, Rag::kGreen, "", "Too costly.");
  const auto report = Build();
  EXPECT_EQ(report.closed_before, 2);  // old, refused
  EXPECT_EQ(Find(report, old), nullptr);
  EXPECT_EQ(Find(report, refused), nullptr);
  const BoardAction* row = Find(report, reopened);
  ASSERT_NE(row, nullptr);
  EXPECT_EQ(row->status_since, D("2025-09-10"));
  ASSERT_TRUE(row->evidence.has_value());
  EXPECT_EQ(row->evidence->text, "Second evidence.");
  ASSERT_EQ(report.completed.size(), 1u);
  EXPECT_EQ(report.actions[report.completed[0]].id, reopened);
  // The updates shown are the latest (and latest with evidence) of the actions reported only.
  const auto shown = UpdatesShown(inputs_.marks, report.first_day);
  EXPECT_EQ(shown.size(), 1u);
}

TEST_F(BoardReportTest, AnActionCountsOnceItExistsByItsCreationOrItsFirstUpdate) {
  const ActionId created_later = AddAction("2026-01-31", {}, "2025-10-20");
  const ActionId entered_later = AddAction("2025-08-31", {}, "2025-12-01");
  Update(entered_later, "2025-06-01", ActionStatus::kInProgress);
  const auto report = Build();
  EXPECT_EQ(Find(report, created_later), nullptr);
  ASSERT_NE(Find(report, entered_later), nullptr);
  EXPECT_EQ(report.total(), 1);
}

TEST_F(BoardReportTest, RatingsOverdueAndSlippedFollowTheRulesAsAtTheDate) {
  const ActionId overdue = AddAction("2025-08-31");
  Update(overdue, "2025-04-15", ActionStatus::kInProgress, Rag::kGreen);
  Extend(overdue, "2025-07-01", "2025-08-31", "Waiting for the template.");
  Extend(overdue, "2025-10-06", "2025-12-31", "After the half-year.");
  // Tuesday 30 September 2025 to Tuesday 7 October: 5 working days, so due soon.
  const ActionId soon = AddAction("2025-10-07");
  Update(soon, "2025-09-01", ActionStatus::kInProgress, Rag::kGreen);
  const ActionId refused = AddAction("2025-12-31");
  Update(refused, "2025-05-20", ActionStatus::kNotImplemented, Rag::kGreen, "", "Replaced.");
  const auto report = Build();
  const BoardAction* late = Find(report, overdue);
  EXPECT_TRUE(late->overdue);
  EXPECT_EQ(late->rag, Rag::kRed);
  EXPECT_TRUE(late->rag_disagrees);
  ASSERT_EQ(late->entries.size(), 1u);  // the October review is after the half-year
  EXPECT_EQ(Find(report, soon)->rag, Rag::kAmber);
  EXPECT_FALSE(Find(report, soon)->overdue);
  EXPECT_EQ(Find(report, refused)->rag, std::nullopt);
  EXPECT_EQ(Find(report, refused)->status_reason, "Replaced.");
  EXPECT_EQ(Find(report, refused)->status_since, D("2025-05-20"));
  EXPECT_EQ(report.by_rag.red, 1);
  EXPECT_EQ(report.by_rag.amber, 1);
  EXPECT_EQ(report.by_rag.no_rating, 1);
  ASSERT_EQ(report.slipped.size(), 1u);
  EXPECT_EQ(report.actions[report.slipped[0]].id, overdue);
  ASSERT_EQ(report.overdue.size(), 1u);
  ASSERT_EQ(report.not_implemented.size(), 1u);
}

TEST_F(BoardReportTest, ActionsAreGroupedByReviewRecommendationAndOtherSource) {
  inputs_.recommendations = {{10, 7, "CR-2025-009", 2, "Second recommendation."},
                             {11, 7, "CR-2025-009", 1, "First recommendation."},
                             {12, 3, "CR-2025-001", 1, "Another review's."}};
  inputs_.cases = {{7, "CR-2025-009", FullReviewKind::kSar},
                   {3, "CR-2025-001", FullReviewKind::kCspr},
                   {5, "CR-2025-005", std::nullopt}};
  const ActionSource first{SourceKind::kRecommendation, 11, ""};
  const ActionSource second{SourceKind::kRecommendation, 10, ""};
  const ActionSource other_review{SourceKind::kRecommendation, 12, ""};
  const ActionSource rapid{SourceKind::kRapidReview, 5, ""};
  const ActionSource national{SourceKind::kNationalReview, std::nullopt, "National, 2024"};
  const ActionId both = AddAction("2025-12-31", {second, first});
  const ActionId one = AddAction("2025-11-30", {first, national});
  const ActionId elsewhere = AddAction("2025-12-31", {other_review});
  const ActionId learning = AddAction("2025-12-31", {rapid});
  const auto report = Build();
  ASSERT_EQ(report.reviews.size(), 3u);
  EXPECT_EQ(report.reviews[0].case_reference, "CR-2025-001");
  EXPECT_EQ(report.reviews[0].review_kind, "CSPR");
  EXPECT_EQ(report.reviews[1].case_reference, "CR-2025-005");
  EXPECT_EQ(report.reviews[1].review_kind, "Rapid review");
  ASSERT_EQ(report.reviews[1].rapid_review_actions.size(), 1u);
  EXPECT_EQ(report.actions[report.reviews[1].rapid_review_actions[0]].id, learning);
  const BoardReviewSection& sar = report.reviews[2];
  EXPECT_EQ(sar.review_kind, "SAR");
  ASSERT_EQ(sar.recommendations.size(), 2u);
  EXPECT_EQ(sar.recommendations[0].number, 1);  // by number
  // Recommendation 1 has both actions, due date first; recommendation 2 has one.
  ASSERT_EQ(sar.recommendations[0].actions.size(), 2u);
  EXPECT_EQ(report.actions[sar.recommendations[0].actions[0]].id, one);
  EXPECT_EQ(report.actions[sar.recommendations[0].actions[1]].id, both);
  ASSERT_EQ(sar.recommendations[1].actions.size(), 1u);
  ASSERT_EQ(report.other_sources.size(), 1u);
  EXPECT_EQ(report.other_sources[0].label, "National, 2024");
  EXPECT_EQ(report.total(), 4);  // each action once in the totals
  EXPECT_EQ(
      Find(report, both)->sources,
      (std::vector<std::string>{"CR-2025-009 recommendation 2", "CR-2025-009 recommendation 1"}));
  EXPECT_EQ(Find(report, one)->sources[1], "National review: National, 2024");
  EXPECT_NE(Find(report, elsewhere), nullptr);
  ASSERT_EQ(report.by_agency.size(), 1u);
  EXPECT_EQ(report.by_agency[0].agency, "Northshire Police");
  EXPECT_EQ(report.by_agency[0].actions, 4);
}

TEST(BoardReportPeriodTest, TheDefaultIsTheLastHalfYearThatHasEndedAndAFutureOneIsRefused) {
  EXPECT_EQ(LastCompleteHalfYear(D("2026-01-05")), (HalfYear{2025, 1}));
  EXPECT_EQ(LastCompleteHalfYear(D("2025-09-30")), (HalfYear{2024, 2}));
  EXPECT_EQ(LastCompleteHalfYear(D("2025-10-01")), (HalfYear{2025, 1}));
  EXPECT_EQ(AsAt({2025, 2}, D("2026-01-05")), D("2026-01-05"));
  EXPECT_EQ(AsAt({2025, 1}, D("2026-01-05")), D("2025-09-30"));
  EXPECT_TRUE(ValidateReportHalfYear({2025, 2}, D("2025-10-01")).ok());
  const auto future = ValidateReportHalfYear({2026, 1}, D("2026-01-05"));
  ASSERT_FALSE(future.ok());
  EXPECT_EQ(future.error().field, "half");
}

}  // namespace
}  // namespace assure::domain
