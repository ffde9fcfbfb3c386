// ReviewActivityService over a real Store (part of the storage suite, so it runs on both
// backends): who may read and export the figures, what each read writes to the audit trail, and
// that timeliness counts with the partnership's own calendar.
#include "domain/reviews/figures/review_activity_service.h"

#include <gtest/gtest.h>

#include "domain/reviews/import/import_service.h"
#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

// A partnership calendar with one extra day off: Wednesday 15 January 2025.
class SnowDay final : public DeadlineSettingsSource {
 public:
  core::Result<DeadlineSettings> For(Transaction&, PartnershipId) const override {
    const std::vector<CalendarAdjustment> days_off{{D("2025-01-15"), true, "Snow"}};
    return DeadlineSettings{WorkingCalendar{days_off}, DeadlineRules{}};
  }
};

class ReviewActivityServiceTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    const AgencyId police = MakeAgency(north_, "Northshire Police");
    manager_ = Member(north_, "manager@example.org", Role::kBusinessManager);
    board_ = Member(north_, "board@example.org", Role::kBoardMember);
    lead_ = Member(north_, "lead@example.org", Role::kAgencyLead, police);
    // Notified Friday 20 December 2024: due 15 January 2025 nationally, 16 January with the
    // snow day; completed and sent to the panel 16 January. The date the partnership became
    // aware is not in the file.
    auto imported = store().Write([&](Transaction& tx) {
      return ImportReviews(tx, north_,
                           "reference,case_type,referral_received,referring_agency,"
                           "notification_sent,rapid_review_completed,decision,decision_date,"
                           "published,themes,rapid_review_sent_to_panel\n"
                           "CR-2024-050,child,2024-12-19,,2024-12-20,2025-01-16,none,,,,"
                           "2025-01-16\n",
                           Actor{north_, std::nullopt, std::nullopt, "cli"}, clock_.Now());
    });
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    ASSERT_TRUE(imported->imported());
  }

  std::vector<AuditEvent> Audit(const std::string& action) {
    auto events = store().Read([&](Transaction& tx) { return tx.audit().Query(north_, {}); });
    EXPECT_TRUE(events.ok());
    std::vector<AuditEvent> matching;
    for (const auto& event : *events) {
      if (event.action == action) matching.push_back(event);
    }
    return matching;
  }

  const DatePeriod year_{D("2024-04-01"), D("2025-03-31")};
  PartnershipId north_ = 0;
  Requester manager_;
  Requester board_;
  Requester lead_;
  NationalDeadlineSettings national_;
  SnowDay snow_;
};

TEST_P(ReviewActivityServiceTest, ABoardMemberReadsTheFiguresAndTheReadIsAudited) {
  ReviewActivityService service(store(), clock_, national_);
  auto activity = service.Read(board_, year_);
  ASSERT_TRUE(activity.ok()) << activity.error().message;
  EXPECT_EQ(activity->referrals.child, 1);
  EXPECT_EQ(activity->rapid_reviews.child, 1);
  EXPECT_EQ(activity->notifications, 1);
  const auto audit = Audit("report.review_activity.read");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kSuccess);
  EXPECT_EQ(audit[0].user_id, board_.user_id());
  EXPECT_EQ(audit[0].resource_type, "report");
  EXPECT_EQ(audit[0].resource_id, "review_activity");
  EXPECT_EQ(audit[0].reason, "2024-04-01 to 2025-03-31");
}

TEST_P(ReviewActivityServiceTest, AnAgencyLeadIsRefusedAndTheRefusalIsAudited) {
  ReviewActivityService service(store(), clock_, national_);
  auto refused = service.Read(lead_, year_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, core::ErrorCode::kForbidden);
  const auto audit = Audit("report.review_activity.read");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kDenied);
  EXPECT_FALSE(service.Export(lead_, year_).ok());
  EXPECT_EQ(Audit("report.review_activity.export").size(), 1u);
}

TEST_P(ReviewActivityServiceTest, AnExportIsAuditedAsAnExport) {
  ReviewActivityService service(store(), clock_, national_);
  ASSERT_TRUE(service.Export(manager_, year_).ok());
  const auto audit = Audit("report.review_activity.export");
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].outcome, AuditOutcome::kSuccess);
  EXPECT_TRUE(Audit("report.review_activity.read").empty());
}

TEST_P(ReviewActivityServiceTest, APeriodEndingBeforeItStartsNamesToAndReadsNothing) {
  ReviewActivityService service(store(), clock_, national_);
  auto backwards = service.Read(manager_, {D("2025-03-31"), D("2024-04-01")});
  ASSERT_FALSE(backwards.ok());
  EXPECT_EQ(backwards.error().field, "to");
  EXPECT_TRUE(Audit("report.review_activity.read").empty());
}

TEST_P(ReviewActivityServiceTest, TimelinessCountsWithThePartnershipsCalendar) {
  auto national = ReviewActivityService(store(), clock_, national_).Read(manager_, year_);
  ASSERT_TRUE(national.ok()) << national.error().message;
  EXPECT_EQ(national->timeliness.late, 1);
  EXPECT_EQ(national->timeliness.median_days_late, 1.0);
  auto snowed = ReviewActivityService(store(), clock_, snow_).Read(manager_, year_);
  ASSERT_TRUE(snowed.ok()) << snowed.error().message;
  EXPECT_EQ(snowed->timeliness.within, 1);
  EXPECT_EQ(snowed->timeliness.late, 0);
}

