// ActivityService and FrameworkService over a real Store, on both backends: the business unit
// plans a year's QA framework (kinds, themes, agencies, links), moves activities one state at a
// time, copies a shipped standards template and revises it into a new version; agency leads read
// but never write; another partnership sees nothing. Fictional data only.
#include "domain/assurance/activity_service.h"

#include <gtest/gtest.h>

#include "domain/assurance/framework_service.h"
#include "domain/assurance/standards_templates.h"
#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

class ActivitySuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    activities_ = std::make_unique<ActivityService>(store(), clock_);
    frameworks_ = std::make_unique<FrameworkService>(store(), clock_);
  }

  ActivityContent Content(ActivityKind kind, const char* title, const char* starts) {
    ActivityContent content;
    content.kind = kind;
    content.title = title;
    content.themes = {"exploitation"};
    content.lead_user_id = manager_.user_id();
    content.agency_ids = {police_, health_};
    content.starts_on = D(starts);
    content.ends_on = AddDays(D(starts), 90);
    return content;
  }

  std::unique_ptr<ActivityService> activities_;
  std::unique_ptr<FrameworkService> frameworks_;
};

TEST_P(ActivitySuite, TheBusinessUnitPlansAYearAndAThematicReviewLinksWhatFeedsIt) {
  auto round = activities_->Create(officer_, Content(ActivityKind::kSelfEvaluationRound,
                                                     "  Fictional s11 round ", "2025-06-02"));
  ASSERT_TRUE(round.ok()) << round.error().message;
  EXPECT_EQ(round->content.title, "Fictional s11 round");
  EXPECT_EQ(round->state, ActivityState::kPlanned);
  EXPECT_EQ(round->content.agency_ids, (std::vector<AgencyId>{police_, health_}));
  auto review =
      Content(ActivityKind::kThematicReview, "Fictional exploitation review", "2025-09-01");
  review.feeds_from = {round->id};
  auto created = activities_->Create(manager_, review);
  ASSERT_TRUE(created.ok()) << created.error().message;
  EXPECT_EQ(created->content.feeds_from, std::vector<ActivityId>{round->id});
  EXPECT_EQ(created->content.themes, std::vector<std::string>{"exploitation"});
  ASSERT_TRUE(
      activities_
          ->Create(officer_, Content(ActivityKind::kStaffSurvey, "Next year's", "2026-04-01"))
          .ok());

  auto year = activities_->List(police_lead_, 2025, std::nullopt);
  ASSERT_TRUE(year.ok()) << year.error().message;
  ASSERT_EQ(year->size(), 2u);  // 1 April 2025 to 31 March 2026, by start date
  EXPECT_EQ((*year)[0].id, round->id);
  auto reviews = activities_->List(board_, std::nullopt, ActivityKind::kThematicReview);
  ASSERT_TRUE(reviews.ok());
  EXPECT_EQ(reviews->size(), 1u);
  EXPECT_EQ(Count("assurance.activity.create", kSuccess), 3);
  EXPECT_EQ(Count("assurance.activity.list", kSuccess), 2);

  auto refused = activities_->Create(police_lead_, review);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("assurance.activity.create", kDenied), 1);
  auto other = activities_->Get(south_manager_, round->id);
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kNotFound);
}

