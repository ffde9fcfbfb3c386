#include "storage/repositories/identity/sql_membership_repository.h"

#include <gtest/gtest.h>

#include "testing/store_fixture.h"

namespace assure::storage {
namespace {

using core::ErrorCode;
using domain::Membership;
using domain::Role;
using domain::Transaction;

class SqlMembershipRepositoryTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    a_ = MakePartnership("area-a");
    b_ = MakePartnership("area-b");
    sam_ = MakeUser("sam@example.org", "Sam Patel");
  }

  // Runs fn(memberships of `partnership`) in a write transaction.
  template <typename Fn>
  auto In(domain::PartnershipId partnership, Fn fn) {
    return store().Write([&](Transaction& tx) { return fn(tx.memberships(partnership)); });
  }

  core::Result<Membership> Add(domain::PartnershipId partnership, domain::UserId user, Role role,
                               std::optional<domain::AgencyId> agency = std::nullopt) {
    return In(partnership, [&](auto& m) { return m.Add({0, partnership, user, role, agency, 0}); });
  }

  domain::PartnershipId a_ = 0;
  domain::PartnershipId b_ = 0;
  domain::UserId sam_ = 0;
};

TEST_P(SqlMembershipRepositoryTest, AddsReadsUpdatesAndRemoves) {
  const auto police = MakeAgency(a_, "Police");
  auto added = Add(a_, sam_, Role::kAgencyLead, police);
  ASSERT_TRUE(added.ok()) << added.error().message;
  EXPECT_EQ(added->partnership_id, a_);
  EXPECT_EQ(added->user_id, sam_);
  EXPECT_EQ(added->agency_id, police);
  EXPECT_EQ(added->version, 1);

  auto read = In(a_, [&](auto& m) { return m.Get(added->id); });
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->role, Role::kAgencyLead);

  Membership changed = *read;
  changed.role = Role::kBusinessOfficer;
  changed.agency_id.reset();
  auto updated = In(a_, [&](auto& m) { return m.Update(changed); });
  ASSERT_TRUE(updated.ok()) << updated.error().message;
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->role, Role::kBusinessOfficer);
  EXPECT_FALSE(updated->agency_id.has_value());

  auto stale = In(a_, [&](auto& m) { return m.Remove(added->id, 1); });
  ASSERT_FALSE(stale.ok());
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  ASSERT_TRUE(In(a_, [&](auto& m) { return m.Remove(added->id, 2); }).ok());
  EXPECT_EQ(In(a_, [&](auto& m) { return m.Get(added->id); }).error().code, ErrorCode::kNotFound);
}

TEST_P(SqlMembershipRepositoryTest, OneRoleOncePerPersonAndPartnership) {
  ASSERT_TRUE(Add(a_, sam_, Role::kReviewer).ok());
  auto again = Add(a_, sam_, Role::kReviewer);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code, ErrorCode::kConflict);
  EXPECT_EQ(again.error().field, "role");
  EXPECT_TRUE(Add(a_, sam_, Role::kAuditor).ok());
  EXPECT_TRUE(Add(b_, sam_, Role::kReviewer).ok());
  auto mine = In(a_, [&](auto& m) { return m.ForUser(sam_); });
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(mine->size(), 2u);
}

TEST_P(SqlMembershipRepositoryTest, AnAgencyLeadNeedsAnAgencyOfThisPartnership) {
  auto no_agency = Add(a_, sam_, Role::kAgencyLead);
  ASSERT_FALSE(no_agency.ok());
  EXPECT_EQ(no_agency.error().field, "agency");

  const auto theirs = MakeAgency(b_, "B's police");
  auto other_agency = Add(a_, sam_, Role::kAgencyLead, theirs);
  ASSERT_FALSE(other_agency.ok());
  EXPECT_EQ(other_agency.error().code, ErrorCode::kInvalidInput);
  EXPECT_EQ(other_agency.error().field, "agency");

  const auto ours = MakeAgency(a_, "A's police");
  auto added = Add(a_, sam_, Role::kAgencyLead, ours);
  ASSERT_TRUE(added.ok());
  Membership moved = *added;
  moved.agency_id = theirs;
  auto update = In(a_, [&](auto& m) { return m.Update(moved); });
  ASSERT_FALSE(update.ok());
  EXPECT_EQ(update.error().field, "agency");
}

