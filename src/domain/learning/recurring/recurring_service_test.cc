// RecurringLearningService over a real Store, on both backends: the fixture
// tests/fixtures/recurring_recommendations.csv grouped through each database's own full-text
// search (the same groups as the rules give with every pair offered, and precision and recall
// printed and checked), the order a board reads the groups in, the themes by financial year, who
// may read, the audit trail, the years asked for, and another partnership's learning.
#include "domain/learning/recurring/recurring_service.h"

#include <gtest/gtest.h>

#include <iostream>
#include <map>

#include "domain/learning/recurring/recurring_test_support.h"
#include "testing/board_fixture.h"
#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

using recurring_fixture::Key;

CivilDate D(const char* text) { return *ParseCivilDate(text); }

// The themes some fixture cases carry: safe sleep in three financial years, exploitation in two,
// self-neglect in one.
const std::map<std::string, std::vector<std::string>>& FixtureThemes() {
  static const std::map<std::string, std::vector<std::string>> themes{
      {"NS-2019-02", {"safe sleep"}},
      {"NS-2021-03", {"exploitation", "safe sleep"}},
      {"NS-2022-08", {"exploitation"}},
      {"NS-2020-07", {"self-neglect"}},
      {"NS-2023-04", {"safe sleep"}}};
  return themes;
}

class RecurringServiceTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    police_ = MakeAgency(north_, "Northshire Police");
    manager_ = Member(north_, "manager@example.org", Role::kBusinessManager);
    board_ = Member(north_, "board@example.org", Role::kBoardMember);
    lead_ = Member(north_, "lead@example.org", Role::kAgencyLead, police_);
    rows_ = recurring_fixture::Load();
    ASSERT_EQ(rows_.size(), 68u);
    auto loaded = store().Write([&](Transaction& tx) { return LoadFixture(tx); });
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  }

  // Every case of the fixture with its full review (recommendations) or rapid review (points).
  core::Status LoadFixture(Transaction& tx) {
    for (const char* theme : {"exploitation", "neglect", "safe sleep", "self-neglect"}) {
      ASSURE_TRY(tx.themes(north_).Add(theme));
    }
    std::map<std::string, std::vector<const recurring_fixture::Row*>> by_case;
    std::vector<std::string> order;
    for (const auto& row : rows_) {
      if (by_case[row.reference].empty()) order.push_back(row.reference);
      by_case[row.reference].push_back(&row);
    }
    for (const std::string& reference : order) {
      const auto& rows = by_case[reference];
      const auto themes = FixtureThemes().find(reference);
      ASSURE_ASSIGN_OR_RETURN(
          const CaseId id,
          AddCase(tx, north_, reference, rows.front()->decided_on,
                  themes == FixtureThemes().end() ? std::vector<std::string>{} : themes->second));
      cases_[reference] = id;
      if (rows.front()->source == LearningSource::kRapidReview) {
        RapidReview rapid;
        rapid.case_id = id;
        rapid.meeting_on = AddDays(rows.front()->decided_on, -2);
        rapid.completed_on = rows.front()->decided_on;
        for (const auto* row : rows) rapid.learning += "- " + row->text + "\n";
        rapid.decision = ReviewDecision::kNone;
        ASSURE_TRY(tx.review_records(north_).PutRapidReview(rapid));
        continue;
      }
      FullReview review;
      review.case_id = id;
      review.kind = FullReviewKind::kCspr;
      review.decided_on = rows.front()->decided_on;
      for (const auto* row : rows) review.recommendations.push_back({0, row->number, row->text});
      ASSURE_ASSIGN_OR_RETURN(const FullReview stored,
                              tx.review_records(north_).PutFullReview(review));
      for (const auto& recommendation : stored.recommendations) {
        recommendations_[Key(reference, recommendation.number)] = recommendation.id;
      }
    }
    return core::Ok();
  }

  static core::Result<CaseId> AddCase(Transaction& tx, PartnershipId partnership,
                                      const std::string& reference, CivilDate decided_on,
                                      std::vector<std::string> themes) {
    NewCase draft;
    draft.reference = reference;
    draft.subjects = {Subject{0, "Child A", "unknown", "unknown", "unknown", "unknown"}};
    draft.aware_on = AddDays(decided_on, -40);
    draft.referral = {AddDays(decided_on, -40), "Designated nurse", ""};
    draft.summary = "Fictional case for the recurring learning tests.";
    draft.themes = std::move(themes);
    ASSURE_ASSIGN_OR_RETURN(const Case made, tx.cases(partnership).Create(draft));
    return made.id;
  }

  // An action answering the recommendation `key`, and its updates: (date, status) each.
  void Answer(const std::string& key, std::vector<std::pair<const char*, ActionStatus>> updates) {
    auto made = store().Write([&](Transaction& tx) -> core::Status {
      const ActionSource source{SourceKind::kRecommendation, recommendations_.at(key), ""};
      ASSURE_ASSIGN_OR_RETURN(const PlanAction action,
                              tx.actions(north_).Create(testing::board_fixture::Plan(
                                  "Fictional action for " + key, police_, "2030-03-31", {source})));
      for (const auto& [on, status] : updates) {
        ASSURE_TRY(testing::board_fixture::Record(tx, north_, action.id, on, status, Rag::kGreen,
                                                  "Progress.", "An audit shows the change."));
      }
      return core::Ok();
    });
    ASSERT_TRUE(made.ok()) << made.error().message;
  }

  RecurringLearning Read(const Requester& requester, const YearRange& years = {}) {
    RecurringLearningService service(store(), clock_);
    auto learning = service.Read(requester, years);
    EXPECT_TRUE(learning.ok()) << learning.error().message;
    return learning.ok() ? *learning : RecurringLearning{};
  }

  std::vector<AuditEvent> Audit() {
    auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(north_, {}); });
    EXPECT_TRUE(events.ok());
    std::vector<AuditEvent> matching;
    for (const auto& event : *events) {
      if (event.action == "learning.recurring.read") matching.push_back(event);
    }
    return matching;
  }

  PartnershipId north_ = 0;
  AgencyId police_ = 0;
  Requester manager_;
  Requester board_;
  Requester lead_;
  std::vector<recurring_fixture::Row> rows_;
  std::map<std::string, CaseId> cases_;
  std::map<std::string, RecommendationId> recommendations_;
};