TEST_P(ActivitySuite, BadInputNamesItsFieldAndWritesNothing) {
  auto no_kind = Content(ActivityKind::kCaseAudit, "Fictional audit", "2025-06-02");
  no_kind.kind.reset();
  EXPECT_EQ(activities_->Create(officer_, no_kind).error().field, "kind");
  auto backwards = Content(ActivityKind::kCaseAudit, "Fictional audit", "2025-06-02");
  backwards.ends_on = D("2025-06-01");
  EXPECT_EQ(activities_->Create(officer_, backwards).error().field, "ends_on");
  auto theme = Content(ActivityKind::kCaseAudit, "Fictional audit", "2025-06-02");
  theme.themes = {"no such theme"};
  EXPECT_EQ(activities_->Create(officer_, theme).error().field, "themes");
  auto agency = Content(ActivityKind::kCaseAudit, "Fictional audit", "2025-06-02");
  agency.agency_ids = {south_police_};
  EXPECT_EQ(activities_->Create(officer_, agency).error().field, "agency_ids");
  auto lead = Content(ActivityKind::kCaseAudit, "Fictional audit", "2025-06-02");
  lead.lead_user_id = south_manager_.user_id();
  EXPECT_EQ(activities_->Create(officer_, lead).error().field, "lead_user_id");
  auto link = Content(ActivityKind::kCaseAudit, "Fictional audit", "2025-06-02");
  link.feeds_from = {999999};
  EXPECT_EQ(activities_->Create(officer_, link).error().field, "feeds_from");
  auto none = activities_->List(officer_, std::nullopt, std::nullopt);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

TEST_P(ActivitySuite, AnActivityMovesOneStateAtATimeAndAStaleVersionIsRefused) {
  auto created =
      activities_->Create(officer_, Content(ActivityKind::kCaseAudit, "Fictional", "2025-06-02"));
  ASSERT_TRUE(created.ok());
  auto jump = activities_->Move(officer_, created->id, created->version, ActivityState::kClosed);
  ASSERT_FALSE(jump.ok());
  EXPECT_EQ(jump.error().code, ErrorCode::kConflict);
  auto open = activities_->Move(officer_, created->id, created->version, ActivityState::kOpen);
  ASSERT_TRUE(open.ok()) << open.error().message;
  auto stale =
      activities_->Move(officer_, created->id, created->version, ActivityState::kAnalysing);
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().field, "version");
  auto changed = Content(ActivityKind::kStaffSurvey, "Renamed", "2025-06-02");
  auto kind = activities_->Update(officer_, created->id, open->version, changed);
  EXPECT_EQ(kind.error().field, "kind");
  changed.kind = ActivityKind::kCaseAudit;
  auto renamed = activities_->Update(officer_, created->id, open->version, changed);
  ASSERT_TRUE(renamed.ok()) << renamed.error().message;
  EXPECT_EQ(renamed->content.title, "Renamed");
  EXPECT_EQ(renamed->state, ActivityState::kOpen);
  ActivityState state = ActivityState::kOpen;
  Version version = renamed->version;
  for (ActivityState to :
       {ActivityState::kAnalysing, ActivityState::kReporting, ActivityState::kClosed}) {
    auto moved = activities_->Move(officer_, created->id, version, to);
    ASSERT_TRUE(moved.ok()) << moved.error().message;
    version = moved->version;
    state = moved->state;
    EXPECT_EQ(moved->completed_on.has_value(), to == ActivityState::kClosed);
  }
  EXPECT_EQ(state, ActivityState::kClosed);
  EXPECT_EQ(Count("assurance.activity.state", kSuccess), 4);
}

TEST_P(ActivitySuite, ATemplateIsCopiedAndRevisedIntoNewVersions) {
  ASSERT_EQ(FrameworkTemplates().size(), 2u);
  for (const auto& shipped : FrameworkTemplates()) {
    EXPECT_TRUE(ValidateFramework(shipped.draft).ok()) << shipped.key;
  }
  auto copied = frameworks_->FromTemplate(officer_, "s11");
  ASSERT_TRUE(copied.ok()) << copied.error().message;
  EXPECT_EQ(copied->version_number, 1);
  EXPECT_EQ(copied->family_id, copied->id);
  EXPECT_EQ(copied->template_key, "s11");
  EXPECT_EQ(copied->standards.size(), FindFrameworkTemplate("s11")->draft.standards.size());
  EXPECT_EQ(copied->standards.front().position, 1);

  FrameworkDraft edited = FindFrameworkTemplate("s11")->draft;
  edited.standards.pop_back();
  edited.standards.front().heading = "Fictional edited heading";
  auto revised = frameworks_->Revise(manager_, copied->id, edited);
  ASSERT_TRUE(revised.ok()) << revised.error().message;
  EXPECT_EQ(revised->version_number, 2);
  EXPECT_EQ(revised->family_id, copied->id);
  EXPECT_EQ(revised->standards.size(), copied->standards.size() - 1);
  EXPECT_EQ(revised->standards.front().text.heading, "Fictional edited heading");
  auto old = frameworks_->Get(police_lead_, copied->id);
  ASSERT_TRUE(old.ok());
  EXPECT_EQ(old->standards.size(), copied->standards.size());  // a version never changes

  auto again = frameworks_->Revise(manager_, copied->id, edited);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(frameworks_->FromTemplate(officer_, "s12").error().field, "template");
  EXPECT_EQ(frameworks_->FromTemplate(police_lead_, "s11").error().code, ErrorCode::kForbidden);
  edited.standards[1].code = edited.standards[0].code;
  EXPECT_EQ(frameworks_->Create(officer_, edited).error().field, "standards[1].code");
  auto listed = frameworks_->List(board_);
  ASSERT_TRUE(listed.ok());
  EXPECT_EQ(listed->size(), 2u);
  EXPECT_EQ(Count("assurance.framework.create", kSuccess), 1);
  EXPECT_EQ(Count("assurance.framework.revise", kSuccess), 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ActivitySuite);

}  // namespace
}  // namespace assure::domain
