#include "domain/access/policy.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace assure::domain {
namespace {

Principal PrincipalWith(std::vector<Membership> memberships) {
  Principal p;
  p.user_id = 7;
  p.partnership_id = 1;
  p.memberships = std::move(memberships);
  return p;
}

// A record of `partnership`, with `owner` as its account owner when given.
RecordScope In(PartnershipId partnership, std::optional<UserId> owner = std::nullopt) {
  RecordScope record;
  record.partnership_id = partnership;
  record.owner_user_id = owner;
  return record;
}

Membership As(Role role, std::optional<AgencyId> agency = std::nullopt,
              PartnershipId partnership = 1) {
  Membership m;
  m.partnership_id = partnership;
  m.user_id = 7;
  m.role = role;
  m.agency_id = agency;
  return m;
}

TEST(PolicyTest, AdministratorManagesUsersOfTheirPartnershipOnly) {
  const auto admin = PrincipalWith({As(Role::kAdministrator)});
  EXPECT_TRUE(Permits(admin, Resource::kUser, Action::kCreate, In(1)));
  EXPECT_FALSE(Permits(admin, Resource::kUser, Action::kCreate, In(2)));
}

TEST(PolicyTest, AgencyLeadReadsAgenciesButCannotChangeThem) {
  const auto lead = PrincipalWith({As(Role::kAgencyLead, 3)});
  EXPECT_TRUE(Permits(lead, Resource::kAgency, Action::kRead, In(1)));
  EXPECT_FALSE(Permits(lead, Resource::kAgency, Action::kUpdate, In(1)));
  EXPECT_FALSE(MayEver(lead, Resource::kUser, Action::kRead));
}

TEST(PolicyTest, OnlyAuditorsAndAdministratorsReadTheAuditTrail) {
  for (auto role : AllRoles()) {
    const bool expected = role == Role::kAuditor || role == Role::kAdministrator;
    EXPECT_EQ(MayEver(PrincipalWith({As(role)}), Resource::kAuditTrail, Action::kRead), expected)
        << RoleName(role);
  }
}

TEST(PolicyTest, OwnAccountIsOneselfOnly) {
  const auto member = PrincipalWith({As(Role::kBoardMember)});
  EXPECT_TRUE(Permits(member, Resource::kOwnAccount, Action::kUpdate, In(1, 7)));
  EXPECT_FALSE(Permits(member, Resource::kOwnAccount, Action::kUpdate, In(1, 8)));
}

TEST(PolicyTest, AMembershipOfAnotherPartnershipGrantsNothingHere) {
  const auto stray = PrincipalWith({As(Role::kAdministrator, std::nullopt, 2)});
  EXPECT_FALSE(Permits(stray, Resource::kAgency, Action::kRead, In(1)));
  EXPECT_FALSE(MayEver(stray, Resource::kAgency, Action::kRead));
}

TEST(PolicyTest, SeveralRolesGrantTheUnion) {
  const auto both = PrincipalWith({As(Role::kBoardMember), As(Role::kAuditor)});
  EXPECT_TRUE(MayEver(both, Resource::kAuditTrail, Action::kExport));
  EXPECT_TRUE(MayEver(both, Resource::kAgency, Action::kRead));
}

// doc/access.md carries the table people read; it must say exactly what the code does.
TEST(PolicyTest, TheAccessDocumentMatchesTheCode) {
  std::ifstream in(std::string{ASSURE_SOURCE_DIR} + "/doc/access.md");
  ASSERT_TRUE(in) << "doc/access.md is missing";
  std::stringstream text;
  text << in.rdbuf();
  const std::string doc = text.str();
  int rows = 0;
  for (auto resource : AllResources()) {
    for (auto action : AllActions()) {
      std::string row = "| " + std::string{ResourceName(resource)} + " | " +
                        std::string{ActionName(action)} + " |";
      for (auto role : AllRoles()) {
        const auto scope = Grant(role, resource, action);
        row += " " + std::string{scope == Scope::kNone ? "—" : ScopeName(scope)} + " |";
      }
      EXPECT_NE(doc.find(row + "\n"), std::string::npos) << "doc/access.md lacks: " << row;
      ++rows;
    }
  }
  EXPECT_EQ(rows, 25);
}

}  // namespace
}  // namespace assure::domain
