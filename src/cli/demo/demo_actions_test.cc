// The demo's and the scale data's action plans (demo_actions.h, scale_actions.h, written by
// demo_action_writer.h) over a real Store, on both backends: the demo plan has actions in every
// status with their history, owned by the agencies and led by their leads, answering every
// recommendation of the demo reviews; two closed review rounds of the last two complete quarters
// with every outcome; a second run adds nothing; a story that breaks a rule is refused naming the
// field; synthetic stories answer the synthetic cases' recommendations and write as many actions
// as asked.
#include "cli/demo/demo_actions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli/demo/demo_cases.h"
#include "cli/demo/scale_actions.h"
#include "domain/actions/action_rules.h"
#include "domain/london_date.h"
#include "testing/store_fixture.h"

namespace assure::cli {
namespace {

using domain::ActionStatus;
using domain::PlanAction;
using domain::ReviewOutcome;
using domain::Transaction;

class DemoActionsSuite : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    today_ = domain::LondonDate(clock_.Now());
    partnership_ = MakePartnership("northshire");
    std::vector<domain::AgencyId> agencies;
    for (int i = 0; i < 6; ++i) {
      const domain::AgencyId agency = MakeAgency(partnership_, "Agency " + std::to_string(i));
      const domain::UserId lead =
          MakeUser("lead" + std::to_string(i) + "@northshire.example", "Lead " + std::to_string(i));
      MakeMember(partnership_, lead, domain::Role::kAgencyLead, agency);
      agencies.push_back(agency);
      owners_.push_back({agency, lead, "Lead " + std::to_string(i)});
    }
    manager_ = MakeUser("manager@northshire.example", "Tom Okafor");
    MakeMember(partnership_, manager_, domain::Role::kBusinessManager);
    auto cases = store().Write([&](Transaction& tx) -> core::Status {
      DemoCaseWriter writer(tx, partnership_, agencies, std::nullopt, today_);
      ASSURE_TRY(writer.EnsureThemes());
      for (const CaseSketch& sketch : DemoCaseSketches(today_)) {
        auto added = writer.Add(sketch);
        if (!added.ok()) return added.error();
      }
      return core::Ok();
    });
    ASSERT_TRUE(cases.ok()) << cases.error().message;
  }

  core::Result<WrittenActions> AddDemo() {
    return store().Write([&](Transaction& tx) {
      return DemoActionWriter(tx, partnership_, owners_, manager_, today_).Add();
    });
  }

  std::vector<PlanAction> AllActions() {
    auto page = store().Read([&](Transaction& tx) {
      domain::ActionQuery query;
      query.limit = 0;
      return tx.actions(partnership_).List(query);
    });
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? page->actions : std::vector<PlanAction>{};
  }

  std::vector<domain::ActionUpdate> UpdatesOf(domain::ActionId id) {
    auto updates =
        store().Read([&](Transaction& tx) { return tx.actions(partnership_).Updates(id); });
    EXPECT_TRUE(updates.ok()) << updates.error().message;
    return updates.ok() ? *updates : std::vector<domain::ActionUpdate>{};
  }

  domain::CivilDate today_;
  domain::PartnershipId partnership_ = 0;
  std::vector<ActionOwner> owners_;
  domain::UserId manager_ = 0;
};

