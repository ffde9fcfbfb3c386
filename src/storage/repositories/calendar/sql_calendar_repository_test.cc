#include "storage/repositories/calendar/sql_calendar_repository.h"

#include <gtest/gtest.h>

#include "storage/migrations/migrator.h"
#include "storage/sql/instant.h"
#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::CalendarAdjustment;
using domain::CalendarRepository;
using domain::Transaction;

domain::CivilDate D(const char* text) { return *domain::ParseCivilDate(text); }

class SqlCalendarRepositoryTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a_ = MakePartnership("area-a");
    b_ = MakePartnership("area-b");
    admin_ = MakeUser("admin@example.org", "Alex Admin");
  }

  // Runs fn(the calendar of `partnership`) in a write transaction.
  template <typename Fn>
  auto In(domain::PartnershipId partnership, Fn fn) {
    return store().Write([&](Transaction& tx) { return fn(tx.calendar(partnership)); });
  }

  core::Result<domain::StoredCalendarAdjustment> Add(domain::PartnershipId partnership,
                                                     const CalendarAdjustment& adjustment) {
    return In(partnership,
              [&](CalendarRepository& c) { return c.AddAdjustment(adjustment, admin_); });
  }

  domain::PartnershipId a_ = 0;
  domain::PartnershipId b_ = 0;
  domain::UserId admin_ = 0;
};