TEST_P(RecurringServiceTest, TheDatabaseSearchGroupsTheFixtureAsTheRulesDo) {
  const RecurringLearning learning = Read(manager_);
  const auto score = recurring_fixture::ScoreOf(rows_, learning.groups);
  std::cout << "recurring (" << (sqlite() ? "sqlite" : "postgres") << "): precision "
            << score.precision << " recall " << score.recall << " (" << score.right_pairs
            << " right of " << score.found_pairs << " found, " << score.expected_pairs
            << " expected) at threshold " << learning.threshold << "\n";
  RecordProperty("precision", std::to_string(score.precision));
  RecordProperty("recall", std::to_string(score.recall));
  EXPECT_GE(score.precision, 0.8);
  EXPECT_GE(score.recall, 0.8);
  EXPECT_DOUBLE_EQ(learning.threshold, 0.44);

  // Nothing the rules would group is missed by the engine's candidate search.
  auto every_pair = store().Read([&](Transaction& tx) -> core::Result<RecurringLearning> {
    RecurringInputs inputs;
    ASSURE_ASSIGN_OR_RETURN(inputs.cases, tx.recurring_learning(north_).ReviewedCases());
    ASSURE_ASSIGN_OR_RETURN(inputs.records, tx.recurring_learning(north_).LearningRecords());
    return BuildRecurringLearning(inputs, recurring_fixture::EveryRecord(inputs.records));
  });
  ASSERT_TRUE(every_pair.ok()) << every_pair.error().message;
  EXPECT_EQ(recurring_fixture::KeysOf(learning.groups),
            recurring_fixture::KeysOf(every_pair->groups));

  // The voice of the child, in five reviews (the last a rapid review's point), comes first.
  ASSERT_FALSE(learning.groups.empty());
  const LearningGroup& voice = learning.groups.front();
  EXPECT_EQ(voice.cases, (std::vector<std::string>{"NS-2019-02", "NS-2021-03", "NS-2022-08",
                                                   "NS-2024-02", "NS-2025-08"}));
  EXPECT_EQ(GroupSummary(voice.cases),
            "recommended in NS-2019-02, NS-2021-03, NS-2022-08, NS-2024-02 and NS-2025-08");
  EXPECT_EQ(voice.items.back().item.source, LearningSource::kRapidReview);
  EXPECT_EQ(voice.items.back().item.number, 1);
  EXPECT_EQ(voice.items.front().item.record_id, recommendations_.at("NS-2019-02#1"));
  EXPECT_FALSE(voice.all_actions_completed);
  EXPECT_FALSE(voice.recurred_after_completion);
}

TEST_P(RecurringServiceTest, LearningThatCameBackAfterItsActionsWereCompletedComesFirst) {
  // Bruising in non-mobile babies: NS-2019-02 (June 2019), NS-2021-03 (July 2021), NS-2024-08.
  Answer("NS-2019-02#3",
         {{"2020-01-10", ActionStatus::kInProgress}, {"2020-06-01", ActionStatus::kCompleted}});
  Answer("NS-2021-03#4", {{"2022-01-10", ActionStatus::kCompleted}});
  // Safe sleep: still in progress, so nothing was finished before it came back.
  Answer("NS-2019-02#2", {{"2020-01-10", ActionStatus::kInProgress}});

  const RecurringLearning learning = Read(manager_);
  ASSERT_GE(learning.groups.size(), 2u);
  const LearningGroup& bruising = learning.groups[0];
  EXPECT_EQ(bruising.cases, (std::vector<std::string>{"NS-2019-02", "NS-2021-03", "NS-2024-08"}));
  EXPECT_TRUE(bruising.recurred_after_completion);
  EXPECT_EQ(bruising.recurred_on, D("2021-07-01"));
  EXPECT_TRUE(bruising.all_actions_completed);
  ASSERT_EQ(bruising.items[0].item.actions.size(), 1u);
  EXPECT_EQ(bruising.items[0].item.actions[0].status, ActionStatus::kCompleted);
  EXPECT_EQ(bruising.items[0].item.actions[0].completed_on, D("2020-06-01"));
  EXPECT_EQ(learning.groups[1].cases.size(), 5u);  // then the largest: the voice of the child

  for (const LearningGroup& group : learning.groups) {
    if (group.items.front().item.record_id != recommendations_.at("NS-2019-02#2")) continue;
    EXPECT_FALSE(group.recurred_after_completion);
    EXPECT_FALSE(group.all_actions_completed);
    ASSERT_EQ(group.items.front().item.actions.size(), 1u);
    EXPECT_EQ(group.items.front().item.actions[0].status, ActionStatus::kInProgress);
  }
}