TEST_P(ReviewActivityServiceTest, ANotificationWithoutTheDateOfBecomingAwareIsUnknown) {
  auto activity = ReviewActivityService(store(), clock_, national_).Read(manager_, year_);
  ASSERT_TRUE(activity.ok()) << activity.error().message;
  EXPECT_EQ(activity->notifications, 1);
  EXPECT_EQ(activity->notification_timeliness.no_start, 1);  // unknown, not judged on a guess
  EXPECT_EQ(activity->notification_timeliness.assessed, 0);
  // Once the real date is recorded on the case, it is judged: aware Monday 16 December 2024,
  // due Monday 23 December, sent Friday 20 December.
  auto recorded = store().Write([&](Transaction& tx) -> core::Status {
    auto& cases = tx.cases(north_);
    auto found = cases.FindByReference("CR-2024-050");
    if (!found.ok() || !*found) return core::Error::Internal("the imported case is missing");
    Case record = **found;
    record.aware_on = D("2024-12-16");
    return cases.Update(record).ok() ? core::Ok() : core::Error::Internal("update failed");
  });
  ASSERT_TRUE(recorded.ok()) << recorded.error().message;
  activity = ReviewActivityService(store(), clock_, national_).Read(manager_, year_);
  ASSERT_TRUE(activity.ok());
  EXPECT_EQ(activity->notification_timeliness.no_start, 0);
  EXPECT_EQ(activity->notification_timeliness.within, 1);
}

TEST_P(ReviewActivityServiceTest, ARapidReviewNotYetSentToThePanelIsNotAssessed) {
  auto added = store().Write([&](Transaction& tx) {
    return ImportReviews(tx, north_,
                         "reference,case_type,referral_received,referring_agency,"
                         "notification_sent,rapid_review_completed,decision,decision_date,"
                         "published,themes,aware_on\n"
                         "CR-2024-051,child,2024-12-02,,2024-12-04,2025-01-06,,,,,2024-12-02\n",
                         Actor{north_, std::nullopt, std::nullopt, "cli"}, clock_.Now());
  });
  ASSERT_TRUE(added.ok()) << added.error().message;
  ASSERT_TRUE(added->imported());
  auto activity = ReviewActivityService(store(), clock_, national_).Read(manager_, year_);
  ASSERT_TRUE(activity.ok()) << activity.error().message;
  EXPECT_EQ(activity->rapid_reviews.child, 2);
  EXPECT_EQ(activity->timeliness.assessed, 1);
  EXPECT_EQ(activity->timeliness.no_end, 1);
  // Aware Monday 2 December, sent Wednesday 4 December: within 5 working days.
  EXPECT_EQ(activity->notification_timeliness.within, 1);
  EXPECT_EQ(activity->notification_timeliness.no_start, 1);
}

TEST_P(ReviewActivityServiceTest, ADhrIsReadInItsOwnColumnAndNotAsAnAdultFullReview) {
  // An adult case whose full review is a DHR (the Community Safety Partnership's), decided in
  // the year.
  auto added = store().Write([&](Transaction& tx) -> core::Status {
    NewCase draft;
    draft.reference = "DHR-2024-001";
    draft.type = CaseType::kAdult;
    draft.subjects = {Subject{0, "Adult D"}};
    draft.aware_on = D("2024-06-03");
    draft.referral = {D("2024-06-03"), "Community Safety Partnership", ""};
    auto created = tx.cases(north_).Create(draft);
    if (!created.ok()) return created.error();
    FullReview review;
    review.case_id = created->id;
    review.kind = FullReviewKind::kDhr;
    review.decided_on = D("2024-07-01");
    auto put = tx.review_records(north_).PutFullReview(review);
    if (!put.ok()) return put.error();
    return core::Ok();
  });
  ASSERT_TRUE(added.ok()) << added.error().message;
  auto activity = ReviewActivityService(store(), clock_, national_).Read(board_, year_);
  ASSERT_TRUE(activity.ok()) << activity.error().message;
  EXPECT_EQ(activity->full_reviews.dhr, 1);
  EXPECT_EQ(activity->full_reviews.adult, 0);
  EXPECT_EQ(activity->full_reviews.total(), 0);  // the partnership's own full reviews
  EXPECT_EQ(activity->referrals.adult, 1);       // the referral counts by its case's type
}

TEST_P(ReviewActivityServiceTest, TheDefaultPeriodIsTheFinancialYearInLondon) {
  using namespace std::chrono;
  // 23:30 UTC on 31 March 2026 is already 1 April in London (British Summer Time).
  testing::FakeClock late_march{sys_days{D("2026-03-31")} + hours{23} + minutes{30}};
  const auto period = ReviewActivityService(store(), late_march, national_).DefaultPeriod();
  EXPECT_EQ(period.from, D("2026-04-01"));
  EXPECT_EQ(period.to, D("2027-03-31"));
  testing::FakeClock january{sys_days{D("2026-01-05")} + hours{9}};
  EXPECT_EQ(ReviewActivityService(store(), january, national_).DefaultPeriod().from,
            D("2025-04-01"));
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewActivityServiceTest);

}  // namespace
}  // namespace assure::domain
