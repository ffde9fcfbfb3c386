// The review figures' aggregates on both backends, through the Store as the service uses them:
// each figure counts by its own date, both ends of the period included, split as
// doc/figures.md says; another partnership's records never count.
#include "storage/repositories/reviews/sql_review_figures_repository.h"

#include <gtest/gtest.h>

#include "domain/reviews/figures/review_activity.h"
#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using domain::CaseType;
using domain::CivilDate;
using domain::DatePeriod;

CivilDate Date(std::string_view text) { return domain::ParseCivilDate(text).value(); }

// One case's dates; empty text = not recorded.
struct Seed {
  std::string reference;
  CaseType type = CaseType::kChild;
  std::string received;
  std::string notified;
  std::string completed;
  std::string kind;  // a FullReviewKindName, or empty
  std::string decided;
  std::vector<std::string> themes;
};

class SqlReviewFiguresRepositoryTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    north_ = MakePartnership("northshire");
    south_ = MakePartnership("southshire");
    for (auto partnership : {north_, south_}) {
      auto added = store().Write([&](domain::Transaction& tx) -> core::Status {
        for (const char* theme : {"neglect", "self-neglect", "exploitation"}) {
          ASSURE_TRY(tx.themes(partnership).Add(theme));
        }
        return core::Ok();
      });
      ASSERT_TRUE(added.ok()) << added.error().message;
    }
  }

  void Add(domain::PartnershipId partnership, const Seed& seed) {
    auto made = store().Write([&](domain::Transaction& tx) -> core::Status {
      domain::NewCase draft;
      draft.reference = seed.reference;
      draft.type = seed.type;
      draft.subjects = {domain::Subject{0, "Child A"}};
      draft.aware_on = Date(seed.received);
      draft.referral = {Date(seed.received), "Designated nurse", ""};
      draft.themes = seed.themes;
      auto created = tx.cases(partnership).Create(draft);
      if (!created.ok()) return created.error();
      auto& records = tx.review_records(partnership);
      if (!seed.notified.empty()) {
        auto put = records.PutNotification({created->id, Date(seed.notified), "", 0});
        if (!put.ok()) return put.error();
      }
      if (!seed.completed.empty()) {
        domain::RapidReview review;
        review.case_id = created->id;
        review.meeting_on = Date(seed.completed);
        review.completed_on = Date(seed.completed);
        // A child's or joint case's goes to the national panel the day it is completed.
        if (domain::NotifiesPanel(seed.type)) review.sent_to_panel_on = review.completed_on;
        review.decision = domain::ReviewDecision::kOther;
        auto put = records.PutRapidReview(review);
        if (!put.ok()) return put.error();
      }
      if (!seed.kind.empty()) {
        domain::FullReview review;
        review.case_id = created->id;
        review.kind = domain::ParseFullReviewKind(seed.kind).value();
        review.decided_on = Date(seed.decided);
        auto put = records.PutFullReview(review);
        if (!put.ok()) return put.error();
      }
      return core::Ok();
    });
    ASSERT_TRUE(made.ok()) << seed.reference << ": " << made.error().message;
  }

  // The records of the year 2019-20 and either side of it.
  void SeedTheYear() {
    // Referred on the first day; notified, reviewed and decided in the year.
    Add(north_, {"N-1",
                 CaseType::kChild,
                 "2019-04-01",
                 "2019-04-01",
                 "2019-04-20",
                 "cspr",
                 "2019-04-25",
                 {"neglect"}});
    // Referred on the last day.
    Add(north_,
        {"N-2", CaseType::kAdult, "2020-03-31", "", "", "", "", {"neglect", "self-neglect"}});
    // Referred and notified the day before the year; reviewed on its first day, a joint
    // review decided on its last.
    Add(north_, {"N-3",
                 CaseType::kJoint,
                 "2019-03-31",
                 "2019-03-31",
                 "2019-04-01",
                 "joint",
                 "2020-03-31",
                 {"exploitation"}});
    // Referred the day after; reviewed after.
    Add(north_, {"N-4", CaseType::kAdult, "2020-04-01", "", "2020-04-02", "", "", {"neglect"}});
    // Reviewed on the last day; the SAR decided the day after.
    Add(north_, {"N-5", CaseType::kAdult, "2019-06-01", "", "2020-03-31", "sar", "2020-04-01", {}});
    // A DHR (an adult case): the Community Safety Partnership's review, counted as a DHR and
    // never as an adult full review.
    Add(north_, {"N-6", CaseType::kAdult, "2019-07-01", "", "", "dhr", "2019-08-01", {}});
    // Another partnership's records of the same year.
    Add(south_, {"S-1",
                 CaseType::kChild,
                 "2019-05-01",
                 "2019-05-02",
                 "2019-05-20",
                 "cspr",
                 "2019-05-25",
                 {"neglect"}});
    Add(south_, {"S-2",
                 CaseType::kJoint,
                 "2019-05-01",
                 "2019-05-02",
                 "2019-05-20",
                 "joint",
                 "2019-05-25",
                 {"exploitation"}});
  }

  template <typename Fn>
  auto Figures(domain::PartnershipId partnership, Fn fn) {
    return store().Read(
        [&](domain::Transaction& tx) { return fn(tx.review_figures(partnership)); });
  }

  const DatePeriod year_{Date("2019-04-01"), Date("2020-03-31")};
  domain::PartnershipId north_ = 0;
  domain::PartnershipId south_ = 0;
};