TEST_P(DemoActionsSuite, TheDemoPlanHasActionsInEveryStatusWithTheirHistory) {
  auto written = AddDemo();
  ASSERT_TRUE(written.ok()) << written.error().message;
  const std::vector<PlanAction> actions = AllActions();
  ASSERT_EQ(actions.size(), written->actions.size());
  EXPECT_GE(actions.size(), 40u);
  EXPECT_EQ(written->files, 2);

  std::map<domain::AgencyId, domain::UserId> lead_of;
  for (const ActionOwner& owner : owners_) lead_of[owner.agency_id] = *owner.lead_user_id;
  std::set<ActionStatus> statuses;
  std::set<domain::AgencyId> agencies;
  int overdue = 0;
  int moved_twice = 0;
  int moved_once = 0;
  domain::CivilDate first_update = today_;
  domain::CivilDate last_update{};
  for (const PlanAction& action : actions) {
    statuses.insert(action.status);
    agencies.insert(action.owner_agency_id);
    EXPECT_EQ(action.lead_user_id, lead_of.at(action.owner_agency_id)) << action.title;
    overdue += domain::IsOverdue(action, today_) ? 1 : 0;
    moved_twice += domain::DatesMovedMoreThanOnce(action) ? 1 : 0;
    moved_once += action.due_date_changes == 1 ? 1 : 0;
    EXPECT_EQ(domain::NeedsReason(action.status), !action.status_reason.empty()) << action.title;
    const auto updates = UpdatesOf(action.id);
    if (!updates.empty()) {
      first_update = std::min(first_update, updates.front().on);
      last_update = std::max(last_update, updates.back().on);
      EXPECT_EQ(updates.back().status, action.status) << action.title;
      EXPECT_EQ(action.reported_rag, updates.back().rag) << action.title;
    } else {
      EXPECT_EQ(action.status, ActionStatus::kNotStarted) << action.title;
    }
    if (action.status == ActionStatus::kCompleted) {
      EXPECT_FALSE(updates.back().evidence.empty()) << action.title;
    }
  }
  EXPECT_EQ(statuses.size(), domain::AllActionStatuses().size());
  EXPECT_EQ(agencies.size(), owners_.size());
  EXPECT_EQ(overdue, 2);
  EXPECT_EQ(moved_twice, 2);
  EXPECT_EQ(moved_once, 1);
  // A year and more of updates, up to the last few weeks.
  EXPECT_LE(first_update, domain::AddDays(today_, -365));
  EXPECT_GE(last_update, domain::AddDays(today_, -30));
}

TEST_P(DemoActionsSuite, EveryRecommendationOfTheDemoReviewsHasActions) {
  ASSERT_TRUE(AddDemo().ok());
  auto learning = store().Read([&](Transaction& tx) { return ReadLearning(tx, partnership_); });
  ASSERT_TRUE(learning.ok()) << learning.error().message;
  ASSERT_GE(learning->reviews.size(), 5u);
  for (const ReviewLearning& review : learning->reviews) {
    for (const domain::Recommendation& recommendation : review.recommendations) {
      auto answering = store().Read([&](Transaction& tx) {
        return tx.actions(partnership_).ForRecommendation(recommendation.id);
      });
      ASSERT_TRUE(answering.ok());
      EXPECT_GE(answering->size(), 1u) << review.reference << " " << recommendation.number;
      EXPECT_LE(answering->size(), 4u) << review.reference << " " << recommendation.number;
    }
  }
  std::set<domain::SourceKind> kinds;
  int answering_two = 0;
  for (const PlanAction& action : AllActions()) {
    for (const auto& source : action.sources) kinds.insert(source.kind);
    answering_two += action.sources.size() == 2 ? 1 : 0;
  }
  EXPECT_GE(answering_two, 2);
  EXPECT_EQ(kinds, (std::set<domain::SourceKind>{
                       domain::SourceKind::kRecommendation, domain::SourceKind::kRapidReview,
                       domain::SourceKind::kNationalReview, domain::SourceKind::kBoardDecision}));
}

TEST_P(DemoActionsSuite, TwoClosedRoundsOfTheLastCompleteQuartersHaveEveryOutcome) {
  ASSERT_TRUE(AddDemo().ok());
  auto rounds =
      store().Read([&](Transaction& tx) { return tx.review_rounds(partnership_).List(); });
  ASSERT_TRUE(rounds.ok());
  ASSERT_EQ(rounds->size(), 2u);
  const domain::Quarter last = domain::Previous(domain::QuarterOf(today_));
  EXPECT_EQ((*rounds)[0].quarter, last);
  EXPECT_EQ((*rounds)[1].quarter, domain::Previous(last));
  std::set<ReviewOutcome> outcomes;
  for (const domain::ReviewRound& round : *rounds) {
    ASSERT_TRUE(round.closed_on.has_value());
    EXPECT_LE(*round.closed_on, domain::LastDay(round.quarter));
    EXPECT_GE(round.opened_on, domain::FirstDay(round.quarter));
    auto entries = store().Read(
        [&](Transaction& tx) { return tx.review_rounds(partnership_).Entries(round.id); });
    ASSERT_TRUE(entries.ok());
    EXPECT_GE(entries->size(), 5u);
    for (const domain::ReviewEntry& entry : *entries) {
      ASSERT_TRUE(entry.outcome.has_value());
      outcomes.insert(*entry.outcome);
      EXPECT_EQ(entry.reviewed_by, manager_);
      ASSERT_TRUE(entry.reviewed_on.has_value());
      EXPECT_GE(*entry.reviewed_on, round.opened_on);
      EXPECT_LE(*entry.reviewed_on, *round.closed_on);
      EXPECT_EQ(entry.new_due_on.has_value(), entry.outcome == ReviewOutcome::kExtend);
      if (entry.outcome == ReviewOutcome::kExtend || entry.outcome == ReviewOutcome::kEscalate) {
        EXPECT_FALSE(entry.note.empty());
      }
    }
  }
  EXPECT_EQ(outcomes, (std::set<ReviewOutcome>{ReviewOutcome::kOnTrack, ReviewOutcome::kEscalate,
                                               ReviewOutcome::kClose, ReviewOutcome::kExtend}));
}