TEST_P(RecurringServiceTest, ThemesRecurWhenTheirReviewsFallInTwoOrMoreFinancialYears) {
  const RecurringLearning learning = Read(manager_);
  ASSERT_EQ(learning.themes.size(), 4u);
  EXPECT_EQ(learning.themes[0].theme, "safe sleep");
  EXPECT_TRUE(learning.themes[0].recurs);
  ASSERT_EQ(learning.themes[0].years.size(), 3u);
  EXPECT_EQ(FinancialYearName(learning.themes[0].years[0].year), "2019-20");
  EXPECT_EQ(learning.themes[0].years[0].reviews, 1);
  EXPECT_EQ(FinancialYearName(learning.themes[0].years[2].year), "2023-24");
  EXPECT_EQ(learning.themes[1].theme, "exploitation");
  EXPECT_TRUE(learning.themes[1].recurs);
  EXPECT_EQ(learning.themes[2].theme, "self-neglect");  // February 2021: 2020-21 only
  EXPECT_FALSE(learning.themes[2].recurs);
  EXPECT_EQ(FinancialYearName(learning.themes[2].years[0].year), "2020-21");
  EXPECT_EQ(learning.themes[3].theme, "neglect");
  EXPECT_TRUE(learning.themes[3].years.empty());
}

TEST_P(RecurringServiceTest, ABoardMemberReadsItAndEveryReadIsAudited) {
  const RecurringLearning learning = Read(board_, {2021, 2023});
  EXPECT_FALSE(learning.groups.empty());
  const auto audit = Audit();
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kSuccess);
  EXPECT_EQ(audit[0].user_id, board_.user_id());
  EXPECT_EQ(audit[0].reason, "financial years 2021-22 to 2023-24");
}

TEST_P(RecurringServiceTest, AnAgencyLeadIsRefusedAndTheRefusalIsAudited) {
  RecurringLearningService service(store(), clock_);
  const auto refused = service.Read(lead_, {});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);
  const auto audit = Audit();
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kDenied);
}

TEST_P(RecurringServiceTest, TheYearsAskedForLimitWhichReviewsAreCompared) {
  const RecurringLearning recent = Read(manager_, {2024, 2025});
  ASSERT_FALSE(recent.groups.empty());
  for (const LearningGroup& group : recent.groups) {
    for (const GroupedItem& grouped : group.items) {
      EXPECT_GE(grouped.decided_on, D("2024-04-01")) << grouped.case_reference;
      EXPECT_LE(grouped.decided_on, D("2026-03-31")) << grouped.case_reference;
    }
  }
  RecurringLearningService service(store(), clock_);
  const auto backwards = service.Read(manager_, {2025, 2021});
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(backwards.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(backwards.error().field, "to");
}

TEST_P(RecurringServiceTest, AnotherPartnershipsLearningIsNeverCompared) {
  const PartnershipId south = MakePartnership("southshire");
  const Requester south_manager =
      Member(south, "manager@south.example.org", Role::kBusinessManager);
  auto added = store().Write([&](Transaction& tx) -> core::Status {
    ASSURE_ASSIGN_OR_RETURN(const CaseId id, AddCase(tx, south, "SS-2024-01", D("2024-06-01"), {}));
    FullReview review;
    review.case_id = id;
    review.decided_on = D("2024-06-01");
    review.recommendations = {{0, 1, rows_.front().text}};  // word for word a Northshire one
    ASSURE_TRY(tx.review_records(south).PutFullReview(review));
    return core::Ok();
  });
  ASSERT_TRUE(added.ok()) << added.error().message;
  for (const LearningGroup& group : Read(manager_).groups) {
    for (const std::string& reference : group.cases) EXPECT_NE(reference, "SS-2024-01");
  }
  RecurringLearningService service(store(), clock_);
  const auto south_learning = service.Read(south_manager, {});
  ASSERT_TRUE(south_learning.ok()) << south_learning.error().message;
  EXPECT_TRUE(south_learning->groups.empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RecurringServiceTest);

}  // namespace
}  // namespace assure::domain
