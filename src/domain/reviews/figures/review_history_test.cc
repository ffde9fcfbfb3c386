// Past figures never move when a rule changes later (doc/figures.md, "Timeliness"): a history of
// 2019-20 is imported and its figures read, a local rule is changed in a later year and a
// statutory one is refused, and the 2019-20 figures are read again, the same. Over a real Store,
// on both backends (the storage suite).
#include <gtest/gtest.h>

#include "domain/calendar/calendar_service.h"
#include "domain/reviews/clocks/deadline_settings.h"
#include "domain/reviews/figures/review_activity_service.h"
#include "domain/reviews/import/import_service.h"
#include "testing/store_fixture.h"

namespace assure::domain {
namespace {

CivilDate D(const char* text) { return *ParseCivilDate(text); }

// Fictional history. Child cases: aware, notified and sent to the panel on known dates, one
// without the date of becoming aware. Adult cases: referred and completed, one 10 working days
// after its referral, one 18. One adult case of January 2026, after the rule change.
constexpr std::string_view kHistory =
    "reference,case_type,referral_received,referring_agency,notification_sent,"
    "rapid_review_completed,decision,decision_date,published,themes,aware_on,"
    "rapid_review_sent_to_panel\n"
    // aware Mon 1 Jul 2019, notified Fri 5 Jul (within 5), sent to the panel Fri 26 Jul (15th).
    "CH-2019-001,child,2019-07-01,,2019-07-05,2019-07-24,none,,,,2019-07-01,2019-07-26\n"
    // aware Mon 2 Sep 2019, notified Tue 10 Sep (1 late), sent Wed 2 Oct (1 late).
    "CH-2019-002,child,2019-09-02,,2019-09-10,2019-10-01,none,,,,2019-09-02,2019-10-02\n"
    // no date of becoming aware: notification timeliness unknown.
    "CH-2019-003,child,2019-11-04,,2019-11-06,2019-11-20,none,,,,,2019-11-27\n"
    // referred Mon 6 Jan 2020, completed Mon 20 Jan (10 working days).
    "AD-2019-001,adult,2020-01-06,,,2020-01-20,none,,,,,\n"
    // referred Mon 3 Feb 2020, completed Thu 27 Feb (18 working days: 3 late).
    "AD-2019-002,adult,2020-02-03,,,2020-02-27,none,,,,,\n"
    // referred Mon 5 Jan 2026, completed Mon 19 Jan (10 working days).
    "AD-2025-001,adult,2026-01-05,,,2026-01-19,none,,,,,\n";

class ReviewHistoryTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    manager_ = Member(north_, "manager@example.org", Role::kBusinessManager);
    admin_ = Member(north_, "admin@example.org", Role::kAdministrator);
    auto imported = store().Write([&](Transaction& tx) {
      return ImportReviews(tx, north_, kHistory, Actor{north_, std::nullopt, std::nullopt, "cli"},
                           clock_.Now());
    });
    ASSERT_TRUE(imported.ok()) << imported.error().message;
    ASSERT_TRUE(imported->imported());
  }

  ReviewActivity Read(const DatePeriod& period) {
    auto activity =
        ReviewActivityService(store(), clock_, PartnershipDeadlines()).Read(manager_, period);
    EXPECT_TRUE(activity.ok()) << activity.error().message;
    return activity.ok() ? *activity : ReviewActivity{};
  }

  const DatePeriod year_2019_20_{D("2019-04-01"), D("2020-03-31")};
  const DatePeriod year_2025_26_{D("2025-04-01"), D("2026-03-31")};
  PartnershipId north_ = 0;
  Requester manager_;
  Requester admin_;
};

void ExpectSame(const Timeliness& before, const Timeliness& after) {
  EXPECT_EQ(after.assessed, before.assessed);
  EXPECT_EQ(after.within, before.within);
  EXPECT_EQ(after.late, before.late);
  EXPECT_EQ(after.no_start, before.no_start);
  EXPECT_EQ(after.no_end, before.no_end);
  EXPECT_EQ(after.median_days_late, before.median_days_late);
}

TEST_P(ReviewHistoryTest, TheFiguresOf2019To20StayTheSameAfterALaterRuleChange) {
  const ReviewActivity before = Read(year_2019_20_);
  EXPECT_EQ(before.notifications, 3);
  EXPECT_EQ(before.notification_timeliness.within, 1);
  EXPECT_EQ(before.notification_timeliness.late, 1);
  EXPECT_EQ(before.notification_timeliness.no_start, 1);  // unknown: no aware_on
  EXPECT_EQ(before.timeliness.assessed, 5);
  EXPECT_EQ(before.timeliness.within, 3);
  EXPECT_EQ(before.timeliness.late, 2);
  EXPECT_EQ(before.timeliness.median_days_late, 2.0);  // 1 and 3 working days late

  // In January 2026 the administrator gives adult rapid reviews 5 working days from today.
  CalendarService calendar(store(), clock_);
  const CivilDate today = D("2026-01-05");
  auto changed = calendar.AdjustRule(admin_, "adult_rapid_review", 5, today);
  ASSERT_TRUE(changed.ok()) << changed.error().message;
  // The statutory rules cannot be changed at all.
  auto refused = calendar.AdjustRule(admin_, "notification", 10, today);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().field, "code");
  EXPECT_FALSE(calendar.AdjustRule(admin_, "rapid_review", 20, today).ok());

  const ReviewActivity after = Read(year_2019_20_);
  EXPECT_EQ(after.notifications, before.notifications);
  EXPECT_EQ(after.rapid_reviews.total(), before.rapid_reviews.total());
  ExpectSame(before.notification_timeliness, after.notification_timeliness);
  ExpectSame(before.timeliness, after.timeliness);

  // The case referred on the day of the change follows the new version: 10 working days is late.
  const ReviewActivity now = Read(year_2025_26_);
  EXPECT_EQ(now.timeliness.assessed, 1);
  EXPECT_EQ(now.timeliness.late, 1);
  EXPECT_EQ(now.timeliness.median_days_late, 5.0);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(ReviewHistoryTest);

}  // namespace
}  // namespace assure::domain