TEST_P(SqlCalendarRepositoryTest, AddsListsByDateAndRemovesAdjustments) {
  auto closure = Add(a_, {D("2025-12-24"), true, "Office closed"});
  ASSERT_TRUE(closure.ok()) << closure.error().message;
  EXPECT_EQ(closure->adjustment.date, D("2025-12-24"));
  EXPECT_TRUE(closure->adjustment.non_working);
  EXPECT_EQ(closure->created_by, admin_);
  EXPECT_EQ(closure->created_at, clock_.Now());
  auto worked = In(a_, [&](CalendarRepository& c) {
    return c.AddAdjustment({D("2025-08-25"), false, "Staffed as normal"}, std::nullopt);
  });
  ASSERT_TRUE(worked.ok()) << worked.error().message;
  EXPECT_FALSE(worked->created_by.has_value());

  auto listed = In(a_, [](CalendarRepository& c) { return c.ListAdjustments(); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].adjustment.date, D("2025-08-25"));
  EXPECT_FALSE((*listed)[0].adjustment.non_working);
  EXPECT_EQ((*listed)[0].adjustment.reason, "Staffed as normal");
  EXPECT_EQ((*listed)[1].adjustment.date, D("2025-12-24"));

  ASSERT_TRUE(
      In(a_, [](CalendarRepository& c) { return c.RemoveAdjustment(D("2025-12-24")); }).ok());
  listed = In(a_, [](CalendarRepository& c) { return c.ListAdjustments(); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ((*listed)[0].adjustment.date, D("2025-08-25"));
}

TEST_P(SqlCalendarRepositoryTest, ADateAlreadyAdjustedIsAConflictAndTheTransactionGoesOn) {
  ASSERT_TRUE(Add(a_, {D("2025-12-24"), true, "Office closed"}).ok());
  auto outcome = store().Write([&](Transaction& tx) -> core::Status {
    auto again = tx.calendar(a_).AddAdjustment({D("2025-12-24"), true, "Again"}, admin_);
    EXPECT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::kConflict);
    EXPECT_EQ(again.error().field, "date");
    // The same transaction can still write.
    auto other = tx.calendar(a_).AddAdjustment({D("2025-12-31"), true, "Stocktake"}, admin_);
    if (!other.ok()) return other.error();
    return core::Ok();
  });
  ASSERT_TRUE(outcome.ok()) << outcome.error().message;
  // Dates are unique only within a partnership.
  EXPECT_TRUE(Add(b_, {D("2025-12-24"), true, "Office closed"}).ok());
}

TEST_P(SqlCalendarRepositoryTest, RemovingADateWithNoAdjustmentIsNotFound) {
  auto removed = In(a_, [](CalendarRepository& c) { return c.RemoveAdjustment(D("2025-12-24")); });
  ASSERT_FALSE(removed.ok());
  EXPECT_EQ(removed.error().code, ErrorCode::kNotFound);
}

TEST_P(SqlCalendarRepositoryTest, OnePartnershipCannotSeeOrRemoveAnothersAdjustments) {
  ASSERT_TRUE(Add(b_, {D("2025-12-24"), true, "B's closure"}).ok());
  EXPECT_TRUE(In(a_, [](CalendarRepository& c) { return c.ListAdjustments(); })->empty());
  EXPECT_EQ(In(a_, [](CalendarRepository& c) { return c.RemoveAdjustment(D("2025-12-24")); })
                .error()
                .code,
            ErrorCode::kNotFound);
  EXPECT_EQ(In(b_, [](CalendarRepository& c) { return c.ListAdjustments(); })->size(), 1u);
}

TEST_P(SqlCalendarRepositoryTest, EachRuleChangeIsTheNextVersionFromTwo) {
  auto first = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("rapid_review", 20, D("2026-01-05"), admin_);
  });
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->version, 2);
  EXPECT_EQ(first->amount, 20);
  EXPECT_EQ(first->changed_by, admin_);
  clock_.Advance(std::chrono::minutes{5});
  auto second = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("rapid_review", 18, D("2026-02-01"), std::nullopt);
  });
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->version, 3);
  EXPECT_EQ(second->effective_from, D("2026-02-01"));
  EXPECT_EQ(second->changed_at, clock_.Now());
  auto other = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("notification", 6, D("2026-01-05"), admin_);
  });
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(other->version, 2);
  // Another partnership's versions are its own.
  auto theirs = In(b_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("rapid_review", 10, D("2026-01-05"), admin_);
  });
  ASSERT_TRUE(theirs.ok());
  EXPECT_EQ(theirs->version, 2);

  auto listed = In(a_, [](CalendarRepository& c) { return c.ListRuleOverrides(); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ((*listed)[0].code, "notification");
  EXPECT_EQ((*listed)[1].code, "rapid_review");
  EXPECT_EQ((*listed)[1].version, 2);
  EXPECT_EQ((*listed)[2].version, 3);
  EXPECT_EQ((*listed)[2].amount, 18);
  EXPECT_FALSE((*listed)[2].changed_by.has_value());
}

TEST_P(SqlCalendarRepositoryTest, EachVersionKeepsTheDateItComesIntoForce) {
  // Set on 5 January 2026, in force from 1 March; a later version in force sooner.
  auto march = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("adult_rapid_review", 20, D("2026-03-01"), admin_);
  });
  ASSERT_TRUE(march.ok()) << march.error().message;
  EXPECT_EQ(march->effective_from, D("2026-03-01"));
  auto today = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("adult_rapid_review", 12, D("2026-01-05"), admin_);
  });
  ASSERT_TRUE(today.ok()) << today.error().message;

  auto listed = In(a_, [](CalendarRepository& c) { return c.ListRuleOverrides(); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].version, 2);
  EXPECT_EQ((*listed)[0].effective_from, D("2026-03-01"));
  EXPECT_EQ((*listed)[0].amount, 20);
  EXPECT_EQ((*listed)[1].version, 3);
  EXPECT_EQ((*listed)[1].effective_from, D("2026-01-05"));
  EXPECT_EQ((*listed)[1].changed_at, clock_.Now());
}

TEST_P(SqlCalendarRepositoryTest, TheDatabaseRefusesUnknownRulesAndAmountsBelowOne) {
  auto unknown = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("bogus", 5, D("2026-01-05"), admin_);
  });
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(unknown.error().field, "code");
  auto zero = In(a_, [&](CalendarRepository& c) {
    return c.PutRuleOverride("rapid_review", 0, D("2026-01-05"), admin_);
  });
  ASSERT_FALSE(zero.ok());
  EXPECT_EQ(zero.error().field, "amount");
}