TEST_P(SqlReviewFiguresRepositoryTest, ReferralsCountByReceivedDateWithBothEndsIncluded) {
  SeedTheYear();
  auto referrals = Figures(north_, [&](auto& f) { return f.ReferralsReceived(year_); });
  ASSERT_TRUE(referrals.ok()) << referrals.error().message;
  EXPECT_EQ(referrals->adult, 3);  // N-2 (last day), N-5, N-6
  EXPECT_EQ(referrals->child, 1);  // N-1 (first day)
  EXPECT_EQ(referrals->joint, 0);  // N-3 was the day before
  auto last_day = Figures(north_, [&](auto& f) {
    return f.ReferralsReceived({Date("2020-03-31"), Date("2020-03-31")});
  });
  EXPECT_EQ(last_day->total(), 1);
}

TEST_P(SqlReviewFiguresRepositoryTest, RapidReviewsCountByCompletionAndTheirCaseType) {
  SeedTheYear();
  auto reviews = Figures(north_, [&](auto& f) { return f.RapidReviewsCompleted(year_); });
  ASSERT_TRUE(reviews.ok()) << reviews.error().message;
  EXPECT_EQ(reviews->child, 1);  // N-1
  EXPECT_EQ(reviews->joint, 1);  // N-3, on the first day, though referred before
  EXPECT_EQ(reviews->adult, 1);  // N-5 on the last day; N-4 after
}

TEST_P(SqlReviewFiguresRepositoryTest, FullReviewsCountByDecisionDateAndKind) {
  SeedTheYear();
  auto kinds = Figures(north_, [&](auto& f) { return f.FullReviewsDecided(year_); });
  ASSERT_TRUE(kinds.ok()) << kinds.error().message;
  EXPECT_EQ(kinds->cspr, 1);
  EXPECT_EQ(kinds->joint, 1);  // decided on the last day
  EXPECT_EQ(kinds->dhr, 1);
  EXPECT_EQ(kinds->sar, 0);  // decided the day after
}

TEST_P(SqlReviewFiguresRepositoryTest, ADhrIsCountedAsADhrAndNeverAsAnAdultFullReview) {
  // Two adult cases decided in the same year: one SAR, one DHR.
  Add(north_, {"A-1", CaseType::kAdult, "2019-05-01", "", "", "sar", "2019-06-01", {}});
  Add(north_, {"A-2", CaseType::kAdult, "2019-05-01", "", "", "dhr", "2019-06-01", {}});
  auto north = store().Read([&](domain::Transaction& tx) {
    return domain::ComputeReviewActivity(tx.review_figures(north_), year_, domain::DeadlineRules{},
                                         domain::WorkingCalendar{});
  });
  ASSERT_TRUE(north.ok()) << north.error().message;
  EXPECT_EQ(north->full_reviews.adult, 1);  // the SAR only
  EXPECT_EQ(north->full_reviews.dhr, 1);
  EXPECT_EQ(north->full_reviews.total(), 1);
  EXPECT_EQ(north->referrals.adult, 2);  // referrals still count by the case's type
}

TEST_P(SqlReviewFiguresRepositoryTest, NotificationsAndTimingsOfThePeriod) {
  SeedTheYear();
  auto sent = Figures(north_, [&](auto& f) { return f.NotificationsSent(year_); });
  ASSERT_TRUE(sent.ok()) << sent.error().message;
  EXPECT_EQ(*sent, 1);  // N-1; N-3's was the day before
  auto timings = Figures(north_, [&](auto& f) { return f.RapidReviewTimings(year_); });
  ASSERT_TRUE(timings.ok()) << timings.error().message;
  ASSERT_EQ(timings->size(), 3u);
  EXPECT_EQ((*timings)[0].completed_on, Date("2019-04-01"));  // N-3 first
  EXPECT_EQ((*timings)[0].type, CaseType::kJoint);
  EXPECT_EQ((*timings)[0].notification_sent_on, Date("2019-03-31"));
  EXPECT_EQ((*timings)[1].completed_on, Date("2019-04-20"));
  EXPECT_EQ((*timings)[1].sent_to_panel_on, Date("2019-04-20"));
  EXPECT_EQ((*timings)[2].type, CaseType::kAdult);
  EXPECT_FALSE((*timings)[2].sent_to_panel_on.has_value());
  // The notifications sent in the period, with the date their case's partnership became aware.
  auto notified = Figures(north_, [&](auto& f) { return f.NotificationTimings(year_); });
  ASSERT_TRUE(notified.ok()) << notified.error().message;
  ASSERT_EQ(notified->size(), 1u);  // N-1
  EXPECT_EQ((*notified)[0].aware_on, Date("2019-04-01"));
  EXPECT_EQ((*notified)[0].sent_on, Date("2019-04-01"));
  EXPECT_FALSE((*timings)[2].notification_sent_on.has_value());
  EXPECT_EQ((*timings)[2].referral_received_on, Date("2019-06-01"));
}

