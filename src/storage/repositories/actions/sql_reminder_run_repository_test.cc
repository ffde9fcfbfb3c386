#include "storage/repositories/actions/sql_reminder_run_repository.h"

#include <gtest/gtest.h>

#include "storage/repositories/reviews/case_test_support.h"

namespace assure::storage {
namespace {

using core::ErrorCode;

class SqlReminderRunRepositoryTest : public CaseStorageTest {
 protected:
  void SetUp() override {
    CaseStorageTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    lead_ = MakeUser("lead@example.org");
    other_lead_ = MakeUser("other.lead@example.org");
  }

  template <typename Fn>
  auto Runs(domain::PartnershipId partnership, Fn fn) {
    return In<SqlReminderRunRepository>(partnership, fn);
  }

  const domain::CivilDate monday_ = Day("2025-06-02");
  const domain::CivilDate tuesday_ = Day("2025-06-03");
  domain::UserId lead_ = 0;
  domain::UserId other_lead_ = 0;
};

TEST_P(SqlReminderRunRepositoryTest, ADayIsFinishedOnlyForThePartnershipAndDayRecorded) {
  EXPECT_FALSE(*Runs(partnership_a_, [&](auto& r) { return r.Finished(monday_); }));
  ASSERT_TRUE(Runs(partnership_a_, [&](auto& r) { return r.Finish(monday_, 2); }).ok());
  EXPECT_TRUE(*Runs(partnership_a_, [&](auto& r) { return r.Finished(monday_); }));
  EXPECT_FALSE(*Runs(partnership_a_, [&](auto& r) { return r.Finished(tuesday_); }));
  EXPECT_FALSE(*Runs(partnership_b_, [&](auto& r) { return r.Finished(monday_); }));
}

TEST_P(SqlReminderRunRepositoryTest, FinishingADayTwiceIsOkAndKeepsTheFirstRecord) {
  ASSERT_TRUE(Runs(partnership_a_, [&](auto& r) { return r.Finish(monday_, 2); }).ok());
  auto again = db().Write([&](sql::Connection& c) -> core::Status {
    SqlReminderRunRepository runs{c, clock_, partnership_a_};
    ASSURE_TRY(runs.Finish(monday_, 5));
    return runs.Finish(tuesday_, 0);  // the transaction is still usable
  });
  ASSERT_TRUE(again.ok()) << again.error().message;
  auto digests = db().Read([&](sql::Connection& c) {
    return c.Query("SELECT digests FROM reminder_runs WHERE partnership_id = ? AND run_on = ?",
                   {partnership_a_, std::string{"2025-06-02"}});
  });
  ASSERT_TRUE(digests.ok());
  ASSERT_EQ(digests->size(), 1u);
  EXPECT_EQ(digests->rows.front().Int64(0), 2);
}

TEST_P(SqlReminderRunRepositoryTest, ALeadsDigestIsClaimedOncePerDayAndPartnership) {
  EXPECT_TRUE(*Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, lead_, 3); }));
  EXPECT_FALSE(*Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, lead_, 3); }));
  EXPECT_TRUE(*Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, other_lead_, 1); }));
  EXPECT_TRUE(*Runs(partnership_a_, [&](auto& r) { return r.Claim(tuesday_, lead_, 3); }));
  EXPECT_TRUE(*Runs(partnership_b_, [&](auto& r) { return r.Claim(monday_, lead_, 1); }));
  EXPECT_EQ(*Runs(partnership_a_, [&](auto& r) { return r.Claimed(monday_); }), 2);
  EXPECT_EQ(*Runs(partnership_b_, [&](auto& r) { return r.Claimed(monday_); }), 1);
}

TEST_P(SqlReminderRunRepositoryTest, AReleasedClaimCanBeClaimedAgain) {
  ASSERT_TRUE(*Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, lead_, 3); }));
  ASSERT_TRUE(*Runs(partnership_b_, [&](auto& r) { return r.Claim(monday_, lead_, 1); }));
  ASSERT_TRUE(Runs(partnership_a_, [&](auto& r) { return r.Release(monday_, lead_); }).ok());
  EXPECT_EQ(*Runs(partnership_a_, [&](auto& r) { return r.Claimed(monday_); }), 0);
  EXPECT_EQ(*Runs(partnership_b_, [&](auto& r) { return r.Claimed(monday_); }), 1);
  EXPECT_TRUE(*Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, lead_, 3); }));
}

TEST_P(SqlReminderRunRepositoryTest, AClaimForNoAccountOrNoActionsIsInvalidInput) {
  auto nobody = Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, 999999, 1); });
  ASSERT_FALSE(nobody.ok());
  EXPECT_EQ(nobody.error().code, ErrorCode::kInvalidInput);
  auto empty = Runs(partnership_a_, [&](auto& r) { return r.Claim(monday_, lead_, 0); });
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "actions");
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlReminderRunRepositoryTest);

}  // namespace
}  // namespace assure::storage
