// ThematicReviewService over a real Store, on both backends: the business unit starts a review of
// a thematic review activity (a new open one, or one of the framework not closed and without a
// review), changes its scope at the current version only, and gathers evidence from the closed
// round and closed survey its activity draws on and from conversations. Leads and board members
// read a review and nothing more. Every step and refusal is audited. Fictional data only.
#include "domain/assurance/thematic/thematic_review_service.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "domain/assurance/thematic/thematic_review_test_support.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

class ThematicReviewSuite : public ThematicReviewFixture {};

TEST_P(ThematicReviewSuite, TheBusinessUnitStartsAReviewOfANewOpenThematicReviewActivity) {
  const ThematicReview review = Created();
  EXPECT_EQ(review.title, kThematicTitle);
  EXPECT_EQ(review.questions,
            (std::vector<std::string>{"How well do agencies share early concerns?",
                                      "Do staff know how to escalate?"}));
  EXPECT_EQ(review.narrative_markdown, Scope().narrative_markdown);
  EXPECT_EQ(review.created_by, officer_.user_id());
  EXPECT_FALSE(review.report_briefing_id);
  const Activity activity = ActivityOf(review.activity_id);
  EXPECT_EQ(activity.content.kind, ActivityKind::kThematicReview);
  EXPECT_EQ(activity.state, ActivityState::kOpen);
  EXPECT_EQ(activity.content.title, kThematicTitle);
  EXPECT_EQ(activity.content.starts_on, D("2026-01-05"));
  EXPECT_EQ(Count("assurance.thematic_review.create", kSuccess, Id(review)), 1);

  EXPECT_EQ(reviews_->Create(officer_, Scope(), review.activity_id).error().field, "activity_id");
  ThematicReviewContent unasked = Scope();
  unasked.questions.clear();
  EXPECT_EQ(reviews_->Create(officer_, unasked, std::nullopt).error().field, "questions");
  auto listed = reviews_->List(officer_);
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().id, review.id);
}

TEST_P(ThematicReviewSuite, ANamedActivityIsAThematicReviewNotClosedAndWithoutAReview) {
  const ActivityService activities(store(), clock_);
  auto Planned = [&](ActivityKind kind, const char* title) {
    ActivityContent content;
    content.kind = kind;
    content.title = title;
    content.starts_on = D("2026-02-02");
    content.ends_on = D("2026-05-29");
    auto created = activities.Create(officer_, content);
    EXPECT_TRUE(created.ok()) << created.error().message;
    return created.ok() ? *created : Activity{};
  };
  const Activity survey = Planned(ActivityKind::kStaffSurvey, "Fictional staff survey");
  EXPECT_EQ(reviews_->Create(officer_, Scope(), survey.id).error().field, "activity_id");
  Activity closed = Planned(ActivityKind::kThematicReview, "Fictional closed review");
  for (const ActivityState to : {ActivityState::kOpen, ActivityState::kAnalysing,
                                 ActivityState::kReporting, ActivityState::kClosed}) {
    auto moved = activities.Move(officer_, closed.id, closed.version, to);
    ASSERT_TRUE(moved.ok()) << moved.error().message;
    closed = *moved;
  }
  EXPECT_EQ(reviews_->Create(officer_, Scope(), closed.id).error().field, "activity_id");
  EXPECT_EQ(reviews_->Create(officer_, Scope(), ActivityId{999999}).error().field, "activity_id");

  const Activity planned = Planned(ActivityKind::kThematicReview, "Fictional planned review");
  const ThematicReview review = Created(planned.id);
  EXPECT_EQ(review.activity_id, planned.id);
  EXPECT_EQ(ActivityOf(planned.id).state, ActivityState::kOpen);  // opened with its review
  EXPECT_EQ(Count("assurance.activity.state", kSuccess, std::to_string(planned.id)), 1);
  EXPECT_EQ(reviews_->Create(officer_, Scope(), planned.id).error().field, "activity_id");
  EXPECT_EQ(Count("assurance.thematic_review.create", kSuccess), 1);
}