TEST_P(SqlCalendarRepositoryTest, RuleHistoryCannotBeRewritten) {
  ASSERT_TRUE(In(a_, [&](CalendarRepository& c) {
                return c.PutRuleOverride("rapid_review", 20, D("2026-01-05"), admin_);
              }).ok());
  auto rewrite = db().Write([](sql::Connection& c) -> core::Status {
    auto changed = c.Execute("UPDATE deadline_rule_overrides SET amount = 5");
    if (!changed.ok()) return changed.error();
    return core::Ok();
  });
  EXPECT_FALSE(rewrite.ok());
  auto erase = db().Write([](sql::Connection& c) -> core::Status {
    auto changed = c.Execute("DELETE FROM deadline_rule_overrides");
    if (!changed.ok()) return changed.error();
    return core::Ok();
  });
  EXPECT_FALSE(erase.ok());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlCalendarRepositoryTest);

// Migration 0013 over a database that already holds rule versions.
class RuleVersionsMigrationTest : public testing::DatabaseTest {
 protected:
  bool MigrateFirst() const override { return false; }
};

TEST_P(RuleVersionsMigrationTest, AVersionStoredBeforeIsInForceFromTheDayItWasMade) {
  constexpr std::size_t kBefore = 12;  // up to 0012_review_law
  ASSERT_EQ(EmbeddedMigrations()[kBefore].name, "0013_rule_versions");
  auto before = Migrate(db(), clock_, EmbeddedMigrations().first(kBefore));
  ASSERT_TRUE(before.ok()) << before.error().message;
  auto seeded = db().Write([](sql::Connection& c) -> core::Result<domain::PartnershipId> {
    ASSURE_ASSIGN_OR_RETURN(auto made, c.Query("INSERT INTO partnerships (slug, name, created_at)"
                                               " VALUES ('area-a', 'Area A',"
                                               " '2025-01-01T00:00:00.000000Z') RETURNING id"));
    const domain::PartnershipId id = made.rows.front().Int64(0);
    ASSURE_TRY(
        c.Execute("INSERT INTO deadline_rule_overrides"
                  " (partnership_id, code, version, amount, changed_at, changed_by)"
                  " VALUES (?, 'adult_rapid_review', 2, 20, '2025-03-04T23:30:00.000000Z',"
                  " NULL)",
                  {id}));
    ASSURE_TRY(
        c.Execute("INSERT INTO deadline_rule_overrides"
                  " (partnership_id, code, version, amount, changed_at, changed_by)"
                  " VALUES (?, 'rapid_review', 2, 25, '2025-06-30T08:00:00.000000Z', NULL)",
                  {id}));
    return id;
  });
  ASSERT_TRUE(seeded.ok()) << seeded.error().message;
  const domain::PartnershipId partnership = *seeded;

  auto after = Migrate(db(), clock_);
  ASSERT_TRUE(after.ok()) << after.error().message;
  auto listed = db().Write([&](sql::Connection& c) {
    SqlCalendarRepository calendar(c, clock_, partnership);
    return calendar.ListRuleOverrides();
  });
  ASSERT_TRUE(listed.ok()) << listed.error().message;
  ASSERT_EQ(listed->size(), 2u);
  EXPECT_EQ((*listed)[0].code, "adult_rapid_review");
  EXPECT_EQ((*listed)[0].amount, 20);
  EXPECT_EQ((*listed)[0].effective_from, D("2025-03-04"));  // the date part of changed_at
  EXPECT_EQ((*listed)[0].changed_at, *sql::ParseInstant("2025-03-04T23:30:00.000000Z"));
  EXPECT_EQ((*listed)[1].code, "rapid_review");  // kept as history
  EXPECT_EQ((*listed)[1].effective_from, D("2025-06-30"));

  // The rebuilt table takes the next version and is still append-only.
  auto next = db().Write([&](sql::Connection& c) {
    SqlCalendarRepository calendar(c, clock_, partnership);
    return calendar.PutRuleOverride("adult_rapid_review", 18, D("2026-01-05"), std::nullopt);
  });
  ASSERT_TRUE(next.ok()) << next.error().message;
  EXPECT_EQ(next->version, 3);
  auto rewrite = db().Write([](sql::Connection& c) -> core::Status {
    auto changed = c.Execute("UPDATE deadline_rule_overrides SET effective_from = '2020-01-01'");
    if (!changed.ok()) return changed.error();
    return core::Ok();
  });
  EXPECT_FALSE(rewrite.ok());
}

ASSURE_INSTANTIATE_BACKEND_TESTS(RuleVersionsMigrationTest);

}  // namespace
}  // namespace assure::storage