TEST_P(DemoActionsSuite, ASecondRunAddsNothing) {
  auto first = AddDemo();
  ASSERT_TRUE(first.ok()) << first.error().message;
  auto second = AddDemo();
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_TRUE(second->actions.empty());
  EXPECT_TRUE(second->rounds.empty());
  EXPECT_EQ(second->updates, 0);
  EXPECT_EQ(AllActions().size(), first->actions.size());
}

TEST_P(DemoActionsSuite, AStoryThatBreaksARuleIsRefusedNamingTheField) {
  ActionStory story;
  story.agreed_on = domain::AddDays(today_, -100);
  story.draft.title = "Completed without evidence";
  story.draft.owner_agency_id = owners_.front().agency_id;
  story.draft.lead_name = "Lead 0";
  story.draft.due_on = today_;
  story.draft.sources.push_back({domain::SourceKind::kBoardDecision, std::nullopt, "A decision"});
  domain::ActionUpdate done;
  done.on = domain::AddDays(today_, -10);
  done.narrative = "Done.";
  done.status = ActionStatus::kCompleted;
  story.updates.push_back(done);
  const std::vector<ActionStory> stories{story};
  auto written = store().Write(
      [&](Transaction& tx) { return WriteActionStories(tx, partnership_, today_, stories, {}); });
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.error().code, core::ErrorCode::kInvalidInput);
  EXPECT_EQ(written.error().field, "evidence");
  EXPECT_TRUE(AllActions().empty());
}

TEST_P(DemoActionsSuite, ScaleStoriesAnswerTheCasesAndWriteAsManyActionsAsAsked) {
  auto learning = store().Read([&](Transaction& tx) { return ReadLearning(tx, partnership_); });
  ASSERT_TRUE(learning.ok());
  std::set<domain::RecommendationId> recommendations;
  for (const auto& review : learning->reviews) {
    for (const auto& recommendation : review.recommendations) {
      recommendations.insert(recommendation.id);
    }
  }
  const auto stories = ScaleActionStories(150, *learning, owners_, today_, 11);
  const auto again = ScaleActionStories(150, *learning, owners_, today_, 11);
  ASSERT_EQ(stories.size(), 150u);
  for (std::size_t i = 0; i < stories.size(); ++i) {
    EXPECT_EQ(stories[i].draft.title, again[i].draft.title);
    EXPECT_EQ(stories[i].agreed_on, again[i].agreed_on);
    EXPECT_LE(stories[i].updates.size(), 4u);
    for (const auto& source : stories[i].draft.sources) {
      if (source.kind == domain::SourceKind::kRecommendation) {
        EXPECT_TRUE(recommendations.contains(*source.ref_id));
      }
    }
  }
  const std::vector<RoundPlan> rounds{ScaleRound(today_, manager_)};
  auto written = store().Write([&](Transaction& tx) {
    return WriteActionStories(tx, partnership_, today_, stories, rounds);
  });
  ASSERT_TRUE(written.ok()) << written.error().message;
  EXPECT_EQ(written->actions.size(), 150u);
  EXPECT_EQ(written->rounds.size(), 1u);
  EXPECT_GT(written->entries, 0);
  std::set<ActionStatus> statuses;
  for (const PlanAction& action : AllActions()) statuses.insert(action.status);
  EXPECT_EQ(statuses.size(), domain::AllActionStatuses().size());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(DemoActionsSuite);

}  // namespace
}  // namespace assure::cli
