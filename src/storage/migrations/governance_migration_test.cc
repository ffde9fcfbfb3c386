// Migration 0025 (governance) on a database that already holds memberships and action sources,
// on both backends: membership ids survive the widened role CHECK (and none is given out twice),
// the finance officer role and the action source "meeting" are accepted, and the old rules still
// hold.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "storage/migrations/migrator.h"
#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Membership;
using domain::Role;

class GovernanceMigrationTest : public testing::StoreTest {
 protected:
  bool MigrateFirst() const override { return false; }

  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    const auto all = EmbeddedMigrations();
    const auto before = static_cast<std::size_t>(
        std::find_if(all.begin(), all.end(), [](const Migration& m) { return m.version >= 25; }) -
        all.begin());
    ASSERT_LT(before, all.size());
    ASSERT_EQ(all[before].name, "0025_governance");
    ASSERT_TRUE(Migrate(db(), clock_, all.first(before)).ok());
  }

  void MigrateTheRest() {
    auto migrated = Migrate(db(), clock_);
    ASSERT_TRUE(migrated.ok()) << migrated.error().message;
    EXPECT_GE(*migrated, 1);
  }

  core::Status Run(const std::string& statement, std::initializer_list<sql::Value> values) {
    const std::vector<sql::Value> params{values};
    return db().Write([&](sql::Connection& c) -> core::Status {
      ASSURE_TRY(c.Execute(statement, params));
      return core::Ok();
    });
  }

  core::Result<Membership> Get(domain::PartnershipId partnership, domain::MembershipId id) {
    return store().Read(
        [&](domain::Transaction& tx) { return tx.memberships(partnership).Get(id); });
  }
};

TEST_P(GovernanceMigrationTest, KeepsEveryMembershipWithItsIdAndAcceptsTheFinanceOfficer) {
  const domain::PartnershipId north = MakePartnership("northshire");
  const domain::AgencyId police = MakeAgency(north, "Northshire Police");
  const domain::UserId chair = MakeUser("chair@example.org", "Alex Chair");
  const domain::UserId lead = MakeUser("lead@example.org", "Kim Lead");
  const domain::UserId auditor = MakeUser("auditor@example.org", "Robin Audit");
  const Membership administrator = MakeMember(north, chair, Role::kAdministrator);
  const Membership agency_lead = MakeMember(north, lead, Role::kAgencyLead, police);
  const Membership audits = MakeMember(north, auditor, Role::kAuditor);
  // The newest membership is removed: its id must not be given out again after the migration.
  const Membership removed = MakeMember(north, auditor, Role::kReviewer);
  ASSERT_TRUE(store()
                  .Write([&](domain::Transaction& tx) {
                    return tx.memberships(north).Remove(removed.id, removed.version);
                  })
                  .ok());

  MigrateTheRest();

  auto first = Get(north, administrator.id);
  ASSERT_TRUE(first.ok()) << first.error().message;
  EXPECT_EQ(first->user_id, chair);
  EXPECT_EQ(first->role, Role::kAdministrator);
  EXPECT_EQ(first->version, administrator.version);
  auto second = Get(north, agency_lead.id);
  ASSERT_TRUE(second.ok()) << second.error().message;
  EXPECT_EQ(second->role, Role::kAgencyLead);
  EXPECT_EQ(second->agency_id, police);
  auto third = Get(north, audits.id);
  ASSERT_TRUE(third.ok()) << third.error().message;
  EXPECT_EQ(third->role, Role::kAuditor);
  auto gone = Get(north, removed.id);
  ASSERT_FALSE(gone.ok());
  EXPECT_EQ(gone.error().code, ErrorCode::kNotFound);

  const Membership finance = MakeMember(north, chair, Role::kFinanceOfficer);
  EXPECT_GT(finance.id, removed.id);
  auto read = Get(north, finance.id);
  ASSERT_TRUE(read.ok()) << read.error().message;
  EXPECT_EQ(read->role, Role::kFinanceOfficer);
}

TEST_P(GovernanceMigrationTest, TheMembershipRulesStillHold) {
  const domain::PartnershipId north = MakePartnership("northshire");
  const domain::UserId user = MakeUser("member@example.org");
  MigrateTheRest();
  const std::string insert =
      "INSERT INTO memberships (partnership_id, user_id, role, agency_id, created_at)"
      " VALUES (?, ?, ?, NULL, '2025-01-01T00:00:00.000000Z')";
  auto unknown = Run(insert, {north, user, std::string{"treasurer"}});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(unknown.error().field, "role");
  auto no_agency = Run(insert, {north, user, std::string{"agency_lead"}});
  ASSERT_FALSE(no_agency.ok());
  EXPECT_EQ(no_agency.error().field, "agency_id");
  ASSERT_TRUE(Run(insert, {north, user, std::string{"finance_officer"}}).ok());
  auto twice = Run(insert, {north, user, std::string{"finance_officer"}});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
}

TEST_P(GovernanceMigrationTest, KeepsActionSourcesAndAcceptsTheMeetingSource) {
  const domain::PartnershipId north = MakePartnership("northshire");
  const domain::AgencyId police = MakeAgency(north, "Northshire Police");
  auto action = db().Write([&](sql::Connection& c) {
    return c.Query(
        "INSERT INTO actions (partnership_id, title, owner_agency_id, lead_name, due_on,"
        " priority, created_at) VALUES (?, 'Share the plan', ?, 'Kim Lead', '2025-06-30',"
        " 'high', '2025-01-01T00:00:00.000000Z') RETURNING id",
        {north, police});
  });
  ASSERT_TRUE(action.ok()) << action.error().message;
  const std::int64_t action_id = (*action)[0].Int64(0);
  const std::string source =
      "INSERT INTO action_sources (partnership_id, action_id, position, kind, ref_id, label)"
      " VALUES (?, ?, ?, ?, ?, ?)";
  ASSERT_TRUE(Run(source, {north, action_id, std::int64_t{1}, std::string{"national_review"},
                           nullptr, std::string{"A national review"}})
                  .ok());

  MigrateTheRest();

  auto kept = db().Read([&](sql::Connection& c) {
    return c.Query(
        "SELECT position, kind, ref_id, label FROM action_sources"
        " WHERE partnership_id = ?",
        {north});
  });
  ASSERT_TRUE(kept.ok()) << kept.error().message;
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ((*kept)[0].Int64(0), 1);
  EXPECT_EQ((*kept)[0].Text(1), "national_review");
  EXPECT_TRUE((*kept)[0].IsNull(2));
  EXPECT_EQ((*kept)[0].Text(3), "A national review");

  // With a label, so that only the ref_id rule is broken.
  auto unnamed = Run(source, {north, action_id, std::int64_t{2}, std::string{"meeting"}, nullptr,
                              std::string{"Board, March"}});
  ASSERT_FALSE(unnamed.ok());
  EXPECT_EQ(unnamed.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(unnamed.error().field, "ref_id");
  EXPECT_TRUE(Run(source, {north, action_id, std::int64_t{2}, std::string{"meeting"},
                           std::int64_t{7}, std::string{}})
                  .ok());
  auto twice = Run(source, {north, action_id, std::int64_t{2}, std::string{"board_decision"},
                            nullptr, std::string{"Board, March"}});
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, ErrorCode::kConflict);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(GovernanceMigrationTest);

}  // namespace
}  // namespace assure::storage