TEST_P(SqlMembershipRepositoryTest, TheDatabaseItselfRefusesAnotherPartnershipsAgency) {
  const auto theirs = MakeAgency(b_, "B's police");
  auto inserted = db().Write([&](sql::Connection& c) {
    return c.Execute(
        "INSERT INTO memberships (partnership_id, user_id, role, agency_id, created_at)"
        " VALUES (?, ?, 'board_member', ?, 'now')",
        {a_, sam_, theirs});
  });
  ASSERT_FALSE(inserted.ok());
  EXPECT_EQ(inserted.error().code, ErrorCode::kInvalidInput);
  auto bad_role = db().Write([&](sql::Connection& c) {
    return c.Execute(
        "INSERT INTO memberships (partnership_id, user_id, role, created_at)"
        " VALUES (?, ?, 'superuser', 'now')",
        {a_, sam_});
  });
  ASSERT_FALSE(bad_role.ok());
  EXPECT_EQ(bad_role.error().field, "role");
}

TEST_P(SqlMembershipRepositoryTest, ListsMembersWithTheirUsersByCaseFoldedName) {
  const auto zoe = MakeUser("zoe@example.org", "zoe Adams");
  const auto amir = MakeUser("amir@example.org", "Amir Khan");
  const auto outsider = MakeUser("b@example.org", "Aaron Outsider");
  ASSERT_TRUE(Add(a_, zoe, Role::kBoardMember).ok());
  ASSERT_TRUE(Add(a_, sam_, Role::kAdministrator).ok());
  ASSERT_TRUE(Add(a_, amir, Role::kReviewer).ok());
  ASSERT_TRUE(Add(b_, outsider, Role::kAdministrator).ok());
  auto members = In(a_, [](auto& m) { return m.ListMembers(); });
  ASSERT_TRUE(members.ok()) << members.error().message;
  std::vector<std::string> names;
  for (const domain::Member& member : *members) {
    names.push_back(member.user.display_name);
    EXPECT_EQ(member.membership.user_id, member.user.id);
    EXPECT_EQ(member.membership.partnership_id, a_);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"Amir Khan", "Sam Patel", "zoe Adams"}));
}

TEST_P(SqlMembershipRepositoryTest, OnePartnershipCannotReachAnothersMembersOrUsers) {
  const auto theirs = MakeUser("them@example.org", "Their Person");
  auto membership = Add(b_, theirs, Role::kAdministrator);
  ASSERT_TRUE(membership.ok());
  ASSERT_TRUE(Add(a_, sam_, Role::kAdministrator).ok());

  EXPECT_EQ(In(a_, [&](auto& m) { return m.Get(membership->id); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(In(a_, [&](auto& m) { return m.ForUser(theirs); })->empty());
  auto listed = In(a_, [](auto& m) { return m.ListMembers(); });
  ASSERT_TRUE(listed.ok());
  ASSERT_EQ(listed->size(), 1u);
  EXPECT_EQ(listed->front().user.id, sam_);
  EXPECT_EQ(In(a_, [&](auto& m) { return m.GetMemberUser(theirs); }).error().code,
            ErrorCode::kNotFound);
  EXPECT_TRUE(In(b_, [&](auto& m) { return m.GetMemberUser(theirs); }).ok());

  Membership hijack = *membership;
  hijack.partnership_id = a_;
  hijack.role = Role::kAuditor;
  EXPECT_EQ(In(a_, [&](auto& m) { return m.Update(hijack); }).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(In(a_, [&](auto& m) { return m.Remove(membership->id, 1); }).error().code,
            ErrorCode::kNotFound);
  auto still = In(b_, [&](auto& m) { return m.Get(membership->id); });
  ASSERT_TRUE(still.ok());
  EXPECT_EQ(still->role, Role::kAdministrator);
}

ASSURE_INSTANTIATE_BACKEND_TESTS(SqlMembershipRepositoryTest);

}  // namespace
}  // namespace assure::storage
