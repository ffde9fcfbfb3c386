// DisseminationService over a real Store, on both backends: an agency lead records how their own
// agency shared a published briefing (never another agency's, never a draft's, never a date
// before publication), the table of agencies, and who is overdue to confirm after 20 working
// days. Fictional data only.
#include "domain/learning/dissemination_service.h"

#include <gtest/gtest.h>

#include "domain/learning/briefing_publication.h"
#include "domain/learning/briefing_service.h"
#include "testing/case_fixture.h"

namespace assure::domain {
namespace {

using AuditOutcome::kDenied;
using AuditOutcome::kSuccess;
using core::ErrorCode;

class DisseminationSuite : public testing::CaseServiceTest {
 protected:
  void SetUp() override {
    CaseServiceTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    dissemination_ = std::make_unique<DisseminationService>(store(), clock_, national_);
    BriefingService briefings(store(), clock_);
    BriefingPublication publication(store(), clock_);
    BriefingContent content;
    content.kind = BriefingKind::kLessonsLearned;
    content.title = "Fictional: listening to children";
    content.audiences = {Audience::kChildrensWorkforce};
    content.body_markdown =
        "## Summary\n\nText.\n\n## Learning\n\nText.\n\n## Community\n\nText.\n";
    auto created = briefings.Create(officer_, content);
    ASSERT_TRUE(created.ok()) << created.error().message;
    draft_ = *created;
    auto second = briefings.Create(officer_, content);
    ASSERT_TRUE(second.ok()) << second.error().message;
    auto submitted = publication.Submit(officer_, second->id, second->version);
    ASSERT_TRUE(submitted.ok()) << submitted.error().message;
    auto approved = publication.Approve(manager_, second->id, submitted->version);
    ASSERT_TRUE(approved.ok() && approved->briefing);
    auto published = publication.Publish(manager_, second->id, approved->briefing->version);
    ASSERT_TRUE(published.ok() && published->briefing);
    published_ = *published->briefing;
  }

  NewDissemination Entry(AgencyId agency, const char* on, std::int64_t staff) {
    NewDissemination entry;
    entry.agency_id = agency;
    entry.shared_on = D(on);
    entry.method = DisseminationMethod::kTeamMeeting;
    entry.staff_reached = staff;
    return entry;
  }

  std::unique_ptr<DisseminationService> dissemination_;
  Briefing draft_;
  Briefing published_;
};

TEST_P(DisseminationSuite, ALeadRecordsForTheirOwnAgencyAndTheTableShowsIt) {
  auto recorded =
      dissemination_->Record(police_lead_, published_.id, Entry(police_, "2026-01-05", 40));
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  auto again =
      dissemination_->Record(police_lead_, published_.id, Entry(police_, "2026-01-05", 15));
  ASSERT_TRUE(again.ok()) << again.error().message;
  EXPECT_EQ(Count("briefing.dissemination.record", kSuccess, std::to_string(published_.id)), 2);

  auto other = dissemination_->Record(police_lead_, published_.id, Entry(health_, "2026-01-05", 3));
  ASSERT_FALSE(other.ok());
  EXPECT_EQ(other.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("briefing.dissemination.record", kDenied), 1);

  auto view = dissemination_->Get(health_lead_, published_.id);
  ASSERT_TRUE(view.ok()) << view.error().message;
  ASSERT_EQ(view->agencies.size(), 3u);  // by name: council, ICB, police
  EXPECT_EQ(view->agencies[2].agency_id, police_);
  EXPECT_TRUE(view->agencies[2].confirmed);
  EXPECT_EQ(view->agencies[2].staff_reached, 55);
  EXPECT_FALSE(view->agencies[1].confirmed);
  EXPECT_FALSE(view->agencies[1].overdue);
  EXPECT_EQ(view->may_record_for, std::vector<AgencyId>{health_});
  ASSERT_TRUE(view->confirm_by.has_value());
  EXPECT_EQ(*view->confirm_by, D("2026-02-02"));  // 20 working days after Monday 5 January
}

TEST_P(DisseminationSuite, ADraftADateBeforePublicationAndBadNumbersAreRefused) {
  auto draft = dissemination_->Record(officer_, draft_.id, Entry(police_, "2026-01-05", 1));
  ASSERT_FALSE(draft.ok());
  EXPECT_EQ(draft.error().field, "state");
  auto early = dissemination_->Record(officer_, published_.id, Entry(police_, "2026-01-02", 1));
  ASSERT_FALSE(early.ok());
  EXPECT_EQ(early.error().field, "shared_on");
  auto negative = dissemination_->Record(officer_, published_.id, Entry(police_, "2026-01-05", -1));
  ASSERT_FALSE(negative.ok());
  EXPECT_EQ(negative.error().field, "staff_reached");
  NewDissemination no_method = Entry(police_, "2026-01-05", 1);
  no_method.method.reset();
  EXPECT_EQ(dissemination_->Record(officer_, published_.id, no_method).error().field, "method");
  auto foreign =
      dissemination_->Record(officer_, published_.id, Entry(south_police_, "2026-01-05", 1));
  ASSERT_FALSE(foreign.ok());
  EXPECT_EQ(foreign.error().field, "agency_id");
}

TEST_P(DisseminationSuite, AgenciesThatHaveNotConfirmedIn20WorkingDaysAreOverdue) {
  ASSERT_TRUE(
      dissemination_->Record(police_lead_, published_.id, Entry(police_, "2026-01-05", 12)).ok());
  auto before = dissemination_->Unconfirmed(officer_);
  ASSERT_TRUE(before.ok()) << before.error().message;
  ASSERT_EQ(before->size(), 2u);  // council and health, not yet overdue
  EXPECT_FALSE((*before)[0].overdue);

  clock_.Advance(std::chrono::days{29});  // Tuesday 3 February 2026
  auto after = dissemination_->Unconfirmed(officer_);
  ASSERT_TRUE(after.ok()) << after.error().message;
  ASSERT_EQ(after->size(), 2u);
  EXPECT_TRUE((*after)[0].overdue);
  EXPECT_EQ((*after)[0].confirm_by, D("2026-02-02"));
  auto health = dissemination_->Unconfirmed(health_lead_);
  ASSERT_TRUE(health.ok());
  ASSERT_EQ(health->size(), 1u);
  EXPECT_EQ((*health)[0].agency_id, health_);
  auto police = dissemination_->Unconfirmed(police_lead_);
  ASSERT_TRUE(police.ok());
  EXPECT_TRUE(police->empty());
  EXPECT_TRUE(dissemination_->Unconfirmed(board_)->empty());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(DisseminationSuite);

}  // namespace
}  // namespace assure::domain