TEST_P(ThematicReviewSuite, ALeadReadsAReviewButNeitherRunsItNorSeesItsSources) {
  ASSERT_NO_FATAL_FAILURE(DrawOnSources());
  EXPECT_EQ(reviews_->Create(police_lead_, Scope(), std::nullopt).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.thematic_review.create", kDenied), 1);
  for (const Requester* reader : {&police_lead_, &board_}) {
    auto view = reviews_->Get(*reader, review_.id);
    ASSERT_TRUE(view.ok()) << view.error().message;
    EXPECT_EQ(view->review.title, kThematicTitle);
    EXPECT_EQ(view->activity.id, review_.activity_id);
    EXPECT_FALSE(view->may_run);
    EXPECT_TRUE(view->sources.empty());
    EXPECT_TRUE(view->agencies.empty());
  }
  EXPECT_EQ(Count("assurance.thematic_review.read", kSuccess, Id(review_)), 2);
  EXPECT_EQ(reviews_->AddEvidence(police_lead_, review_.id, Conversation()).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.thematic_review.evidence", kDenied, Id(review_)), 1);
  EXPECT_EQ(reviews_->DraftReport(police_lead_, review_.id).error().code, ErrorCode::kForbidden);
  EXPECT_TRUE(Stored(review_.id).evidence.empty());
  EXPECT_EQ(reviews_->Get(south_manager_, review_.id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(Count("assurance.thematic_review.read", kDenied, Id(review_), south_), 1);
}

TEST_P(ThematicReviewSuite, AnUpdateAtAStaleVersionChangesNothing) {
  const ThematicReview review = Created();
  ThematicReviewContent changed = Scope();
  changed.title = "Fictional review, renamed";
  changed.questions.push_back("Is supervision effective?");
  auto updated = reviews_->Update(officer_, review.id, review.version, changed);
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->title, "Fictional review, renamed");
  EXPECT_EQ(updated->questions.size(), 3u);
  EXPECT_GT(updated->version, review.version);
  EXPECT_EQ(Count("assurance.thematic_review.update", kSuccess, Id(review)), 1);
  auto stale = reviews_->Update(officer_, review.id, review.version, Scope());
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Stored(review.id).title, "Fictional review, renamed");

  review_ = *updated;
  const ThematicReview gathered = With(Conversation());  // a change to a part bumps the version
  EXPECT_GT(gathered.version, updated->version);
  EXPECT_EQ(reviews_->Update(officer_, review.id, updated->version, changed).error().code,
            ErrorCode::kConflict);
  const ThematicReview found = With(
      ThematicFinding{0, "Fictional: supervision is patchy.", EvidenceStrength::kLimited, {3}, {}});
  auto dropped = reviews_->Update(officer_, review.id, found.version, Scope());
  EXPECT_EQ(dropped.error().field, "questions");  // a finding answers question 3
  EXPECT_EQ(reviews_->Update(police_lead_, review.id, found.version, changed).error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.thematic_review.update", kDenied, Id(review)), 1);
  EXPECT_EQ(Stored(review.id).questions.size(), 3u);
}

TEST_P(ThematicReviewSuite, EvidenceComesFromTheActivitiesTheReviewDrawsOnOrAConversation) {
  ASSERT_NO_FATAL_FAILURE(DrawOnSources());
  auto view = reviews_->Get(officer_, review_.id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  EXPECT_TRUE(view->may_run);
  EXPECT_EQ(view->agencies.size(), 3u);
  std::size_t standards = 0;
  std::vector<std::string> questions;
  for (const EvidenceChoice& choice : view->sources) {
    if (choice.source == EvidenceSource::kSelfEvaluationStandard) {
      EXPECT_EQ(choice.source_id, round_.id) << choice.label;  // never the open round's
      ++standards;
    }
    if (choice.source == EvidenceSource::kSurveyQuestion) {
      EXPECT_EQ(choice.source_id, closed_.id) << choice.label;  // never the open survey's
      questions.push_back(choice.label);
    }
  }
  EXPECT_EQ(standards, framework_.standards.size());
  EXPECT_EQ(questions, (std::vector<std::string>{
                           "Fictional staff survey, autumn, question 1: I know how to escalate "
                           "a concern.",
                           "Fictional staff survey, autumn, question 2: Anything else?"}));
  EXPECT_EQ(view->sources.size(), standards + 2);

  const Standard& second = framework_.standards[1];
  NewEvidence rated{EvidenceSource::kSelfEvaluationStandard, round_.id, second.id,
                    "Fictional: three of four agencies rate supervision good.", std::nullopt};
  const ThematicReview first = With(rated);
  ASSERT_EQ(first.evidence.size(), 1u);
  EXPECT_GT(first.evidence[0].id, 0);
  EXPECT_EQ(first.evidence[0].label,
            round_.title + ", standard " + second.text.code + " " + second.text.heading);
  EXPECT_EQ(first.evidence[0].excerpt, rated.excerpt);
  EXPECT_GT(first.version, review_.version);
  EXPECT_EQ(Count("assurance.thematic_review.evidence", kSuccess, Id(review_)), 1);

  auto refused = [&](NewEvidence evidence) {
    auto added = reviews_->AddEvidence(officer_, review_.id, std::move(evidence));
    return added.ok() ? std::string{"stored"} : added.error().field;
  };
  EXPECT_EQ(refused({EvidenceSource::kSurveyQuestion, open_.id, 1, "Open.", std::nullopt}),
            "source");
  EXPECT_EQ(refused({EvidenceSource::kSurveyQuestion, closed_.id, 3, "None.", std::nullopt}),
            "source");
  EXPECT_EQ(
      refused({EvidenceSource::kSelfEvaluationStandard, round_.id, 999999, "No.", std::nullopt}),
      "source");
  EXPECT_EQ(refused({EvidenceSource::kAuditFinding, 1, 1, "No audit.", std::nullopt}), "source");
  NewEvidence dated = rated;
  dated.held_on = D("2025-12-10");
  EXPECT_EQ(refused(dated), "held_on");
  NewEvidence undated = Conversation();
  undated.held_on.reset();
  EXPECT_EQ(refused(undated), "held_on");
  EXPECT_EQ(Stored(review_.id).evidence.size(), 1u);

  With(Conversation());
  const ThematicReview all = With(
      NewEvidence{EvidenceSource::kSurveyQuestion, closed_.id, 1, "Fictional: 61% agree.", {}});
  ASSERT_EQ(all.evidence.size(), 3u);
  EXPECT_EQ(all.evidence[1].source, EvidenceSource::kConversation);
  EXPECT_EQ(all.evidence[1].label, "Conversation held on 10 December 2025");
  EXPECT_EQ(all.evidence[1].held_on, D("2025-12-10"));
  EXPECT_EQ(all.evidence[2].label, questions[0]);
  EXPECT_EQ(Count("assurance.thematic_review.evidence", kSuccess, Id(review_)), 3);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ThematicReviewSuite);

}  // namespace
}  // namespace assure::domain
