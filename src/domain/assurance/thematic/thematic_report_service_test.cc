// ThematicReviewService's findings, recommendations and report over a real Store, on both
// backends: a recommendation becomes an action of the owning agency's plan (its lead the
// agency's lead), and the report is a draft Lessons Learned Briefing composed again on request
// until the briefing leaves draft. Every step is audited. Fictional data only.
#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

#include "domain/assurance/thematic/thematic_review_service.h"
#include "domain/assurance/thematic/thematic_review_test_support.h"
#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"

namespace assure::domain {
namespace {

using AuditOutcome::kSuccess;
using core::ErrorCode;

class ThematicReportSuite : public ThematicReviewFixture {};

TEST_P(ThematicReportSuite, ARecommendationMakesAnActionOfTheOwnersPlan) {
  ASSERT_NO_FATAL_FAILURE(DrawOnSources());
  const ThematicReview gathered = With(Conversation());
  const EvidenceId evidence = gathered.evidence.at(0).id;
  const ThematicReview found = With(ThematicFinding{
      0, "Fictional: concerns are shared late.", EvidenceStrength::kStrong, {2, 1}, {evidence}});
  ASSERT_EQ(found.findings.size(), 1u);
  const ThematicFinding& finding = found.findings[0];
  EXPECT_EQ(finding.questions, (std::vector<int>{1, 2}));
  EXPECT_EQ(finding.evidence_ids, std::vector<EvidenceId>{evidence});
  EXPECT_EQ(finding.strength, EvidenceStrength::kStrong);
  EXPECT_EQ(Count("assurance.thematic_review.finding", kSuccess, Id(review_)), 1);
  auto unasked = reviews_->AddFinding(
      officer_, review_.id, {0, "Fictional.", EvidenceStrength::kLimited, {3}, {evidence}});
  EXPECT_EQ(unasked.error().field, "questions");

  const std::int64_t before = ActionCount();
  const NewReviewRecommendation good{
      " Fictional: agree a weekly triage meeting. ", {finding.id}, police_, D("2026-06-30")};
  auto refused = [&](NewReviewRecommendation input) {
    auto added = reviews_->AddRecommendation(officer_, review_.id, std::move(input));
    return added.ok() ? std::string{"stored"} : added.error().field;
  };
  auto no_owner = good;
  no_owner.owner_agency_id.reset();
  EXPECT_EQ(refused(no_owner), "owner_agency_id");
  auto elsewhere = good;
  elsewhere.owner_agency_id = south_police_;
  EXPECT_EQ(refused(elsewhere), "owner_agency_id");
  auto today = good;
  today.due_on = D("2026-01-05");
  EXPECT_EQ(refused(today), "due_on");
  auto undated = good;
  undated.due_on.reset();
  EXPECT_EQ(refused(undated), "due_on");
  auto unfounded = good;
  unfounded.finding_ids = {finding.id + 1000};
  EXPECT_EQ(refused(unfounded), "finding_ids");
  EXPECT_EQ(ActionCount(), before);
  EXPECT_TRUE(Stored(review_.id).recommendations.empty());

  const ThematicReview made = With(good);
  ASSERT_EQ(made.recommendations.size(), 1u);
  const ReviewRecommendation& recommendation = made.recommendations[0];
  EXPECT_EQ(recommendation.text, "Fictional: agree a weekly triage meeting.");
  EXPECT_EQ(recommendation.finding_ids, std::vector<FindingId>{finding.id});
  EXPECT_EQ(ActionCount(), before + 1);
  const PlanAction action = StoredAction(recommendation.action_id);
  EXPECT_EQ(action.title, recommendation.text);
  EXPECT_EQ(action.owner_agency_id, police_);
  EXPECT_EQ(action.lead_user_id, police_lead_.user_id());  // the agency's lead
  EXPECT_EQ(action.due_on, D("2026-06-30"));
  EXPECT_EQ(action.status, ActionStatus::kNotStarted);
  ASSERT_EQ(action.sources.size(), 1u);
  EXPECT_EQ(action.sources[0].kind, SourceKind::kThematicReview);
  EXPECT_EQ(action.sources[0].label, std::string{"Thematic review: "} + kThematicTitle);
  EXPECT_EQ(Count("action.create", kSuccess, std::to_string(action.id)), 1);
  EXPECT_EQ(Count("assurance.thematic_review.recommendation", kSuccess, Id(review_)), 1);

  auto council = good;
  council.owner_agency_id = council_;  // no lead: the agency is named
  const ThematicReview both = With(council);
  ASSERT_EQ(both.recommendations.size(), 2u);
  const PlanAction unled = StoredAction(both.recommendations[1].action_id);
  EXPECT_EQ(unled.owner_agency_id, council_);
  EXPECT_FALSE(unled.lead_user_id);
  EXPECT_EQ(unled.lead_name, "Northshire Council");
}

TEST_P(ThematicReportSuite, TheReportIsADraftLessonsLearnedBriefingUntilItLeavesDraft) {
  ASSERT_NO_FATAL_FAILURE(DrawOnSources());
  const EvidenceId evidence = With(Conversation()).evidence.at(0).id;
  const FindingId finding = With(ThematicFinding{0,
                                                 "Fictional: concerns are shared late.",
                                                 EvidenceStrength::kModerate,
                                                 {1},
                                                 {evidence}})
                                .findings.at(0)
                                .id;
  const ActionId action =
      With(NewReviewRecommendation{
               "Fictional: agree a weekly triage meeting.", {finding}, police_, D("2026-06-30")})
          .recommendations.at(0)
          .action_id;
  auto drafted = reviews_->DraftReport(officer_, review_.id);
  ASSERT_TRUE(drafted.ok()) << drafted.error().message;
  const BriefingService briefings(store(), clock_);
  auto view = briefings.Get(officer_, *drafted);
  ASSERT_TRUE(view.ok()) << view.error().message;
  const Briefing& briefing = view->briefing;
  EXPECT_EQ(briefing.state, BriefingState::kDraft);
  EXPECT_EQ(briefing.content.kind, BriefingKind::kLessonsLearned);
  EXPECT_EQ(briefing.content.title, std::string{"Thematic review: "} + kThematicTitle);
  EXPECT_EQ(briefing.content.body_markdown, ComposeReport(Stored(review_.id)));
  EXPECT_EQ(briefing.content.action_ids, std::vector<std::int64_t>{action});
  EXPECT_EQ(briefing.content.themes, std::vector<std::string>{"neglect"});
  EXPECT_EQ(Stored(review_.id).report_briefing_id, *drafted);
  EXPECT_EQ(Count("briefing.create", kSuccess, std::to_string(*drafted)), 1);
  EXPECT_EQ(Count("assurance.thematic_review.report", kSuccess, Id(review_)), 1);

  With(
      ThematicFinding{0, "Fictional: supervision is patchy.", EvidenceStrength::kLimited, {2}, {}});
  auto again = reviews_->DraftReport(officer_, review_.id);
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(*again, *drafted);  // the same briefing
  auto redrafted = briefings.Get(officer_, *drafted);
  ASSERT_TRUE(redrafted.ok()) << redrafted.error().message;
  EXPECT_NE(redrafted->briefing.content.body_markdown.find("Fictional: supervision is patchy."),
            std::string::npos);
  EXPECT_EQ(Count("briefing.update", kSuccess, std::to_string(*drafted)), 1);
  EXPECT_EQ(Count("briefing.create", kSuccess), 1);

  BriefingContent content = redrafted->briefing.content;
  content.audiences = {Audience::kChildrensWorkforce};
  auto saved = briefings.Save(officer_, *drafted, content, redrafted->briefing.version);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  auto submitted = BriefingPublication(store(), clock_).Submit(officer_, *drafted, saved->version);
  ASSERT_TRUE(submitted.ok()) << submitted.error().message;  // the report is ready for review
  EXPECT_EQ(submitted->state, BriefingState::kInReview);
  auto late = reviews_->DraftReport(officer_, review_.id);
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.error().code, ErrorCode::kConflict);
  EXPECT_EQ(late.error().field, "state");
  auto kept = briefings.Get(officer_, *drafted);
  ASSERT_TRUE(kept.ok()) << kept.error().message;
  EXPECT_EQ(kept->briefing.version, submitted->version);
  EXPECT_EQ(Count("assurance.thematic_review.report", kSuccess, Id(review_)), 2);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ThematicReportSuite);

}  // namespace
}  // namespace assure::domain