TEST_P(SqlReviewFiguresRepositoryTest, ThemesCountTheReferralsOfThePeriodMostFirst) {
  SeedTheYear();
  auto themes = Figures(north_, [&](auto& f) { return f.ReferralThemes(year_); });
  ASSERT_TRUE(themes.ok()) << themes.error().message;
  ASSERT_EQ(themes->size(), 2u);  // exploitation is N-3's, referred before the year
  EXPECT_EQ((*themes)[0].theme, "neglect");
  EXPECT_EQ((*themes)[0].cases, 2);
  EXPECT_EQ((*themes)[1].theme, "self-neglect");
  EXPECT_EQ((*themes)[1].cases, 1);
}

TEST_P(SqlReviewFiguresRepositoryTest, AnotherPartnershipsRecordsNeverCount) {
  SeedTheYear();
  auto south = store().Read([&](domain::Transaction& tx) {
    return domain::ComputeReviewActivity(tx.review_figures(south_), year_, domain::DeadlineRules{},
                                         domain::WorkingCalendar{});
  });
  ASSERT_TRUE(south.ok()) << south.error().message;
  EXPECT_EQ(south->referrals.total(), 2);
  EXPECT_EQ(south->rapid_reviews.total(), 2);
  EXPECT_EQ(south->full_reviews.child, 1);
  EXPECT_EQ(south->full_reviews.joint, 1);
  EXPECT_EQ(south->full_reviews.dhr, 0);  // north's DHR is not south's
  EXPECT_EQ(south->notifications, 2);
  ASSERT_EQ(south->themes.size(), 2u);
  EXPECT_EQ(south->themes[0].cases, 1);
  // A partnership with nothing in the period counts zero everywhere.
  const auto empty_partnership = MakePartnership("westshire");
  auto west = store().Read([&](domain::Transaction& tx) {
    return domain::ComputeReviewActivity(tx.review_figures(empty_partnership), year_,
                                         domain::DeadlineRules{}, domain::WorkingCalendar{});
  });
  ASSERT_TRUE(west.ok()) << west.error().message;
  EXPECT_EQ(west->referrals.total() + west->rapid_reviews.total() + west->full_reviews.total() +
                west->full_reviews.dhr + west->notifications,
            0);
  EXPECT_TRUE(west->themes.empty());
  EXPECT_EQ(west->timeliness.assessed, 0);
}

TEST_P(SqlReviewFiguresRepositoryTest, TheWholeYearComputedThroughOneTransaction) {
  SeedTheYear();
  auto north = store().Read([&](domain::Transaction& tx) {
    return domain::ComputeReviewActivity(tx.review_figures(north_), year_, domain::DeadlineRules{},
                                         domain::WorkingCalendar{});
  });
  ASSERT_TRUE(north.ok()) << north.error().message;
  EXPECT_EQ(north->referrals.total(), 4);
  EXPECT_EQ(north->rapid_reviews.total(), 3);
  EXPECT_EQ(north->full_reviews.adult, 0);  // N-5's SAR is decided after; N-6's DHR is no SAR
  EXPECT_EQ(north->full_reviews.child, 1);
  EXPECT_EQ(north->full_reviews.joint, 1);
  EXPECT_EQ(north->full_reviews.dhr, 1);      // N-6
  EXPECT_EQ(north->full_reviews.total(), 2);  // the partnership's own: no DHR
  // N-3: notified 31 March 2019, reviewed 1 April 2019: within. N-1: notified 1 April, reviewed
  // 20 April (Easter 2019 was 19-22 April): within. N-5: referred 1 June 2019, reviewed 31 March
  // 2020: late.
  EXPECT_EQ(north->timeliness.assessed, 3);
  EXPECT_EQ(north->timeliness.within, 2);
  EXPECT_EQ(north->timeliness.late, 1);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlReviewFiguresRepositoryTest);

}  // namespace
}  // namespace assure::storage
