// The fixture of ThematicReviewService's tests over a real Store (test code only): the service,
// a review's scope, and the sources a review draws on: a closed round of the s11 framework and an
// open one, a closed staff survey and an open one, linked from a planned thematic review activity
// (neglect) whose review is review_. Helpers add evidence, findings and recommendations as the
// business unit and read what is stored without an audit event. Fictional data only. Not
// thread-safe; one test owns it.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "domain/assurance/activity_service.h"
#include "domain/assurance/framework_service.h"
#include "domain/assurance/self_evaluation/round_service.h"
#include "domain/assurance/survey/survey_service.h"
#include "domain/assurance/thematic/thematic_review_repository.h"
#include "domain/assurance/thematic/thematic_review_service.h"
#include "testing/case_fixture.h"
#include "testing/fake_random.h"

namespace assure::domain {

inline constexpr char kThematicTitle[] = "Fictional review of neglect across agencies";

class ThematicReviewFixture : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    reviews_ = std::make_unique<ThematicReviewService>(store(), clock_);
  }

  static ThematicReviewContent Scope() {
    ThematicReviewContent content;
    content.title = std::string{"  "} + kThematicTitle + " ";
    content.questions = {" How well do agencies share early concerns? ",
                         "Do staff know how to escalate?"};
    content.narrative_markdown = "Fictional: the board asked for this review in June.";
    return content;
  }

  ThematicReview Created(std::optional<ActivityId> activity = std::nullopt) {
    auto created = reviews_->Create(officer_, Scope(), activity);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? *created : ThematicReview{};
  }

  // Opened for the police and the ICB with two questions; closed when `close`.
  Survey SurveyOf(const std::string& title, bool close) {
    const SurveyService surveys(store(), clock_, random_);
    SurveyContent content;
    content.title = title;
    content.minimum_group = 5;
    content.agency_ids = {police_, health_};
    content.sections = {
        {"Working together",
         {{QuestionKind::kAgreement, "I know how to escalate a concern.", "", {}, true},
          {QuestionKind::kFreeText, "Anything else?", "", {}, false}}}};
    auto draft = surveys.Create(officer_, content, std::nullopt);
    EXPECT_TRUE(draft.ok()) << draft.error().message;
    if (!draft.ok()) return Survey{};
    auto opened = surveys.Open(officer_, draft->id, draft->version);
    EXPECT_TRUE(opened.ok()) << opened.error().message;
    if (!opened.ok() || !close) return opened.ok() ? *opened : *draft;
    auto closed = surveys.Close(officer_, opened->id, opened->version);
    EXPECT_TRUE(closed.ok()) << closed.error().message;
    return closed.ok() ? *closed : *opened;
  }

  // Two rounds of the s11 framework (round_ closed, open_round_ not), a closed survey and an open
  // one, and review_: the review of a planned thematic review activity (neglect) drawing on all.
  void DrawOnSources() {
    auto framework = FrameworkService(store(), clock_).FromTemplate(officer_, "s11");
    ASSERT_TRUE(framework.ok()) << framework.error().message;
    framework_ = *framework;
    ASSERT_GE(framework_.standards.size(), 2u);
    const RoundService rounds(store(), clock_);
    NewRound input;
    input.framework_id = framework_.id;
    input.title = "Fictional s11 round 2025-26";
    input.due_on = D("2026-01-30");
    input.agency_ids = {police_, health_};
    auto round = rounds.Open(officer_, input);
    ASSERT_TRUE(round.ok()) << round.error().message;
    auto closed_round = rounds.Close(officer_, round->id, round->version);
    ASSERT_TRUE(closed_round.ok()) << closed_round.error().message;
    round_ = *closed_round;
    input.title = "Fictional s11 round 2026-27";
    auto open_round = rounds.Open(officer_, input);
    ASSERT_TRUE(open_round.ok()) << open_round.error().message;
    open_round_ = *open_round;
    closed_ = SurveyOf("Fictional staff survey, autumn", true);
    open_ = SurveyOf("Fictional staff survey, spring", false);
    ASSERT_EQ(closed_.state, SurveyState::kClosed);
    ActivityContent content;
    content.kind = ActivityKind::kThematicReview;
    content.title = "Fictional neglect review";
    content.themes = {"neglect"};
    content.starts_on = D("2026-01-05");
    content.ends_on = D("2026-06-30");
    content.feeds_from = {round_.activity_id, open_round_.activity_id, closed_.activity_id,
                          open_.activity_id};
    auto activity = ActivityService(store(), clock_).Create(officer_, content);
    ASSERT_TRUE(activity.ok()) << activity.error().message;
    review_ = Created(activity->id);
    ASSERT_GT(review_.id, 0);
  }

  NewEvidence Conversation() {
    return {EvidenceSource::kConversation, 0, 0, "Fictional: practitioners said escalation works.",
            D("2025-12-10")};
  }

  // Added to review_: the review as it is after.
  ThematicReview With(NewEvidence evidence) {
    auto added = reviews_->AddEvidence(officer_, review_.id, std::move(evidence));
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? *added : ThematicReview{};
  }
  ThematicReview With(ThematicFinding finding) {
    auto added = reviews_->AddFinding(officer_, review_.id, std::move(finding));
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? *added : ThematicReview{};
  }
  ThematicReview With(NewReviewRecommendation recommendation) {
    auto added = reviews_->AddRecommendation(officer_, review_.id, std::move(recommendation));
    EXPECT_TRUE(added.ok()) << added.error().message;
    return added.ok() ? *added : ThematicReview{};
  }

  // Read without the services (no audit).
  Activity ActivityOf(ActivityId id) {
    auto activity =
        store().Read([&](Transaction& tx) { return tx.assurance(north_).GetActivity(id); });
    EXPECT_TRUE(activity.ok()) << activity.error().message;
    return activity.ok() ? *activity : Activity{};
  }
  ThematicReview Stored(ThematicReviewId id) {
    auto review =
        store().Read([&](Transaction& tx) { return tx.thematic_reviews(north_).Get(id); });
    EXPECT_TRUE(review.ok()) << review.error().message;
    return review.ok() ? *review : ThematicReview{};
  }
  PlanAction StoredAction(ActionId id) {
    auto action = store().Read([&](Transaction& tx) { return tx.actions(north_).Get(id); });
    EXPECT_TRUE(action.ok()) << action.error().message;
    return action.ok() ? *action : PlanAction{};
  }
  std::int64_t ActionCount() {
    auto page = store().Read([&](Transaction& tx) {
      ActionQuery query;
      query.limit = 0;
      return tx.actions(north_).List(query);
    });
    EXPECT_TRUE(page.ok()) << page.error().message;
    return page.ok() ? page->total : -1;
  }

  static std::string Id(const ThematicReview& review) { return std::to_string(review.id); }

  testing::FakeRandom random_{11};
  std::unique_ptr<ThematicReviewService> reviews_;
  StandardsFramework framework_;
  Round round_;
  Round open_round_;
  Survey closed_;
  Survey open_;
  ThematicReview review_;
};

}  // namespace assure::domain
